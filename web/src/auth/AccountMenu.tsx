import { CircleUser, Flame, LogIn, LogOut, ShieldAlert, Wallet } from 'lucide-react';
import { Link, useLocation } from 'react-router';

import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';

import { loginPath } from './next-path';
import { useAccessToken, useCurrentUser, useIsAdmin, useSignOut } from './session';

export function AccountMenu() {
  const token = useAccessToken();
  const user = useCurrentUser();
  const isAdmin = useIsAdmin();
  const signOut = useSignOut();
  const location = useLocation();

  if (token === null) {
    if (location.pathname === '/login') return null;
    return (
      <Button asChild size="sm" variant="outline">
        <Link to={loginPath(`${location.pathname}${location.search}`)}>
          <LogIn aria-hidden="true" />
          Sign in
        </Link>
      </Button>
    );
  }

  return (
    <div className="flex items-center gap-2">
      {user.isPending ? (
        <Skeleton className="hidden h-4 w-32 sm:block" aria-hidden="true" />
      ) : (
        user.data?.email && (
          <span
            className="text-muted-foreground hidden max-w-48 items-center gap-1.5 truncate text-sm sm:inline-flex"
            data-testid="current-user-email"
            title={user.data.display_name ?? user.data.email}
          >
            <CircleUser className="size-4 shrink-0" aria-hidden="true" />
            <span className="truncate">{user.data.email}</span>
          </span>
        )
      )}
      <Button asChild size="sm" variant="ghost">
        <Link
          to="/spending"
          aria-label="Spending"
          title="This month's spend and your budget"
          data-testid="spending-link"
        >
          <Wallet aria-hidden="true" />
          <span className="hidden md:inline">Spending</span>
        </Link>
      </Button>
      {isAdmin && (
        <Button asChild size="sm" variant="ghost">
          <Link
            to="/marketplace/moderation"
            aria-label="Moderation"
            title="Reports about marketplace templates"
            data-testid="moderation-link"
          >
            <ShieldAlert aria-hidden="true" />
            <span className="hidden md:inline">Moderation</span>
          </Link>
        </Button>
      )}
      {isAdmin && (
        <Button asChild size="sm" variant="ghost">
          <Link
            to="/admin/warm-pools"
            aria-label="Warm pools"
            title="Idle instances kept per template for Serverless deploys"
            data-testid="warm-pools-link"
          >
            <Flame aria-hidden="true" />
            <span className="hidden md:inline">Warm pools</span>
          </Link>
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={signOut}>
        <LogOut aria-hidden="true" />
        Sign out
      </Button>
    </div>
  );
}
