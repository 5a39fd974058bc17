import { CircleAlert, LoaderCircle, LogIn } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';

import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

import { loginErrorMessage } from './login-error';
import { useLogin } from './session';
import { validateLogin, type LoginErrors, type LoginValues } from './validate-login';

interface LoginFormProps {
  onSuccess: () => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const login = useLogin();
  const [values, setValues] = useState<LoginValues>({ email: '', password: '' });
  const [touched, setTouched] = useState<Record<keyof LoginValues, boolean>>({
    email: false,
    password: false,
  });
  const errors: LoginErrors = validateLogin(values);
  const visibleError = (field: keyof LoginValues) => (touched[field] ? errors[field] : undefined);

  function update(field: keyof LoginValues, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    if (login.isError) login.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched({ email: true, password: true });
    if (Object.keys(errors).length > 0) {
      const firstInvalid = errors.email ? 'email' : 'password';
      document.getElementById(`login-${firstInvalid}`)?.focus();
      return;
    }
    login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-label="Sign in">
      {login.isError && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{loginErrorMessage(login.error)}</AlertDescription>
        </Alert>
      )}
      <Field
        id="login-email"
        label="Email"
        error={visibleError('email')}
        input={
          <Input
            id="login-email"
            type="email"
            autoComplete="username"
            inputMode="email"
            autoFocus
            value={values.email}
            onChange={(event) => update('email', event.target.value)}
            onBlur={() => setTouched((current) => ({ ...current, email: true }))}
            aria-invalid={visibleError('email') ? true : undefined}
            aria-describedby={visibleError('email') ? 'login-email-error' : undefined}
          />
        }
      />
      <Field
        id="login-password"
        label="Password"
        error={visibleError('password')}
        input={
          <Input
            id="login-password"
            type="password"
            autoComplete="current-password"
            value={values.password}
            onChange={(event) => update('password', event.target.value)}
            onBlur={() => setTouched((current) => ({ ...current, password: true }))}
            aria-invalid={visibleError('password') ? true : undefined}
            aria-describedby={visibleError('password') ? 'login-password-error' : undefined}
          />
        }
      />
      <Button type="submit" className="w-full" disabled={login.isPending}>
        {login.isPending ? (
          <LoaderCircle className="animate-spin" aria-hidden="true" />
        ) : (
          <LogIn aria-hidden="true" />
        )}
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error: string | undefined;
  input: ReactNode;
}

function Field({ id, label, error, input }: FieldProps) {
  return (
    <div className="space-y-2">
      <Label htmlFor={id}>{label}</Label>
      {input}
      {error && (
        <p id={`${id}-error`} className="text-destructive text-sm">
          {error}
        </p>
      )}
    </div>
  );
}
