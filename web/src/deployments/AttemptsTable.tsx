import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { formatCost, formatHourly } from '@/lib/format';
import { cn } from '@/lib/utils';

import type { InstanceAttempt } from './deployment';

const OUTCOME_LABEL: Record<string, string> = {
  booting: 'booting',
  ready: 'ready',
  dead: 'given up',
  lost: 'lost the race',
  outbid: 'outbid',
  replaced: 'GPU taken while stopped',
  failed: 'failed',
  destroyed: 'destroyed',
};

const STRATEGY_LABEL: Record<string, string> = {
  roundrobin: 'RoundRobin: the next offer at the first sign of a dead host',
  race: 'Race: several hosts at once, the first healthy one kept',
  serverless: 'Serverless: from the warm pool, else the next offer',
  coldstart: 'Coldstart: one offer',
};

/** Every instance the deployment rented looking for a working host, with why each was given up and its cost. */
export function AttemptsTable({
  attempts,
  strategy,
}: {
  attempts: InstanceAttempt[];
  strategy: string | null;
}) {
  const total = attempts.reduce((sum, attempt) => sum + (attempt.cost_usd ?? 0), 0);
  return (
    <section
      aria-labelledby="attempts-heading"
      className="bg-card space-y-3 rounded-xl border p-6 shadow-sm"
      data-testid="attempts"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="attempts-heading" className="text-base font-semibold">
          Hosts tried
        </h2>
        <p className="text-muted-foreground text-xs">
          {STRATEGY_LABEL[strategy ?? ''] ?? 'One offer'}
          {total > 0 && ` · ${formatCost(total)} spent so far`}
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="pl-4">#</TableHead>
              <TableHead>GPU</TableHead>
              <TableHead>Machine</TableHead>
              <TableHead className="text-right">Price</TableHead>
              <TableHead className="text-right">Cost</TableHead>
              <TableHead>Outcome</TableHead>
              <TableHead className="pr-4">Why</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {attempts.map((attempt) => (
              <TableRow
                key={attempt.instance_id}
                data-testid="attempt-row"
                data-outcome={attempt.outcome}
              >
                <TableCell className="pl-4 tabular-nums">{attempt.seq}</TableCell>
                <TableCell>{attempt.gpu_name ?? '—'}</TableCell>
                <TableCell className="font-mono text-xs">{attempt.machine_id ?? '—'}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {attempt.price_per_hour === null ? '—' : formatHourly(attempt.price_per_hour)}
                </TableCell>
                <TableCell className="text-right tabular-nums" data-testid="attempt-cost">
                  {attempt.cost_usd == null ? '—' : formatCost(attempt.cost_usd)}
                </TableCell>
                <TableCell
                  className={cn(
                    attempt.outcome === 'ready' && 'text-emerald-700 dark:text-emerald-400',
                    (attempt.outcome === 'dead' ||
                      attempt.outcome === 'failed' ||
                      attempt.outcome === 'outbid') &&
                      'text-destructive',
                  )}
                >
                  {OUTCOME_LABEL[attempt.outcome] ?? attempt.outcome}
                </TableCell>
                <TableCell className="pr-4 text-xs whitespace-normal">
                  {attempt.reason ?? ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
