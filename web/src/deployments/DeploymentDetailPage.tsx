import {
  ArrowLeft,
  BookOpen,
  CircleAlert,
  Info,
  LoaderCircle,
  Rocket,
  RotateCw,
  SearchX,
  TriangleAlert,
  Upload,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError, isApiError } from '@/lib/api';
import { formatClock, formatCost, formatHourly } from '@/lib/format';
import { SnapshotsPanel } from '@/snapshots/SnapshotsPanel';

import { AttemptsTable } from './AttemptsTable';
import { ConnectionDetails } from './ConnectionDetails';
import {
  gpuLabel,
  interruptibleLabel,
  isDestroyable,
  isRetryable,
  isWebUrl,
  replicasLabel,
  type Deployment,
  type KubernetesPlacement,
} from './deployment';
import { DeploymentStepper } from './DeploymentStepper';
import { DestroyButton } from './DestroyButton';
import { EventTimeline } from './EventTimeline';
import { useDeploymentEvents } from './events';
import { hasFailover } from './failover';
import { FailoverPanel } from './FailoverPanel';
import { HibernationPanel } from './HibernationPanel';
import { useGraphStatus } from './kubernetes/graph-queries';
import { GraphStatusPanel } from './kubernetes/GraphStatusPanel';
import { PortForwardPanel } from './kubernetes/PortForwardPanel';
import { ScaleControl } from './kubernetes/ScaleControl';
import { TryItChat } from './kubernetes/TryItChat';
import { useDeployment, useRetry } from './queries';
import { SimulatedBadge, StatusBadge } from './StatusBadge';

export function DeploymentDetailPage() {
  const { id = '' } = useParams();
  const signedIn = useAccessToken() !== null;

  return (
    <div className="space-y-6">
      <Link
        to="/deployments"
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 inline-flex items-center gap-1.5 rounded-sm text-sm outline-none focus-visible:ring-[3px]"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        All deployments
      </Link>
      {signedIn ? (
        <DeploymentView key={id} id={id} />
      ) : (
        <>
          <title>Deployment · Dumont</title>
          <SignInRequired
            icon={Rocket}
            title="Sign in to see this deployment"
            description="Deployments belong to the account that created them."
          />
        </>
      )}
    </div>
  );
}

function DeploymentView({ id }: { id: string }) {
  const deployment = useDeployment(id);

  if (deployment.isPending) return <DeploymentSkeleton />;
  if (isApiError(deployment.error, 404) || isApiError(deployment.error, 400)) {
    return (
      <>
        <title>Deployment not found · Dumont</title>
        <EmptyState
          icon={SearchX}
          title="Deployment not found"
          description="There is no deployment at this address, or it belongs to someone else."
          action={
            <Button asChild variant="outline">
              <Link to="/deployments">Your deployments</Link>
            </Button>
          }
        />
      </>
    );
  }
  if (deployment.isError) {
    return (
      <>
        <title>Deployment · Dumont</title>
        <ErrorState
          title="Couldn't load this deployment"
          error={deployment.error}
          onRetry={() => void deployment.refetch()}
          retrying={deployment.isFetching}
        />
      </>
    );
  }
  return <DeploymentDetail deployment={deployment.data} />;
}

