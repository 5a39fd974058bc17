import { ExternalLink, Rocket } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { SegmentedControl } from '@/components/SegmentedControl';
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
import { formatAge, formatHourly, millisSince } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { SpentThisMonth } from '@/spending/SpentThisMonth';
import { cn } from '@/lib/utils';

import {
  gpuLabel,
  interruptibleLabel,
  isDestroyable,
  isWebUrl,
  replicasLabel,
  type Deployment,
} from './deployment';
import { DestroyButton } from './DestroyButton';
import { useDeployments } from './queries';
import { SimulatedBadge, StatusBadge } from './StatusBadge';

type Show = 'active' | 'all';

const SHOW_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'all', label: 'All' },
] as const;

export function DeploymentsPage() {
  const signedIn = useAccessToken() !== null;
  return (
    <div className="space-y-8">
      <title>Deployments · Dumont</title>
      <PageHeader
        title="Deployments"
        description="The templates you deployed, what they run on and what they cost. Statuses update live."
      />
      {signedIn ? (
        <DeploymentList />
      ) : (
        <SignInRequired
          icon={Rocket}
          title="Sign in to see your deployments"
          description="Deployments belong to the account that created them."
        />
      )}
    </div>
  );
}

function DeploymentList() {
  const deployments = useDeployments();
  const [show, setShow] = useState<Show>('active');

  if (deployments.isPending) {
    return (
      <LoadingRegion label="Loading deployments…" className="block space-y-2">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-10 w-full" />
        ))}
      </LoadingRegion>
    );
  }
  if (deployments.isError) {
    return (
      <ErrorState
        title="Couldn't load your deployments"
        error={deployments.error}
        onRetry={() => void deployments.refetch()}
        retrying={deployments.isFetching}
      />
    );
  }
  if (deployments.data.length === 0) {
    return (
      <EmptyState
        icon={Rocket}
        title="No deployments yet"
        description="Pick a template and deploy it on a rented GPU in one click."
        action={
          <Button asChild>
            <Link to="/templates">Browse templates</Link>
          </Button>
        }
      />
    );
  }

  const active = deployments.data.filter((deployment) => deployment.status !== 'destroyed');
  const shown = show === 'active' ? active : deployments.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SegmentedControl
          label="Show deployments"
          options={SHOW_OPTIONS}
          value={show}
          onChange={setShow}
        />
        <div className="flex flex-wrap items-center gap-4">
          <SpentThisMonth />
          <p className="text-muted-foreground text-sm">
            {active.length} active of {deployments.data.length}
          </p>
        </div>
      </div>
      {shown.length === 0 ? (
        <EmptyState
          icon={Rocket}
          title="No active deployments"
          description="Everything you deployed has been destroyed."
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <Button variant="outline" onClick={() => setShow('all')}>
                Show all
              </Button>
              <Button asChild>
                <Link to="/templates">Browse templates</Link>
              </Button>
            </div>
          }
        />
      ) : (
        <DeploymentTable deployments={shown} />
      )}
    </div>
  );
}

function DeploymentTable({ deployments }: { deployments: Deployment[] }) {
  const now = useNow(30_000);
  return (
    <div className="bg-card rounded-xl border">
      <Table data-testid="deployments-table">
        <TableHeader>
          <TableRow>
            <TableHead className="pl-4">Template</TableHead>
            <TableHead>Runs on</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Price</TableHead>
            <TableHead className="text-right">Age</TableHead>
            <TableHead>Endpoint</TableHead>
            <TableHead className="pr-4">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {deployments.map((deployment) => (
            <DeploymentRow key={deployment.id} deployment={deployment} now={now} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function DeploymentRow({ deployment, now }: { deployment: Deployment; now: number }) {
  const age = millisSince(deployment.created_at, now);
  const endpoint =
    deployment.status === 'running'
      ? deployment.endpoints.find((candidate) => isWebUrl(candidate.url))
      : undefined;
  return (
    <TableRow
      data-testid="deployment-row"
      data-status={deployment.status}
      className={cn(deployment.status === 'destroyed' && 'text-muted-foreground')}
    >
      <TableCell className="pl-4">
        <div className="flex items-center gap-2">
          <Link
            to={`/deployments/${deployment.id}`}
            className="text-foreground focus-visible:ring-ring/50 rounded-sm font-medium outline-none hover:underline focus-visible:ring-[3px]"
          >
            {deployment.template_name}
          </Link>
          {deployment.simulated && <SimulatedBadge />}
        </div>
      </TableCell>
      <TableCell>
        {deployment.kubernetes ? (
          <span
            data-testid="row-replicas"
            title={`Kubernetes cluster ${deployment.kubernetes.cluster}`}
          >
            Kubernetes · {replicasLabel(deployment.kubernetes)}
          </span>
        ) : (
          gpuLabel(deployment.gpu_name, deployment.num_gpus)
        )}
      </TableCell>
      <TableCell>
        <StatusBadge status={deployment.status} />
      </TableCell>
      <TableCell className="text-right tabular-nums">
        {deployment.price_per_hour === null ? '—' : formatHourly(deployment.price_per_hour)}
        {deployment.bid_per_hour !== null && (
          <span className="text-muted-foreground block text-xs" data-testid="row-bid">
            {interruptibleLabel(deployment.bid_per_hour)}
          </span>
        )}
      </TableCell>
      <TableCell className="text-right tabular-nums">
        {age === null ? (
          '—'
        ) : (
          <time dateTime={deployment.created_at} title={deployment.created_at}>
            {formatAge(age)}
          </time>
        )}
      </TableCell>
      <TableCell>
        {endpoint ? (
          <a
            href={endpoint.url}
            target="_blank"
            rel="noreferrer"
            data-testid="endpoint-link"
            className="text-primary inline-flex items-center gap-1 hover:underline"
          >
            {endpoint.label || 'Open'}
            <ExternalLink className="size-3.5" aria-hidden="true" />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
      </TableCell>
      <TableCell className="pr-4 text-right">
        {isDestroyable(deployment.status) && <DestroyButton deployment={deployment} compact />}
      </TableCell>
    </TableRow>
  );
}
