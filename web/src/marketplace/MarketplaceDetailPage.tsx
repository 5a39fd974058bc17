import {
  ArrowLeft,
  BookOpen,
  ExternalLink,
  FileText,
  GitFork,
  Info,
  LogIn,
  Pencil,
  Rocket,
  SearchX,
  TriangleAlert,
} from 'lucide-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { loginPath } from '@/auth/next-path';
import { useAccessToken } from '@/auth/session';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { DeployPanel } from '@/deployments/DeployPanel';
import { isApiError } from '@/lib/api';
import { categoryLabel } from '@/templates/category';
import { DetailSection } from '@/templates/DetailSection';
import { CategoryBadge, VramBadge } from '@/templates/TemplateBadges';

import { AnalyticsSection } from './AnalyticsSection';
import { doiUrl, formatDate, formatLaunches, safeHttpUrl } from './format';
import { ForkDialog } from './ForkDialog';
import { LaunchSpecSection } from './LaunchSpecSection';
import { FeatureToggle } from './FeatureToggle';
import {
  CommunityBadge,
  FeaturedBadge,
  MaintenanceBadge,
  UnpublishedBadge,
  VerifiedBadge,
  VisibilityBadge,
} from './MarketplaceBadges';
import { marketplacePath, type MarketplaceTemplate } from './model';
import { useTemplatePermissions } from './permissions';
import { QualityReportSection } from './QualityReportSection';
import { useMarketplaceTemplate } from './queries';
import { RatingStars } from './RatingStars';
import { ReportDialog } from './ReportDialog';
import { ReviewsSection } from './ReviewsSection';
import { UnpublishButton } from './UnpublishButton';
import { VersionsSection } from './VersionsSection';

// The markdown pipeline is most of the bundle: load it with the first README.
const TemplateReadme = lazy(() =>
  import('./TemplateReadme').then((module) => ({ default: module.TemplateReadme })),
);

export function MarketplaceDetailPage() {
  const { id = '' } = useParams();
  const template = useMarketplaceTemplate(id);

  return (
    <div className="space-y-6">
      <Link
        to="/marketplace"
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 inline-flex items-center gap-1.5 rounded-sm text-sm outline-none focus-visible:ring-[3px]"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        Marketplace
      </Link>
      {template.isPending ? (
        <DetailSkeleton />
      ) : isApiError(template.error, 404) || isApiError(template.error, 400) ? (
        <>
          <title>Template not found · Dumont</title>
          <EmptyState
            icon={SearchX}
            title="Template not found"
            description="There is no template at this address, or it is private."
            action={
              <Button asChild variant="outline">
                <Link to="/marketplace">Browse the marketplace</Link>
              </Button>
            }
          />
        </>
      ) : template.isError ? (
        <>
          <title>Template · Dumont</title>
          <ErrorState
            title="Couldn't load this template"
            error={template.error}
            onRetry={() => void template.refetch()}
            retrying={template.isFetching}
          />
        </>
      ) : (
        <TemplateDetail template={template.data} />
      )}
    </div>
  );
}

