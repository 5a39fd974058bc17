import { CircleCheck, CircleDashed, CircleX } from 'lucide-react';

import { ErrorState } from '@/components/ErrorState';
import { Badge } from '@/components/ui/badge';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { cn } from '@/lib/utils';

import type { GraphCondition, GraphPod, GraphStatus } from './graph-queries';

interface GraphStatusPanelProps {
  status: GraphStatus | undefined;
  error: unknown;
  onRetry: () => void;
}

/** The DGD's conditions and pods, as the cluster reports them now. */
export function GraphStatusPanel({ status, error, onRetry }: GraphStatusPanelProps) {
  return (
    <section
      aria-labelledby="graph-heading"
      className="bg-card space-y-4 rounded-xl border p-6 shadow-sm"
      data-testid="graph-status"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="graph-heading" className="text-base font-semibold">
          Cluster state
        </h2>
        {status?.phase && (
          <Badge variant="outline" data-testid="graph-phase">
            DGD {status.phase}
            {!status.rollout_done && ' · rolling out'}
          </Badge>
        )}
      </div>
      {error ? (
        <ErrorState title="Couldn't read the cluster" error={error} onRetry={onRetry} />
      ) : !status ? (
        <p className="text-muted-foreground text-sm">Reading the cluster…</p>
      ) : !status.exists ? (
        <p className="text-muted-foreground text-sm">
          The DynamoGraphDeployment is not on the cluster (not created yet, or deleted).
        </p>
      ) : (
        <>
          <Conditions conditions={status.conditions} />
          <PodTable pods={status.pods} />
        </>
      )}
    </section>
  );
}

function Conditions({ conditions }: { conditions: GraphCondition[] }) {
  if (conditions.length === 0) {
    return (
      <p className="text-muted-foreground text-sm">The operator has reported no conditions yet.</p>
    );
  }
  return (
    <ul className="space-y-2" aria-label="Conditions">
      {conditions.map((condition) => (
        <li
          key={condition.type}
          className="flex items-start gap-2 text-sm"
          data-testid="graph-condition"
          data-status={condition.status}
        >
          {condition.status === 'True' ? (
            <CircleCheck className="mt-0.5 size-4 text-emerald-600" aria-hidden="true" />
          ) : condition.status === 'False' ? (
            <CircleX className="text-destructive mt-0.5 size-4" aria-hidden="true" />
          ) : (
            <CircleDashed className="text-muted-foreground mt-0.5 size-4" aria-hidden="true" />
          )}
          <span>
            <span className="font-medium">{condition.type}</span>{' '}
            <span className="text-muted-foreground">{condition.status}</span>
            {condition.message && <span className="block">{condition.message}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function PodTable({ pods }: { pods: GraphPod[] }) {
  if (pods.length === 0) {
    return <p className="text-muted-foreground text-sm">No pods yet: the operator creates them.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table data-testid="pod-table">
        <TableHeader>
          <TableRow>
            <TableHead className="pl-4">Pod</TableHead>
            <TableHead>Component</TableHead>
            <TableHead>Phase</TableHead>
            <TableHead>Ready</TableHead>
            <TableHead className="text-right">Restarts</TableHead>
            <TableHead className="pr-4">Node</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pods.map((pod) => (
            <PodRow key={pod.name} pod={pod} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function PodRow({ pod }: { pod: GraphPod }) {
  return (
    <>
      <TableRow data-testid="pod-row" data-phase={pod.phase} data-ready={pod.ready}>
        <TableCell className="pl-4 font-mono text-xs">{pod.name}</TableCell>
        <TableCell>{pod.component}</TableCell>
        <TableCell>
          <span
            className={cn(
              pod.phase === 'Running' && 'text-emerald-700 dark:text-emerald-400',
              pod.problem_reason && 'text-destructive',
            )}
          >
            {pod.problem_reason ?? pod.phase}
          </span>
        </TableCell>
        <TableCell>{pod.ready ? 'Yes' : 'No'}</TableCell>
        <TableCell className="text-right tabular-nums">{pod.restarts}</TableCell>
        <TableCell className="pr-4 font-mono text-xs">{pod.node ?? '—'}</TableCell>
      </TableRow>
      {pod.problem_message && (
        <TableRow>
          <TableCell colSpan={6} className="text-destructive pl-4 text-xs whitespace-normal">
            {pod.problem_message}
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
