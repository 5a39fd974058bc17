import { Ban, CircleAlert, History, LoaderCircle } from 'lucide-react';
import { useState } from 'react';

import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Alert, AlertDescription } from '@/components/ui/alert';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api';
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
  const [open, setOpen] = useState(false);
  const yank = useYankVersion(templateId);

  function changeOpen(next: boolean) {
    if (yank.isPending) return;
    setOpen(next);
    if (!next) yank.reset();
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="sm" data-testid="yank-button">
          <Ban aria-hidden="true" />
          Yank
          <span className="sr-only"> version {version}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Yank version {version}?</AlertDialogTitle>
          <AlertDialogDescription>
            Nobody can deploy {version} any more. Deployments already running it keep running.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {yank.isError && (
          <Alert variant="destructive">
            <CircleAlert aria-hidden="true" />
            <AlertDescription>{describeError(yank.error)}</AlertDescription>
          </Alert>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={yank.isPending}>Keep it</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={yank.isPending}
            data-testid="confirm-yank"
            onClick={() => yank.mutate(version, { onSuccess: () => setOpen(false) })}
          >
            {yank.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <Ban aria-hidden="true" />
            )}
            {yank.isPending ? 'Yanking…' : 'Yank'}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