function TemplateDetail({ template }: { template: MarketplaceTemplate }) {
  const permissions = useTemplatePermissions(template);
  const { canManage } = permissions;
  return (
    <article className="space-y-8">
      <title>{`${template.name} · Marketplace · Dumont`}</title>
      <DetailHeader template={template} canManage={canManage} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {template.unpublished_at && (
            <Alert variant="warning" data-testid="unpublished-notice">
              <TriangleAlert aria-hidden="true" />
              <AlertTitle>Unpublished</AlertTitle>
              <AlertDescription>
                Hidden from browse and search since {formatDate(template.unpublished_at) ?? 'then'},
                and it takes no new deployments. Deployments already running keep running.
              </AlertDescription>
            </Alert>
          )}
          {template.maintenance_status !== 'active' && (
            <Alert variant="warning">
              <TriangleAlert aria-hidden="true" />
              <AlertTitle>
                {template.maintenance_status === 'deprecated' ? 'Deprecated' : 'Archived'}
              </AlertTitle>
              <AlertDescription>
                {template.maintenance_status === 'deprecated'
                  ? 'The author advises against new deployments of this template.'
                  : 'The author no longer maintains this template.'}
              </AlertDescription>
            </Alert>
          )}
          <DetailSection icon={BookOpen} title="README">
            {template.readme?.trim() ? (
              <Suspense fallback={<ReadmeSkeleton />}>
                <TemplateReadme markdown={template.readme} />
              </Suspense>
            ) : (
              <p className="text-muted-foreground text-sm" data-testid="template-readme">
                The author has not written a README.
              </p>
            )}
          </DetailSection>
          {template.spec && <LaunchSpecSection spec={template.spec} />}
          {template.quality && (
            <QualityReportSection report={template.quality} version={template.version} />
          )}
          <AnalyticsSection templateId={template.id} />
          <VersionsSection templateId={template.id} canManage={canManage} />
          <ReviewsSection
            templateId={template.id}
            templateName={template.name}
            permissions={permissions}
            unpublished={template.unpublished_at !== null}
          />
        </div>
        <aside className="space-y-6">
          <DeployCard template={template} />
          <AboutCard template={template} />
        </aside>
      </div>
    </article>
  );
}

