import { Navigate, type RouteObject } from 'react-router';

import { LoginPage } from '@/auth/LoginPage';
import { AppLayout } from '@/layout/AppLayout';
import { NotFoundPage } from '@/layout/NotFoundPage';
import { RouteErrorPage } from '@/layout/RouteErrorPage';
import { ModelsPage } from '@/models/ModelsPage';
import { TemplateDetailPage } from '@/templates/TemplateDetailPage';
import { TemplatesPage } from '@/templates/TemplatesPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/templates" replace /> },
      { path: 'templates', element: <TemplatesPage /> },
      { path: 'templates/:slug', element: <TemplateDetailPage /> },
      { path: 'models', element: <ModelsPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
