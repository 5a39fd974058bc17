import { Activity } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Skeleton } from '@/components/ui/skeleton';
import { formatPercent } from '@/lib/format';
import { DetailSection } from '@/templates/DetailSection';
import { TOPICS } from '@/troubleshooting/topics';

import { formatCount, formatSeconds } from './format';
import { LaunchesChart } from './LaunchesChart';
import type { TemplateAnalytics } from './model';
import { useTemplateAnalytics } from './queries';

function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: string }) {
  return (
    <div className="bg-muted/40 rounded-lg border px-4 py-3">
      <dt className="text-muted-foreground text-xs">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
      {hint && <dd className="text-muted-foreground text-xs">{hint}</dd>}
    </div>
  );
}

/** Usage measured from real launches: how often, how reliably and how fast it comes up. */
export function AnalyticsSection({ templateId }: { templateId: string }) {
  const analytics = useTemplateAnalytics(templateId);
  return (
    <DetailSection
      icon={Activity}
      title="Usage"
      description="Measured from every deployment of this template."
    >
      {analytics.isPending ? (
        <LoadingRegion label="Loading usage…" className="block space-y-3">
          <div className="grid gap-3 sm:grid-cols-3">
            <Skeleton className="h-16" />
            <Skeleton className="h-16" />
            <Skeleton className="h-16" />
          </div>
          <Skeleton className="h-40 w-full" />
        </LoadingRegion>
      ) : analytics.isError ? (
        <ErrorState
          title="Couldn't load the usage"
          error={analytics.error}
          onRetry={() => void analytics.refetch()}
          retrying={analytics.isFetching}
        />
      ) : (
        <AnalyticsView analytics={analytics.data} />
      )}
    </DetailSection>
  );
}

function AnalyticsView({ analytics }: { analytics: TemplateAnalytics }) {
  const recent = analytics.daily.reduce((sum, day) => sum + day.launches, 0);
  return (
    <div className="space-y-5" data-testid="analytics">
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat
          label="Launches"
          value={formatCount(analytics.launches)}
          hint={`${formatCount(recent)} in the last ${analytics.daily.length || 30} days`}
        />
        <Stat
          label="Success rate"
          value={analytics.success_rate === null ? '—' : formatPercent(analytics.success_rate)}
          hint={
            analytics.success_rate === null
              ? 'No launch has finished yet'
              : `${analytics.ready} ready, ${analytics.failed} failed`
          }
        />
        <Stat
          label="Median time to ready"
          value={
            analytics.median_seconds_to_ready === null
              ? '—'
              : formatSeconds(analytics.median_seconds_to_ready)
          }
          hint="From request to answering"
        />
      </dl>
      <div className="space-y-2">
        <h3 className="text-sm font-medium">Launches per day</h3>
        {analytics.daily.length === 0 ? (
          <p className="text-muted-foreground text-sm">No launches recorded yet.</p>
        ) : (
          <LaunchesChart days={analytics.daily} />
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-medium">Top failure reasons</h3>
        {analytics.top_failure_reasons.length === 0 ? (
          <p className="text-muted-foreground text-sm">No launch of it has failed.</p>
        ) : (
          <ul className="divide-y text-sm" data-testid="failure-reasons">
            {analytics.top_failure_reasons.map((reason) => (
              <FailureReasonItem key={reason.code} code={reason.code} count={reason.count} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function FailureReasonItem({ code, count }: { code: string; count: number }) {
  const topic = TOPICS.find((candidate) => candidate.id === code);
  return (
    <li className="flex items-center justify-between gap-4 py-1.5">
      {topic ? (
        <Link to={`/troubleshooting#${topic.id}`} className="text-primary hover:underline">
          {topic.title}
        </Link>
      ) : (
        <span className="font-mono text-xs">{code}</span>
      )}
      <span className="text-muted-foreground tabular-nums">
        {count} {count === 1 ? 'launch' : 'launches'}
      </span>
    </li>
  );
}
