export interface LoginValues {
  email: string;
  password: string;
}

export type LoginErrors = Partial<Record<keyof LoginValues, string>>;

// Deliberately loose (one @, no spaces): admin@localhost is a valid address. The server decides.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function validateLogin(values: LoginValues): LoginErrors {
  const errors: LoginErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = 'Enter your email address';
  else if (!EMAIL.test(email)) errors.email = 'Enter a valid email address, like you@example.com';
  if (!values.password) errors.password = 'Enter your password';
  return errors;
}
