import { Server } from 'lucide-react';
import { useSearchParams } from 'react-router';

import { useAccessToken, useIsAdmin } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { NativeSelect } from '@/components/ui/native-select';
import { Skeleton } from '@/components/ui/skeleton';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

import { BlacklistForm } from './BlacklistForm';
import { ClearButton } from './ClearButton';
import { MachinePanel } from './MachinePanel';
import { formatRate, formatSeconds, SORTS, type MachineHistory, type Sort } from './model';
import { useMachineHistory } from './queries';

export function MachinesPage() {
  const signedIn = useAccessToken() !== null;
  if (!signedIn) {
    return (
      <SignInRequired
        icon={Server}
        title="Sign in to see host history"
        description="Machine records name other users' images and failures, so they are for signed-in users."
      />
    );
  }
  return <Machines />;
}

function Machines() {
  const admin = useIsAdmin();
  const [params, setParams] = useSearchParams();
  const sort = (SORTS.find((s) => s.value === params.get('sort'))?.value ?? 'last_attempt') as Sort;
  const blacklistedOnly = params.get('blacklisted') === 'true';
  const selected = params.get('machine') ? Number(params.get('machine')) : null;
  const history = useMachineHistory(sort, blacklistedOnly);

  function update(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title="Machines"
        description="Every deployment attempt per provider machine: success rate, time to ready and the blacklist. A machine under 30 % successes over 3 attempts is blacklisted for a day, twice as long each time it offends again."
      />
      {admin && (
        <Card className="gap-4">
          <CardHeader>
            <CardTitle className="text-base">
              <h2>Blacklist a machine</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <BlacklistForm />
          </CardContent>
        </Card>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="machines-sort" className="text-sm">
          Sort by
        </label>
        <NativeSelect
          id="machines-sort"
          className="w-56"
          value={sort}
          onChange={(e) => update('sort', e.target.value)}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </NativeSelect>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={blacklistedOnly}
            onChange={(e) => update('blacklisted', e.target.checked ? 'true' : null)}
          />
          Blacklisted only
        </label>
      </div>
      {history.isPending ? (
        <LoadingRegion label="Loading machines…" className="block space-y-2">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </LoadingRegion>
      ) : history.isError ? (
        <ErrorState
          title="Couldn't load machines"
          error={history.error}
          onRetry={() => void history.refetch()}
          retrying={history.isFetching}
        />
      ) : history.data.machines.length === 0 ? (
        <EmptyState
          icon={Server}
          title={blacklistedOnly ? 'No machine is blacklisted' : 'No attempts recorded yet'}
          description="Machines appear here once a deployment has run on them."
        />
      ) : (
        <MachineTables
          history={history.data}
          admin={admin}
          selected={selected}
          onSelect={(id) => update('machine', id === selected ? null : String(id))}
        />
      )}
      {selected !== null && Number.isFinite(selected) && <MachinePanel machineId={selected} />}
    </div>
  );
}

function MachineTables({
  history,
  admin,
  selected,
  onSelect,
}: {
  history: MachineHistory;
  admin: boolean;
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  return (
    <div className="space-y-6">
      <Table data-testid="machines-table">
        <TableHeader>
          <TableRow>
            <TableHead>Machine</TableHead>
            <TableHead>GPU</TableHead>
            <TableHead className="text-right">Attempts</TableHead>
            <TableHead className="text-right">Success rate</TableHead>
            <TableHead className="text-right">Median ready</TableHead>
            <TableHead>Blacklist</TableHead>
            {admin && <TableHead className="sr-only">Actions</TableHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {history.machines.map((m) => (
            <TableRow
              key={m.machineId}
              data-machine={m.machineId}
              aria-selected={m.machineId === selected}
            >
              <TableCell>
                <Button variant="link" className="h-auto p-0" onClick={() => onSelect(m.machineId)}>
                  {m.machineId}
                </Button>
              </TableCell>
              <TableCell>{m.gpuName ?? '—'}</TableCell>
              <TableCell className="text-right tabular-nums">
                {m.attempts}
                <span className="text-muted-foreground text-xs">
                  {' '}
                  ({m.successes} ready, {m.failures} failed)
                </span>
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatRate(m.successRate)}</TableCell>
              <TableCell className="text-right tabular-nums">
                {formatSeconds(m.medianSecondsToReady)}
              </TableCell>
              <TableCell>
                {m.blacklisted ? (
                  <Badge variant="destructive">
                    {m.blacklistedUntil
                      ? `Until ${new Date(m.blacklistedUntil).toLocaleString()}`
                      : 'Until cleared'}
                  </Badge>
                ) : (
                  <span className="text-muted-foreground text-xs">—</span>
                )}
              </TableCell>
              {admin && (
                <TableCell>{m.blacklisted && <ClearButton machineId={m.machineId} />}</TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Card className="gap-4">
        <CardHeader>
          <CardTitle className="text-base">
            <h2>By GPU model</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <Table data-testid="gpu-models-table">
            <TableHeader>
              <TableRow>
                <TableHead>GPU</TableHead>
                <TableHead className="text-right">Machines</TableHead>
                <TableHead className="text-right">Attempts</TableHead>
                <TableHead className="text-right">Success rate</TableHead>
                <TableHead className="text-right">Median ready</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {history.gpuModels.map((g) => (
                <TableRow key={g.gpuName}>
                  <TableCell>{g.gpuName}</TableCell>
                  <TableCell className="text-right tabular-nums">{g.machines}</TableCell>
                  <TableCell className="text-right tabular-nums">{g.attempts}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {formatRate(g.successRate)}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {formatSeconds(g.medianSecondsToReady)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
