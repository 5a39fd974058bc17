import { Archive, Lock, Trash2 } from 'lucide-react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { formatAge } from '@/lib/format';

import { useDeleteSnapshot, useSnapshots } from './queries';
import { formatBytes, storageLabel, type Snapshot } from './snapshot';
import { PanelSection } from '@/components/PanelSection';

const STATUS_VARIANT = {
  complete: 'success',
  uploading: 'info',
  failed: 'destructive',
} as const;

/** A deployment's workspace snapshots: status, size, age and where they are kept, each deletable. */
/**
 * @param hibernatedOn the snapshot the deployment's hibernation relies on (its workspace's copy, the
 *   only one once the stopped instance is gone): marked, and not offered for deletion.
 */
export function SnapshotsPanel({
  deploymentId,
  hibernatedOn = null,
}: {
  deploymentId: string;
  hibernatedOn?: string | null;
}) {
  return (
    <PanelSection name="snapshots" icon={Archive} title="Snapshots">
      <SnapshotList deploymentId={deploymentId} hibernatedOn={hibernatedOn} />
    </PanelSection>
  );
}

function SnapshotList({
  deploymentId,
  hibernatedOn,
}: {
  deploymentId: string;
  hibernatedOn: string | null;
}) {
  const snapshots = useSnapshots(deploymentId);
  if (snapshots.isPending) {
    return (
      <LoadingRegion label="Loading snapshots…" className="block space-y-2">
        <Skeleton className="h-8 w-full" />
        <Skeleton className="h-8 w-full" />
      </LoadingRegion>
    );
  }
  if (snapshots.isError) {
    return (
      <ErrorState
        title="Couldn't load the snapshots"
        error={snapshots.error}
        onRetry={() => void snapshots.refetch()}
        retrying={snapshots.isFetching}
      />
    );
  }
  if (snapshots.data.length === 0) {
    return (
      <p className="text-muted-foreground text-sm" data-testid="snapshots-empty">
        No snapshots yet: one is taken when the deployment hibernates.
      </p>
    );
  }
  return (
    <Table data-testid="snapshot-table">
      <TableHeader>
        <TableRow>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Size</TableHead>
          <TableHead>Taken</TableHead>
          <TableHead>Kept on</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {snapshots.data.map((snapshot) => (
          <TableRow key={snapshot.id} data-testid="snapshot-row">
            <TableCell>
              <Badge
                variant={
                  STATUS_VARIANT[snapshot.status as keyof typeof STATUS_VARIANT] ?? 'outline'
                }
              >
                {snapshot.status}
              </Badge>
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {snapshot.bytes === null ? '—' : formatBytes(snapshot.bytes)}
            </TableCell>
            <TableCell>
              <time dateTime={snapshot.createdAt} title={snapshot.createdAt}>
                {age(snapshot)}
              </time>
            </TableCell>
            <TableCell>{storageLabel(snapshot.storage)}</TableCell>
            <TableCell className="text-right">
              {snapshot.id === hibernatedOn ? (
                <Badge
                  variant="outline"
                  title="The hibernated deployment relies on this snapshot: wake it before deleting"
                  data-testid="snapshot-in-use"
                >
                  <Lock aria-hidden="true" />
                  Hibernated workspace
                </Badge>
              ) : (
                <DeleteSnapshotButton deploymentId={deploymentId} snapshot={snapshot} />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function age(snapshot: Snapshot): string {
  const text = formatAge(snapshot.ageSeconds * 1000);
  return text === 'just now' ? text : `${text} ago`;
}

function DeleteSnapshotButton({
  deploymentId,
  snapshot,
}: {
  deploymentId: string;
  snapshot: Snapshot;
}) {
  const remove = useDeleteSnapshot(deploymentId);
  const size = snapshot.bytes === null ? '' : ` (${formatBytes(snapshot.bytes)})`;
  return (
    <ConfirmDialog
      trigger={
        <Button
          variant="ghost"
          size="icon"
          className="text-muted-foreground hover:text-destructive size-8"
          aria-label={`Delete the snapshot taken ${age(snapshot)}`}
          title="Delete"
          data-testid="delete-snapshot"
        >
          <Trash2 aria-hidden="true" />
        </Button>
      }
      title="Delete this snapshot?"
      description={
        <>
          Dumont deletes the snapshot taken {age(snapshot)}
          {size} and its stored objects. The deployment cannot be restored from it afterwards; this
          cannot be undone.
        </>
      }
      icon={Trash2}
      confirmLabel="Delete"
      pendingLabel="Deleting…"
      cancelLabel="Keep it"
      confirmTestId="confirm-delete-snapshot"
      mutation={remove}
      onConfirm={(close) => remove.mutate(snapshot.id, { onSuccess: close })}
    />
  );
}
