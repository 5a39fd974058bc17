import { Ban, History } from 'lucide-react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { DetailSection } from '@/templates/DetailSection';

import { formatDate } from './format';
import type { TemplateVersion } from './model';
import { useTemplateVersions, useYankVersion } from './queries';

interface VersionsSectionProps {
  templateId: string;
  /** The author (or an admin) may yank versions. */
  canManage: boolean;
}

/** Every published version, newest first, with its changelog; yanked ones can't be deployed. */
export function VersionsSection({ templateId, canManage }: VersionsSectionProps) {
  const versions = useTemplateVersions(templateId);
  const deployable = (versions.data ?? []).filter((version) => !version.yanked).length;
  return (
    <DetailSection
      icon={History}
      title="Versions"
      description="Each change to the launch spec is a new, immutable version."
    >
      {versions.isPending ? (
        <LoadingRegion label="Loading versions…" className="block space-y-2">
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </LoadingRegion>
      ) : versions.isError ? (
        <ErrorState
          title="Couldn't load the versions"
          error={versions.error}
          onRetry={() => void versions.refetch()}
          retrying={versions.isFetching}
        />
      ) : versions.data.length === 0 ? (
        <p className="text-muted-foreground text-sm">No versions published yet.</p>
      ) : (
        <ol data-testid="versions-list" className="divide-y">
          {versions.data.map((version) => (
            <VersionItem
              key={version.version}
              templateId={templateId}
              version={version}
              // The only deployable version cannot be yanked: unpublishing is for that.
              canYank={canManage && !version.yanked && deployable > 1}
            />
          ))}
        </ol>
      )}
    </DetailSection>
  );
}

function VersionItem({
  templateId,
  version,
  canYank,
}: {
  templateId: string;
  version: TemplateVersion;
  canYank: boolean;
}) {
  const published = formatDate(version.created_at);
  return (
    <li
      data-testid="version-item"
      data-version={version.version}
      data-yanked={version.yanked}
      className="space-y-1.5 py-3 first:pt-0 last:pb-0"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm font-semibold">{version.version}</span>
        {version.latest && <Badge variant="success">Latest</Badge>}
        {version.yanked && (
          <Badge variant="destructive" title="No longer deployable">
            Yanked
          </Badge>
        )}
        {version.quality && (
          <span className="text-muted-foreground text-xs">quality {version.quality.score}/100</span>
        )}
        {published && (
          <time dateTime={version.created_at} className="text-muted-foreground ml-auto text-xs">
            {published}
          </time>
        )}
        {canYank && <YankButton templateId={templateId} version={version.version} />}
      </div>
      {version.changelog ? (
        <p className="text-muted-foreground text-sm whitespace-pre-line">{version.changelog}</p>
      ) : (
        <p className="text-muted-foreground text-sm italic">No changelog.</p>
      )}
    </li>
  );
}

function YankButton({ templateId, version }: { templateId: string; version: string }) {
  const yank = useYankVersion(templateId);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" data-testid="yank-button">
          <Ban aria-hidden="true" />
          Yank
          <span className="sr-only"> version {version}</span>
        </Button>
      }
      title={`Yank version ${version}?`}
      description={`Nobody can deploy ${version} any more. Deployments already running it keep running.`}
      icon={Ban}
      confirmLabel="Yank"
      pendingLabel="Yanking…"
      cancelLabel="Keep it"
      confirmTestId="confirm-yank"
      mutation={yank}
      onConfirm={(close) => yank.mutate(version, { onSuccess: close })}
    />
  );
}
