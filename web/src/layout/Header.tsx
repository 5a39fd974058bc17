import { NavLink } from 'react-router';

import { AccountMenu } from '@/auth/AccountMenu';
import { useAccessToken } from '@/auth/session';
import { cn } from '@/lib/utils';

import { ClusterIndicator } from './ClusterIndicator';
import { Logo } from './Logo';
import { ThemeToggle } from './ThemeToggle';

const NAV_ITEMS = [
  { to: '/templates', label: 'Templates', signedInOnly: false },
  { to: '/marketplace', label: 'Marketplace', signedInOnly: false },
  { to: '/models', label: 'Models', signedInOnly: false },
  { to: '/market', label: 'Market', signedInOnly: false },
  { to: '/deployments', label: 'Deployments', signedInOnly: true },
  { to: '/machines', label: 'Machines', signedInOnly: true },
];

export function Header() {
  const signedIn = useAccessToken() !== null;
  const items = NAV_ITEMS.filter((item) => signedIn || !item.signedInOnly);
  return (
    <header className="bg-background/80 supports-[backdrop-filter]:bg-background/60 sticky top-0 z-40 border-b backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:gap-6 sm:px-6 lg:px-8">
        <Logo />
        {/* On narrow screens the links scroll sideways instead of pushing the page wider. */}
        <nav
          aria-label="Main"
          className="-mx-1 flex min-w-0 items-center gap-1 overflow-x-auto px-1 py-1 [scrollbar-width:none] [&::-webkit-scrollbar]:hidden"
        >
          {items.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              className={({ isActive }) =>
                cn(
                  'focus-visible:ring-ring/50 shrink-0 rounded-md px-3 py-1.5 text-sm font-medium transition-colors outline-none focus-visible:ring-[3px]',
                  isActive
                    ? 'bg-accent text-accent-foreground'
                    : 'text-muted-foreground hover:text-foreground',
                )
              }
            >
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
          <ClusterIndicator />
          <ThemeToggle />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
