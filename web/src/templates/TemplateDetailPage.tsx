import { ArrowLeft, BookOpen, SearchX } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { DeployPanel } from '@/deployments/DeployPanel';
import { isApiError } from '@/lib/api';

import { CompatibleGpus } from './CompatibleGpus';
import { EnvVarsSection, PortsSection, VolumesSection } from './ContainerSections';
import { DetailSection } from './DetailSection';
import { FirstBootWarning } from './FirstBootWarning';
import { LaunchSection } from './LaunchSection';
import { useTemplate } from './queries';
import type { Template } from './template';
import { CategoryBadge, OfficialBadge, VramBadge } from './TemplateBadges';
import { GpuRequirements, TemplateAbout } from './TemplateFacts';
import { TemplateIcon } from './TemplateIcon';

// The markdown pipeline (remark, rehype, parse5) is most of the bundle: load it with the first guide.
const TemplateGuide = lazy(() =>
  import('./TemplateGuide').then((module) => ({ default: module.TemplateGuide })),
);

export function TemplateDetailPage() {
  const { slug = '' } = useParams();
  const template = useTemplate(slug);

  return (
    <div className="space-y-6">
      <Link
        to="/templates"
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 inline-flex items-center gap-1.5 rounded-sm text-sm outline-none focus-visible:ring-[3px]"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        All templates
      </Link>
      {template.isPending ? (
        <TemplateDetailSkeleton />
      ) : isApiError(template.error, 404) ? (
        <TemplateNotFound slug={slug} />
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

function TemplateDetail({ template }: { template: Template }) {
  return (
    <article className="space-y-8">
      <title>{`${template.name} · Dumont`}</title>
      <header className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="bg-primary/10 text-primary ring-primary/20 w-fit rounded-xl p-3 ring-1">
          <TemplateIcon icon={template.icon} className="size-7" />
        </div>
        <div className="min-w-0 flex-1 space-y-3">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{template.name}</h1>
            {template.publisher.official && <OfficialBadge />}
          </div>
          <div className="flex flex-wrap gap-1.5">
            <VramBadge minVram={template.gpu_min_vram} />
            <CategoryBadge category={template.category} />
          </div>
          <p className="text-muted-foreground max-w-3xl leading-relaxed whitespace-pre-line">
            {template.description}
          </p>
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <FirstBootWarning firstBoot={template.first_boot} />
          {template.guide_markdown && (
            <DetailSection icon={BookOpen} title="Getting started">
              <Suspense fallback={<GuideSkeleton />}>
                <TemplateGuide markdown={template.guide_markdown} />
              </Suspense>
            </DetailSection>
          )}
          <LaunchSection template={template} />
          <CompatibleGpus template={template} />
          <PortsSection ports={template.ports} />
          <div className="grid gap-6 xl:grid-cols-2">
            <VolumesSection volumes={template.volumes} />
            <EnvVarsSection envVars={template.env_vars} />
          </div>
        </div>
        <aside className="space-y-6">
          <DeployPanel template={template} />
          <GpuRequirements template={template} />
          <TemplateAbout template={template} />
        </aside>
      </div>
    </article>
  );
}

function TemplateNotFound({ slug }: { slug: string }) {
  return (
    <>
      <title>Template not found · Dumont</title>
      <EmptyState
        icon={SearchX}
        title="Template not found"
        description={`There is no template called “${slug}”.`}
        action={
          <Button asChild variant="outline">
            <Link to="/templates">Browse templates</Link>
          </Button>
        }
      />
    </>
  );
}

function GuideSkeleton() {
  return (
    <LoadingRegion label="Loading guide…" className="block space-y-3">
      <Skeleton className="h-5 w-48" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-5/6" />
      <Skeleton className="h-20 w-full" />
    </LoadingRegion>
  );
}

function TemplateDetailSkeleton() {
  return (
    <LoadingRegion label="Loading template…" className="block space-y-8">
      <div className="flex gap-4">
        <Skeleton className="size-14 rounded-xl" />
        <div className="flex-1 space-y-3">
          <Skeleton className="h-8 w-64" />
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-4 w-full max-w-2xl" />
        </div>
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
