import type { ReactNode } from 'react';
import { Outlet } from 'react-router';

import { Footer } from './Footer';
import { Header } from './Header';
import { ServerBanners } from './ServerBanners';

export function AppLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="flex min-h-svh flex-col">
      <a
        href="#main"
        className="focus:bg-background sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <Header />
      <ServerBanners />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6 lg:px-8">
        {children ?? <Outlet />}
      </main>
      <Footer />
    </div>
  );
}
