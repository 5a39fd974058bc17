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

// The marketplace (search, reviews, publishing forms, charts) loads on its first visit.
export const MarketplacePage = lazy(() =>
  import('@/marketplace/MarketplacePage').then((module) => ({ default: module.MarketplacePage })),
);

export const MarketplaceDetailPage = lazy(() =>
  import('@/marketplace/MarketplaceDetailPage').then((module) => ({
    default: module.MarketplaceDetailPage,
  })),
);

export const PublishPage = lazy(() =>
  import('@/marketplace/PublishPage').then((module) => ({ default: module.PublishPage })),
);

export const EditTemplatePage = lazy(() =>
  import('@/marketplace/EditTemplatePage').then((module) => ({
    default: module.EditTemplatePage,
  })),
);

export const MyTemplatesPage = lazy(() =>
  import('@/marketplace/MyTemplatesPage').then((module) => ({ default: module.MyTemplatesPage })),
);

export const ModerationPage = lazy(() =>
  import('@/marketplace/ModerationPage').then((module) => ({ default: module.ModerationPage })),
);

// The Dynamo deploy form with its live manifest preview.
export const ModelDeployPage = lazy(() =>
  import('@/models/ModelDeployPage').then((module) => ({ default: module.ModelDeployPage })),
);

// Host history and the spot market's charts load on their first visit.
export const MachinesPage = lazy(() =>
  import('@/machines/MachinesPage').then((module) => ({ default: module.MachinesPage })),
);

export const MarketPage = lazy(() =>
  import('@/market/MarketPage').then((module) => ({ default: module.MarketPage })),
);

// Admin pages load on their first visit.
export const WarmPoolsPage = lazy(() =>
  import('@/admin/WarmPoolsPage').then((module) => ({ default: module.WarmPoolsPage })),
);

// Spend against the monthly budget.
export const SpendingPage = lazy(() =>
  import('@/spending/SpendingPage').then((module) => ({ default: module.SpendingPage })),
);
