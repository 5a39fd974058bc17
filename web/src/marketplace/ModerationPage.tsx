import {
  ArrowLeft,
  Check,
  ChevronLeft,
  ChevronRight,
  CircleAlert,
  EyeOff,
  Inbox,
  LoaderCircle,
  ShieldAlert,
  ShieldOff,
} from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { useAccessToken, useCurrentUser } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { Textarea } from '@/components/ui/textarea';
import { describeError } from '@/lib/api';
import { cn } from '@/lib/utils';

import { describedBy } from './form-errors';
import { formatDate } from './format';
import { FormField } from '@/components/FormField';
import {
  marketplacePath,
  REPORT_STATUSES,
  reportReasonLabel,
  type Report,
  type ReportStatus,
} from './model';
import { REPORT_PAGE_SIZE, useReports, useResolveReport } from './queries';

const STATUS_LABELS: Record<ReportStatus, string> = {
  open: 'Open',
  dismissed: 'Dismissed',
  actioned: 'Actioned',
};

const EMPTY: Record<ReportStatus, { title: string; description: string }> = {
  open: { title: 'No open reports', description: 'Nothing is waiting for a decision.' },
  dismissed: { title: 'No dismissed reports', description: 'No report has been dismissed yet.' },
  actioned: {
    title: 'No actioned reports',
    description: 'No template has been unpublished because of a report yet.',
  },
};

const MAX_NOTE = 1000;

function parseStatus(value: string | null): ReportStatus {
  return REPORT_STATUSES.includes(value as ReportStatus) ? (value as ReportStatus) : 'open';
}

function parsePage(value: string | null): number {
  const page = Number(value);
  return value && Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The admins' queue of reports about marketplace templates (`?status=`, `?page=` from 1). */
export function ModerationPage() {
  return (
    <div className="space-y-6" data-testid="moderation-page">
      <title>Moderation · Marketplace · Dumont</title>
      <Link
        to="/marketplace"
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 inline-flex items-center gap-1.5 rounded-sm text-sm outline-none focus-visible:ring-[3px]"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        Marketplace
      </Link>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Moderation</h1>
        <p className="text-muted-foreground text-sm sm:text-base">
          Reports users sent about marketplace templates. Dismiss a report, or unpublish the
          template; deployments already running keep running.
        </p>
      </div>
      <ModerationContent />
    </div>
  );
}

function ModerationContent() {
  const signedIn = useAccessToken() !== null;
  const user = useCurrentUser();
  if (!signedIn) {
    return (
      <SignInRequired
        icon={ShieldAlert}
        title="Sign in to moderate the marketplace"
        description="Only admins see reports and act on them."
      />
    );
  }
  if (user.isPending) return <QueueSkeleton />;
  if (user.isError) {
    return (
      <ErrorState
        title="Couldn't check your account"
        error={user.error}
        onRetry={() => void user.refetch()}
        retrying={user.isFetching}
      />
    );
  }
  if (user.data.role !== 'ADMIN') {
    return (
      <div data-testid="admins-only">
        <EmptyState
          icon={ShieldOff}
          title="Admins only"
          description="Reports about templates are for the admins of this Dumont server. If something in the marketplace looks wrong, report it from the template's page."
          action={
            <Button asChild variant="outline">
              <Link to="/marketplace">Browse the marketplace</Link>
            </Button>
          }
        />
      </div>
    );
  }
  return <ReportQueue />;
}

function ReportQueue() {
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const page = parsePage(params.get('page'));
  const reports = useReports(status, page - 1);

  function goTo(next: number) {
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next > 1) updated.set('page', String(next));
      else updated.delete('page');
      return updated;
    });
  }

  return (
    <section aria-labelledby="reports-heading" className="space-y-4">
      <h2 id="reports-heading" className="sr-only">
        {STATUS_LABELS[status]} reports
      </h2>
      <nav aria-label="Report status" className="bg-muted/60 inline-flex rounded-lg border p-1">
        {REPORT_STATUSES.map((option) => {
          const selected = option === status;
          return (
            <Link
              key={option}
              to={{ search: option === 'open' ? '' : `?status=${option}` }}
              aria-current={selected ? 'page' : undefined}
              data-testid="report-status-tab"
              data-status={option}
              className={cn(
                'focus-visible:ring-ring/50 flex h-7 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors outline-none focus-visible:ring-[3px]',
                selected
                  ? 'bg-background text-foreground shadow-sm dark:bg-slate-700/80'
                  : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {STATUS_LABELS[option]}
            </Link>
          );
        })}
      </nav>
      {reports.isPending ? (
        <QueueSkeleton />
      ) : reports.isError ? (
        <ErrorState
          title="Couldn't load the reports"
          error={reports.error}
          onRetry={() => void reports.refetch()}
          retrying={reports.isFetching}
        />
      ) : reports.data.length === 0 && page === 1 ? (
        <EmptyState
          icon={Inbox}
          title={EMPTY[status].title}
          description={EMPTY[status].description}
        />
      ) : (
        <>
          {reports.data.length === 0 ? (
            <p className="text-muted-foreground text-sm">No more reports on this page.</p>
          ) : (
            <ul className="space-y-3" data-testid="report-list">
              {reports.data.map((report) => (
                <ReportRow key={report.id} report={report} />
              ))}
            </ul>
          )}
          <QueuePager
            page={page}
            hasNext={reports.data.length >= REPORT_PAGE_SIZE}
            onPageChange={goTo}
          />
        </>
      )}
    </section>
  );
}

/** The server answers a plain list, so there is a next page while pages come back full. */
function QueuePager({
  page,
  hasNext,
  onPageChange,
}: {
  page: number;
  hasNext: boolean;
  onPageChange: (page: number) => void;
}) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label="Report pages" className="flex items-center justify-center gap-3">
      <Button
        variant="outline"
        size="sm"
        onClick={() => onPageChange(page - 1)}
        disabled={page <= 1}
      >
        <ChevronLeft aria-hidden="true" />
        Newer
      </Button>
      <span className="text-muted-foreground text-sm tabular-nums" aria-current="page">
        Page {page}
      </span>
      <Button
        variant="outline"
        size="sm"
        onClick={() => onPageChange(page + 1)}
        disabled={!hasNext}
      >
        Older
        <ChevronRight aria-hidden="true" />
      </Button>
    </nav>
  );
}