function DeploymentDetail({ deployment }: { deployment: Deployment }) {
  const timeline = useDeploymentEvents(deployment.id);
  const { status } = deployment;
  const graph = deployment.kubernetes;

  return (
    <article className="space-y-6">
      <title>{`${deployment.template_name} deployment · Dumont`}</title>
      <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
              {deployment.template_name}
            </h1>
            <StatusBadge status={status} data-testid="deployment-status" />
            {deployment.simulated && <SimulatedBadge />}
          </div>
          <p className="text-muted-foreground text-sm" data-testid="deployment-summary">
            {graph ? (
              <>
                Kubernetes · {graph.cluster} · {graph.namespace}/{graph.name} · {graph.engine}{' '}
                {graph.mode} · {replicasLabel(graph)}
              </>
            ) : (
              <>
                {gpuLabel(deployment.gpu_name, deployment.num_gpus)}
                {deployment.price_per_hour !== null &&
                  ` · ${formatHourly(deployment.price_per_hour)}`}
                {deployment.bid_per_hour !== null &&
                  ` · ${interruptibleLabel(deployment.bid_per_hour)}`}
                {` · ${deployment.disk_gb} GB disk`}
              </>
            )}
            {deployment.attempt > 1 && ` · attempt ${deployment.attempt}`}
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {!graph && (
            <Button asChild variant="outline">
              <Link
                to={`/marketplace/publish?from_deployment=${encodeURIComponent(deployment.id)}`}
                data-testid="publish-as-template"
              >
                <Upload aria-hidden="true" />
                Publish as template
              </Link>
            </Button>
          )}
          {isDestroyable(status) && <DestroyButton deployment={deployment} />}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {isRetryable(status) && <ProblemPanel deployment={deployment} />}
          {!graph && (status === 'running' || status === 'unhealthy') && (
            <ConnectionDetails
              templateName={deployment.template_name}
              endpoints={deployment.endpoints}
              credentials={deployment.credentials}
            />
          )}
          {graph && status === 'running' && (
            <TryItChat
              deploymentId={deployment.id}
              modelName={graph.served_model_name}
              simulated={deployment.simulated}
            />
          )}
          {(status === 'destroying' || status === 'destroyed') && (
            <Alert variant="info">
              <Info aria-hidden="true" />
              <AlertTitle>{endedTitle(deployment)}</AlertTitle>
              <AlertDescription>
                {status === 'destroying'
                  ? graph
                    ? 'Dumont is deleting the DynamoGraphDeployment; the operator removes its pods.'
                    : 'Dumont is releasing the instance; billing stops once it is gone.'
                  : `${graph ? 'Nothing runs on the cluster any more' : 'Nothing is rented any more'}${deployment.phases.destroyed ? ` (since ${formatClock(deployment.phases.destroyed)})` : ''}.`}
              </AlertDescription>
            </Alert>
          )}
          {!graph && deployment.hibernation && isHibernatable(status) && (
            <HibernationPanel deployment={deployment} hibernation={deployment.hibernation} />
          )}
          {!graph && hasFailover(status) && <FailoverPanel deployment={deployment} />}
          <DeploymentStepper deployment={deployment} events={timeline.events} />
          {!graph && deployment.attempts.length > 1 && (
            <AttemptsTable attempts={deployment.attempts} strategy={deployment.strategy} />
          )}
          {!graph && status !== 'pending' && (
            <SnapshotsPanel
              deploymentId={deployment.id}
              hibernatedOn={deployment.hibernation?.snapshot_id ?? null}
            />
          )}
          {graph && <GraphSection deployment={deployment} />}
          {graph && (status === 'running' || status === 'starting') && (
            <PortForwardPanel placement={graph} />
          )}
        </div>
        <aside className="space-y-6">
          {graph ? (
            <GraphFacts deployment={deployment} placement={graph} />
          ) : (
            <DeploymentFacts deployment={deployment} />
          )}
        </aside>
      </div>

      <EventTimeline {...timeline} />
    </article>
  );
}

/** Hibernation applies to a deployment that is (or was) running, until it is destroyed. */
function isHibernatable(status: Deployment['status']): boolean {
  return (
    status === 'running' ||
    status === 'unhealthy' ||
    status === 'hibernating' ||
    status === 'hibernated' ||
    status === 'waking'
  );
}

function endedTitle(deployment: Deployment): string {
  if (deployment.kubernetes) {
    return deployment.status === 'destroying' ? 'Deleting the deployment' : 'Deleted';
  }
  return deployment.status === 'destroying' ? 'Destroying the instance' : 'Destroyed';
}

function GraphSection({ deployment }: { deployment: Deployment }) {
  const live = deployment.status !== 'failed' && deployment.status !== 'destroyed';
  const graph = useGraphStatus(deployment.id, live);
  return (
    <GraphStatusPanel
      status={graph.data}
      error={graph.error}
      onRetry={() => void graph.refetch()}
    />
  );
}

function GraphFacts({
  deployment,
  placement,
}: {
  deployment: Deployment;
  placement: KubernetesPlacement;
}) {
  const scalable = deployment.status !== 'failed' && !deployment.status.startsWith('destroy');
  return (
    <section
      aria-labelledby="facts-heading"
      className="bg-card space-y-4 rounded-xl border p-6 shadow-sm"
    >
      <h2 id="facts-heading" className="text-base font-semibold">
        Details
      </h2>
      <dl className="divide-y">
        <Fact term="Model">
          {deployment.model_id ? (
            <Link
              to={`/deploy/${deployment.model_id}`}
              className="text-primary hover:underline"
              title={deployment.model_id}
            >
              {deployment.template_name}
            </Link>
          ) : (
            deployment.template_name
          )}
        </Fact>
        <Fact term="Served as">
          <span className="font-mono text-xs">{placement.served_model_name}</span>
        </Fact>
        <Fact term="Engine">
          {placement.engine} · {placement.mode}
        </Fact>
        <Fact term="Cluster">{placement.cluster}</Fact>
        <Fact term="Namespace">{placement.namespace}</Fact>
        <Fact term="DGD">
          <span className="font-mono text-xs">{placement.name}</span>
        </Fact>
        <Fact term="Replicas">
          <span data-testid="replicas">{replicasLabel(placement)}</span>
        </Fact>
        <Fact term="Dynamo">{deployment.template_version}</Fact>
      </dl>
      {scalable && <ScaleControl deploymentId={deployment.id} placement={placement} />}
    </section>
  );
}

