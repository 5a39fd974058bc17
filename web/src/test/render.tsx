import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { routes } from '@/routes';

function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

/** The whole app (layout included) at `path`, as the browser would show it. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={testQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, user };
}

/** One component inside the providers it needs (query client and a router). */
export function renderWithProviders(element: ReactElement, path = '/') {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={testQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, user };
}

/**
 * Compiles the code-split pages up front, so a test's first visit does not spend its wait on
 * the transform (use in `beforeAll`).
 */
export async function preloadPages() {
  await Promise.all([
    import('@/deployments/DeploymentsPage'),
    import('@/deployments/DeploymentDetailPage'),
    import('@/troubleshooting/TroubleshootingPage'),
    import('@/marketplace/MarketplacePage'),
    import('@/marketplace/MarketplaceDetailPage'),
    import('@/marketplace/PublishPage'),
    import('@/marketplace/EditTemplatePage'),
    import('@/marketplace/MyTemplatesPage'),
    import('@/marketplace/ModerationPage'),
    import('@/marketplace/TemplateReadme'),
    import('@/admin/WarmPoolsPage'),
    import('@/spending/SpendingPage'),
  ]);
}