function ReportRow({ report }: { report: Report }) {
  const dismiss = useResolveReport();
  const reported = formatDate(report.created_at);
  const resolved = report.resolved_at ? formatDate(report.resolved_at) : null;
  return (
    <li
      className="bg-card space-y-3 rounded-xl border p-4 shadow-xs"
      data-testid="report-row"
      data-report-id={report.id}
      data-status={report.status}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              to={marketplacePath(report.template_id)}
              className="font-medium hover:underline"
              data-testid="report-template"
            >
              {report.template_name}
            </Link>
            <Badge variant="warning" data-testid="report-reason">
              {reportReasonLabel(report.reason)}
            </Badge>
            {report.status === 'dismissed' && <Badge variant="secondary">Dismissed</Badge>}
            {report.status === 'actioned' && <Badge variant="destructive">Unpublished</Badge>}
          </div>
          <p className="text-muted-foreground text-sm">
            Reported by <span className="text-foreground">{report.reporter}</span>
            {reported && (
              <>
                {' '}
                on <time dateTime={report.created_at}>{reported}</time>
              </>
            )}
          </p>
        </div>
        {report.status === 'open' && (
          <div className="flex shrink-0 flex-wrap gap-2">
            <Button
              variant="outline"
              size="sm"
              disabled={dismiss.isPending}
              data-testid="report-dismiss"
              onClick={() => dismiss.mutate({ report, action: 'dismiss' })}
            >
              {dismiss.isPending ? (
                <LoaderCircle className="animate-spin" aria-hidden="true" />
              ) : (
                <Check aria-hidden="true" />
              )}
              {dismiss.isPending ? 'Dismissing…' : 'Dismiss'}
            </Button>
            <UnpublishReportDialog report={report} disabled={dismiss.isPending} />
          </div>
        )}
      </div>
      {report.details ? (
        <p className="text-sm leading-relaxed break-words whitespace-pre-line">{report.details}</p>
      ) : (
        <p className="text-muted-foreground text-sm italic">No details given.</p>
      )}
      {report.status !== 'open' && (report.resolution_note || resolved) && (
        <p className="text-muted-foreground border-t pt-3 text-sm" data-testid="report-resolution">
          {resolved && (
            <>
              Settled on <time dateTime={report.resolved_at ?? undefined}>{resolved}</time>
              {report.resolution_note && ': '}
            </>
          )}
          {report.resolution_note}
        </p>
      )}
      {dismiss.isError && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{describeError(dismiss.error)}</AlertDescription>
        </Alert>
      )}
    </li>
  );
}

/** Unpublishes the reported template after the admin confirms, with an optional note. */
function UnpublishReportDialog({ report, disabled }: { report: Report; disabled: boolean }) {
  const resolve = useResolveReport();
  const [note, setNote] = useState('');
  const noteError = note.length > MAX_NOTE ? `At most ${MAX_NOTE} characters` : undefined;
  const noteId = `unpublish-note-${report.id}`;

  return (
    <ConfirmDialog
      trigger={
        <Button variant="destructive" size="sm" disabled={disabled} data-testid="report-unpublish">
          <EyeOff aria-hidden="true" />
          Unpublish template
        </Button>
      }
      title={`Unpublish ${report.template_name}?`}
      description="It disappears from browse and search and takes no new deployments; deployments already running keep running. Every open report about it is marked actioned."
      icon={EyeOff}
      confirmLabel="Unpublish"
      pendingLabel="Unpublishing…"
      cancelLabel="Keep it listed"
      confirmTestId="confirm-unpublish-report"
      mutation={resolve}
      onConfirm={(close) => {
        if (noteError) return;
        resolve.mutate({ report, action: 'unpublish', note }, { onSuccess: close });
      }}
      onClosed={() => setNote('')}
    >
      <FormField
        id={noteId}
        label="Note"
        optional
        hint="Why, for the other admins."
        error={noteError}
      >
        <Textarea
          id={noteId}
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={describedBy(noteId, noteError, true)}
        />
      </FormField>
    </ConfirmDialog>
  );
}

function QueueSkeleton() {
  return (
    <LoadingRegion label="Loading reports…" className="block space-y-3">
      {Array.from({ length: 3 }, (_, index) => (
        <Skeleton key={index} className="h-28 w-full rounded-xl" />
      ))}
    </LoadingRegion>
  );
}