function ProblemPanel({ deployment }: { deployment: Deployment }) {
  const retry = useRetry();
  const failed = deployment.status === 'failed';
  return (
    <Alert variant={failed ? 'destructive' : 'warning'} data-testid="deployment-problem">
      {failed ? <CircleAlert aria-hidden="true" /> : <TriangleAlert aria-hidden="true" />}
      <AlertTitle>
        {failed ? 'The deployment failed' : `${deployment.template_name} is not answering`}
      </AlertTitle>
      <AlertDescription>
        {deployment.status_message && <p>{deployment.status_message}</p>}
        {!failed && (
          <p>
            {deployment.kubernetes
              ? 'The DynamoGraphDeployment keeps its GPUs until you retry or delete it.'
              : 'The instance is still rented, and billed, until you retry or destroy it.'}
          </p>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Button
            size="sm"
            onClick={() => retry.mutate(deployment.id)}
            disabled={retry.isPending}
            data-testid="retry-button"
          >
            {retry.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <RotateCw aria-hidden="true" />
            )}
            {retry.isPending
              ? 'Retrying…'
              : deployment.kubernetes
                ? 'Retry'
                : 'Retry on a new instance'}
          </Button>
          {deployment.troubleshooting_url && (
            <TroubleshootingLink url={deployment.troubleshooting_url} />
          )}
        </div>
        {retry.isError && (
          <p className="text-destructive mt-1" role="alert">
            {describeError(retry.error)}
          </p>
        )}
      </AlertDescription>
    </Alert>
  );
}

/** The server's guide: an in-app page (`/troubleshooting#health-timeout`) or, failing that, a web page. */
function TroubleshootingLink({ url }: { url: string }) {
  const content = (
    <>
      <BookOpen aria-hidden="true" />
      How to fix this
    </>
  );
  if (url.startsWith('/') && !url.startsWith('//')) {
    return (
      <Button asChild size="sm" variant="outline">
        <Link to={url} data-testid="troubleshooting-link">
          {content}
        </Link>
      </Button>
    );
  }
  if (!isWebUrl(url)) return null;
  return (
    <Button asChild size="sm" variant="outline">
      <a href={url} target="_blank" rel="noreferrer" data-testid="troubleshooting-link">
        {content}
      </a>
    </Button>
  );
}

/** A community template's page is in the marketplace, by id; an official one's also by slug. */
function templatePage(deployment: Deployment): string {
  return deployment.template_id
    ? `/marketplace/${encodeURIComponent(deployment.template_id)}`
    : `/templates/${encodeURIComponent(deployment.template_slug)}`;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2 text-sm">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0 truncate text-right font-medium">{children}</dd>
    </div>
  );
}

function DeploymentFacts({ deployment }: { deployment: Deployment }) {
  const created = new Date(deployment.created_at);
  return (
    <section
      aria-labelledby="facts-heading"
      className="bg-card space-y-2 rounded-xl border p-6 shadow-sm"
    >
      <h2 id="facts-heading" className="text-base font-semibold">
        Details
      </h2>
      <dl className="divide-y">
        <Fact term="Template">
          <Link to={templatePage(deployment)} className="text-primary hover:underline">
            {deployment.template_name}
          </Link>
          {deployment.template_version && (
            <span className="text-muted-foreground font-normal">
              {' '}
              {deployment.template_version}
            </span>
          )}
        </Fact>
        <Fact term="GPU">{gpuLabel(deployment.gpu_name, deployment.num_gpus)}</Fact>
        <Fact term="Price">
          {deployment.price_per_hour === null ? '—' : formatHourly(deployment.price_per_hour)}
        </Fact>
        {deployment.bid_per_hour !== null && (
          <Fact term="Pricing">
            <span data-testid="deployment-bid">{interruptibleLabel(deployment.bid_per_hour)}</span>
          </Fact>
        )}
        {deployment.cost_usd != null && (
          <Fact term="Cost so far">
            <span data-testid="deployment-cost">{formatCost(deployment.cost_usd)}</span>
          </Fact>
        )}
        {deployment.hibernation && deployment.hibernation.saved_usd > 0 && (
          <Fact term="Saved by hibernation">
            <span data-testid="deployment-saved">
              {formatCost(deployment.hibernation.saved_usd)}
            </span>
          </Fact>
        )}
        <Fact term="Disk">{deployment.disk_gb} GB</Fact>
        {deployment.instance_id !== null && (
          <Fact term="Instance">
            <span className="font-mono">{deployment.instance_id}</span>
          </Fact>
        )}
        <Fact term="Attempt">{deployment.attempt}</Fact>
        {!Number.isNaN(created.getTime()) && (
          <Fact term="Created">
            <time dateTime={deployment.created_at}>
              {created.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
          </Fact>
        )}
      </dl>
    </section>
  );
}

function DeploymentSkeleton() {
  return (
    <LoadingRegion label="Loading deployment…" className="block space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Skeleton className="h-72 w-full rounded-xl" />
        <Skeleton className="h-56 w-full rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
