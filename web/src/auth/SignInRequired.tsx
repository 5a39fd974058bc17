import { LogIn, type LucideIcon } from 'lucide-react';
import { Link, useLocation } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { Button } from '@/components/ui/button';

import { loginPath } from './next-path';

interface SignInRequiredProps {
  icon: LucideIcon;
  title: string;
  description: string;
}

/** What a signed-out visitor sees on a page that needs an account. */
export function SignInRequired({ icon, title, description }: SignInRequiredProps) {
  const location = useLocation();
  return (
    <EmptyState
      icon={icon}
      title={title}
      description={description}
      action={
        <Button asChild>
          <Link to={loginPath(`${location.pathname}${location.search}`)}>
            <LogIn aria-hidden="true" />
            Sign in
          </Link>
        </Button>
      }
    />
  );
}
