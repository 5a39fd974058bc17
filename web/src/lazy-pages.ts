import { lazy } from 'react';

// Pages only signed-in users reach (with the event stream client), and the troubleshooting guide,
// load on first visit instead of with the catalog.
export const DeploymentsPage = lazy(() =>
  import('@/deployments/DeploymentsPage').then((module) => ({ default: module.DeploymentsPage })),
);

export const DeploymentDetailPage = lazy(() =>
  import('@/deployments/DeploymentDetailPage').then((module) => ({
    default: module.DeploymentDetailPage,
  })),
);

export const TroubleshootingPage = lazy(() =>
  import('@/troubleshooting/TroubleshootingPage').then((module) => ({
    default: module.TroubleshootingPage,
  })),
);