function DetailHeader({
  template,
  canManage,
}: {
  template: MarketplaceTemplate;
  canManage: boolean;
}) {
  const documentation = safeHttpUrl(template.documentation_url);
  return (
    <header className="space-y-4">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{template.name}</h1>
            {template.version && (
              <Badge variant="outline" className="font-mono" data-testid="template-version">
                v{template.version}
              </Badge>
            )}
            {template.author.verified ? <VerifiedBadge /> : <CommunityBadge />}
            <VisibilityBadge visibility={template.visibility} />
            <MaintenanceBadge status={template.maintenance_status} />
            {template.unpublished_at && <UnpublishedBadge />}
            {template.featured && <FeaturedBadge />}
          </div>
          <p className="text-muted-foreground text-sm">
            by <span className="text-foreground font-medium">{template.author.name}</span>
            {template.author.handle && ` @${template.author.handle}`}
            {template.license && <> · {template.license}</>}
          </p>
          {template.forked_from && (
            <p className="text-muted-foreground flex items-center gap-1.5 text-sm">
              <GitFork className="size-3.5" aria-hidden="true" />
              Forked from{' '}
              <Link
                to={marketplacePath(template.forked_from.template_id)}
                className="text-primary hover:underline"
              >
                {template.forked_from.name}
              </Link>
              {template.forked_from.version && ` ${template.forked_from.version}`}
              {template.forked_from.author_handle && ` by @${template.forked_from.author_handle}`}
            </p>
          )}
          <p className="text-muted-foreground max-w-3xl leading-relaxed whitespace-pre-line">
            {template.description}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <RatingStars rating={template.rating} className="text-sm" />
            <span className="text-muted-foreground text-sm tabular-nums">
              {formatLaunches(template.launches)}
            </span>
            <CategoryBadge category={template.category} />
            {template.gpu_min_vram > 0 && <VramBadge minVram={template.gpu_min_vram} />}
          </div>
          {(documentation || template.paper_doi) && (
            <div className="flex flex-wrap gap-4 text-sm">
              {documentation && (
                <a
                  href={documentation}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-primary inline-flex items-center gap-1.5 hover:underline"
                  data-testid="documentation-link"
                >
                  <ExternalLink className="size-3.5" aria-hidden="true" />
                  Documentation
                </a>
              )}
              {template.paper_doi && (
                <a
                  href={doiUrl(template.paper_doi)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-primary inline-flex items-center gap-1.5 hover:underline"
                  data-testid="doi-link"
                >
                  <FileText className="size-3.5" aria-hidden="true" />
                  DOI {template.paper_doi}
                </a>
              )}
            </div>
          )}
        </div>
        <div className="flex shrink-0 flex-wrap gap-2 sm:max-w-md sm:justify-end">
          <FeatureToggle template={template} />
          {canManage && (
            <>
              <Button asChild variant="outline">
                <Link to={marketplacePath(template.id, '/edit')} data-testid="edit-button">
                  <Pencil aria-hidden="true" />
                  Edit
                </Link>
              </Button>
              {!template.unpublished_at && <UnpublishButton template={template} />}
            </>
          )}
          {!template.unpublished_at && <ForkDialog template={template} />}
          <ReportDialog template={template} />
        </div>
      </div>
    </header>
  );
}

/** Signed-in users get the deploy panel; others a way to sign in first. */
function DeployCard({ template }: { template: MarketplaceTemplate }) {
  const signedIn = useAccessToken() !== null;
  const location = useLocation();
  if (template.unpublished_at) return null;
  if (signedIn) {
    return (
      <DeployPanel
        template={{
          ref: template.id,
          slug: template.slug,
          name: template.name,
          disk_gb: template.spec?.disk_gb ?? 0,
          env_vars: template.spec?.env ?? {},
        }}
      />
    );
  }
  return (
    <Card
      role="region"
      aria-labelledby="deploy-heading"
      className="border-primary/30 from-primary/10 bg-gradient-to-b to-transparent"
      data-testid="deploy-sign-in"
    >
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-base">
          <Rocket className="text-primary size-4" aria-hidden="true" />
          <h2 id="deploy-heading">Deploy {template.name}</h2>
        </CardTitle>
        <CardDescription>
          Sign in and Dumont rents a GPU that fits, starts {template.name} and tells you when it
          answers.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild className="w-full">
          <Link to={loginPath(`${location.pathname}${location.search}`)}>
            <LogIn aria-hidden="true" />
            Sign in to deploy
          </Link>
        </Button>
      </CardContent>
    </Card>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2 text-sm">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0 text-right font-medium break-words">{children}</dd>
    </div>
  );
}

function AboutCard({ template }: { template: MarketplaceTemplate }) {
  const updated = formatDate(template.updated_at);
  const published = formatDate(template.created_at);
  return (
    <DetailSection icon={Info} title="About">
      <dl className="divide-y">
        <Fact term="Author">{template.author.name}</Fact>
        {template.version && <Fact term="Version">{template.version}</Fact>}
        <Fact term="Category">{categoryLabel(template.category)}</Fact>
        {template.architectures.length > 0 && (
          <Fact term="Architectures">{template.architectures.join(', ')}</Fact>
        )}
        {template.regions.length > 0 && <Fact term="Regions">{template.regions.join(', ')}</Fact>}
        <Fact term="License">{template.license ?? 'None given'}</Fact>
        <Fact term="Maintenance">
          {template.maintenance_status.charAt(0).toUpperCase() +
            template.maintenance_status.slice(1)}
        </Fact>
        {template.funding_source && <Fact term="Funding">{template.funding_source}</Fact>}
        {published && <Fact term="Published">{published}</Fact>}
        {updated && <Fact term="Updated">{updated}</Fact>}
      </dl>
      {template.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-3 flex flex-wrap gap-1.5">
          {template.tags.map((tag) => (
            <li key={tag}>
              <Badge variant="outline" asChild>
                <Link to={`/marketplace?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

function ReadmeSkeleton() {
  return (
    <LoadingRegion label="Loading README…" className="block space-y-3">
      <Skeleton className="h-5 w-48" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-5/6" />
      <Skeleton className="h-20 w-full" />
    </LoadingRegion>
  );
}

function DetailSkeleton() {
  return (
    <LoadingRegion label="Loading template…" className="block space-y-8">
      <div className="space-y-3">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-4 w-full max-w-2xl" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <Skeleton className="h-64 w-full rounded-xl" />
          <Skeleton className="h-40 w-full rounded-xl" />
        </div>
        <Skeleton className="h-48 w-full rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
