import { Suspense, type ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';

import { LoginPage } from '@/auth/LoginPage';
import { PageLoading } from '@/components/PageLoading';
import { AppLayout } from '@/layout/AppLayout';
import { NotFoundPage } from '@/layout/NotFoundPage';
import { RouteErrorPage } from '@/layout/RouteErrorPage';
import {
  DeploymentDetailPage,
  DeploymentsPage,
  EditTemplatePage,
  MachinesPage,
  MarketPage,
  MarketplaceDetailPage,
  MarketplacePage,
  ModelDeployPage,
  ModerationPage,
  MyTemplatesPage,
  PublishPage,
  SpendingPage,
  TroubleshootingPage,
  WarmPoolsPage,
} from '@/lazy-pages';
import { ModelsPage } from '@/models/ModelsPage';
import { TemplateDetailPage } from '@/templates/TemplateDetailPage';
import { TemplatesPage } from '@/templates/TemplatesPage';

/** A code-split page, with a skeleton while its chunk loads. */
function page(Page: ComponentType) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/templates" replace /> },
      { path: 'templates', element: <TemplatesPage /> },
      { path: 'templates/:slug', element: <TemplateDetailPage /> },
      { path: 'marketplace', element: page(MarketplacePage) },
      { path: 'marketplace/publish', element: page(PublishPage) },
      { path: 'marketplace/mine', element: page(MyTemplatesPage) },
      { path: 'marketplace/moderation', element: page(ModerationPage) },
      { path: 'marketplace/:id', element: page(MarketplaceDetailPage) },
      { path: 'marketplace/:id/edit', element: page(EditTemplatePage) },
      { path: 'models', element: <ModelsPage /> },
      { path: 'deploy/*', element: page(ModelDeployPage) },
      { path: 'deployments', element: page(DeploymentsPage) },
      { path: 'deployments/:id', element: page(DeploymentDetailPage) },
      { path: 'market', element: page(MarketPage) },
      { path: 'machines', element: page(MachinesPage) },
      { path: 'spending', element: page(SpendingPage) },
      { path: 'troubleshooting', element: page(TroubleshootingPage) },
      { path: 'admin/warm-pools', element: page(WarmPoolsPage) },
      { path: 'login', element: <LoginPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
