import { useNavigate, useSearchParams } from 'react-router';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

import { LoginForm } from './LoginForm';
import { safeNextPath } from './next-path';

export function LoginPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  return (
    <div className="flex justify-center py-8 sm:py-16">
      <title>Sign in · Dumont</title>
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl">Sign in to Dumont</h1>
          </CardTitle>
          <CardDescription>Use the account your Dumont administrator gave you.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoginForm onSuccess={() => navigate(next, { replace: true })} />
        </CardContent>
      </Card>
    </div>
  );
}
