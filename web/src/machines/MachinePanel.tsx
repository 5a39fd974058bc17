import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

import { formatSeconds, OUTCOME_LABELS, type AttemptOutcome } from './model';
import { useMachine } from './queries';

const OUTCOME_VARIANT: Record<AttemptOutcome, 'success' | 'destructive' | 'secondary'> = {
  ready: 'success',
  failed: 'destructive',
  destroyed_before_ready: 'secondary',
  race_loser: 'secondary',
};

/** One machine's attempts (newest first) and its blacklist entries. */
export function MachinePanel({ machineId }: { machineId: number }) {
  const machine = useMachine(machineId);
  if (machine.isPending) {
    return (
      <LoadingRegion label={`Loading machine ${machineId}…`}>
        <Skeleton className="h-24 w-full" />
      </LoadingRegion>
    );
  }
  if (machine.isError) {
    return <ErrorState title={`Couldn't load machine ${machineId}`} error={machine.error} />;
  }
  const { attempts, blacklist } = machine.data;
  return (
    <section aria-label={`Machine ${machineId}`} className="space-y-4" data-testid="machine-panel">
      <h2 className="text-base font-semibold">Machine {machineId}</h2>
      {blacklist.length > 0 && (
        <ul className="space-y-1 text-sm">
          {blacklist.map((e) => (
            <li key={e.startedAt + e.reason}>
              <Badge variant={e.active ? 'destructive' : 'secondary'}>
                {e.active ? 'Blacklisted' : 'Was blacklisted'}
              </Badge>{' '}
              {new Date(e.startedAt).toLocaleString()} by{' '}
              {e.source === 'automatic' ? 'Dumont' : 'an admin'} (offence {e.offence}): {e.reason}
              {e.expiresAt && ` — until ${new Date(e.expiresAt).toLocaleString()}`}
              {e.clearedAt &&
                ` — cleared ${new Date(e.clearedAt).toLocaleString()}: ${e.clearReason ?? ''}`}
            </li>
          ))}
        </ul>
      )}
      {attempts.length === 0 ? (
        <p className="text-muted-foreground text-sm">No deployment has run on this machine.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>When</TableHead>
              <TableHead>Outcome</TableHead>
              <TableHead>Stage and reason</TableHead>
              <TableHead className="hidden md:table-cell">Image</TableHead>
              <TableHead className="text-right">Time to ready</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {attempts.map((a, i) => (
              <TableRow key={`${a.at}-${i}`} data-outcome={a.outcome}>
                <TableCell className="whitespace-nowrap">
                  {new Date(a.at).toLocaleString()}
                </TableCell>
                <TableCell>
                  <Badge variant={OUTCOME_VARIANT[a.outcome]}>{OUTCOME_LABELS[a.outcome]}</Badge>
                </TableCell>
                <TableCell className="max-w-md text-sm whitespace-normal">
                  {a.failureStage && <span className="font-medium">{a.failureStage}: </span>}
                  {a.reasonCode && <code className="text-xs">{a.reasonCode}</code>}
                  {a.reasonMessage && (
                    <span className="text-muted-foreground"> {a.reasonMessage}</span>
                  )}
                </TableCell>
                <TableCell className="text-muted-foreground hidden max-w-xs truncate md:table-cell">
                  {a.image}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatSeconds(a.secondsToReady)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
