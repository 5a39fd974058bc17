import { BellRing, Moon, PiggyBank, Wallet } from 'lucide-react';
import { Link } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { Skeleton } from '@/components/ui/skeleton';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { StatusBadge } from '@/deployments/StatusBadge';
import { formatCost } from '@/lib/format';

import { BudgetEditor } from './BudgetEditor';
import { BudgetGauge } from './BudgetGauge';
import {
  formatBudget,
  monthLabel,
  type Budget,
  type BudgetNotice,
  type DeploymentSpend,
} from './model';
import { useBudget } from './queries';

export function SpendingPage() {
  const signedIn = useAccessToken() !== null;
  return (
    <div className="space-y-8">
      <title>Spending · Dumont</title>
      <PageHeader
        title="Spending"
        description="What your deployments cost this month (UTC) against your monthly budget, per deployment, live."
      />
      {signedIn ? (
        <SpendingOverview />
      ) : (
        <SignInRequired
          icon={Wallet}
          title="Sign in to see your spending"
          description="Spend and budgets belong to the account whose deployments they are."
        />
      )}
    </div>
  );
}

function SpendingOverview() {
  const budget = useBudget();
  if (budget.isPending) {
    return (
      <LoadingRegion label="Loading your spending…" className="block space-y-3">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </LoadingRegion>
    );
  }
  if (budget.isError) {
    return (
      <ErrorState
        title="Couldn't load your spending"
        error={budget.error}
        onRetry={() => void budget.refetch()}
        retrying={budget.isFetching}
      />
    );
  }
  const data = budget.data;
  return (
    <div className="space-y-8">
      <section className="bg-card space-y-4 rounded-xl border p-4" aria-labelledby="month-heading">
        <MonthSummary budget={data} />
        <BudgetEditor key={data.monthlyBudgetUsd ?? 'none'} current={data.monthlyBudgetUsd} />
      </section>
      <section className="space-y-3" aria-labelledby="deployments-heading">
        <h2 id="deployments-heading" className="text-lg font-semibold">
          Deployments this month
        </h2>
        <DeploymentCosts deployments={data.deployments} />
      </section>
      <section className="space-y-3" aria-labelledby="notices-heading">
        <h2 id="notices-heading" className="text-lg font-semibold">
          Notices
        </h2>
        <NoticeList notices={data.notices} />
      </section>
    </div>
  );
}

function MonthSummary({ budget }: { budget: Budget }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="month-heading" className="text-lg font-semibold">
          {monthLabel(budget.month)}
        </h2>
        <p className="text-sm" data-testid="month-spend">
          <span className="text-2xl font-semibold tabular-nums">{formatCost(budget.spentUsd)}</span>
          {budget.monthlyBudgetUsd === null ? (
            <span className="text-muted-foreground"> spent · no budget set</span>
          ) : (
            <span className="text-muted-foreground">
              {' '}
              of {formatBudget(budget.monthlyBudgetUsd)} ({Math.round((budget.share ?? 0) * 100)} %)
            </span>
          )}
        </p>
      </div>
      <p className="text-muted-foreground text-sm" data-testid="saved-by-hibernation">
        <Moon className="mr-1 inline size-3.5 align-[-2px]" aria-hidden="true" />
        {budget.savedUsd > 0 ? (
          <>
            Hibernation has saved you{' '}
            <span className="text-foreground font-medium tabular-nums">
              {formatCost(budget.savedUsd)}
            </span>{' '}
            to date (all months): the GPU hours not billed while your deployments were stopped.
          </>
        ) : (
          'Nothing saved by hibernation yet: a deployment that hibernates stops paying for its GPU until it wakes.'
        )}
      </p>
      {budget.monthlyBudgetUsd !== null && (
        <BudgetGauge
          spentUsd={budget.spentUsd}
          budgetUsd={budget.monthlyBudgetUsd}
          reached={budget.thresholdsReached}
        />
      )}
    </div>
  );
}

function DeploymentCosts({ deployments }: { deployments: DeploymentSpend[] }) {
  if (deployments.length === 0) {
    return (
      <EmptyState
        icon={PiggyBank}
        title="Nothing spent this month"
        description="Deployments that cost something this month, or are running now, are listed here."
      />
    );
  }
  return (
    <div className="bg-card rounded-xl border">
      <Table data-testid="spend-table">
        <TableHeader>
          <TableRow>
            <TableHead className="pl-4">Deployment</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="pr-4 text-right">Cost this month</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {deployments.map((d) => (
            <TableRow key={d.id} data-testid="spend-row">
              <TableCell className="pl-4">
                <Link to={`/deployments/${d.id}`} className="font-medium hover:underline">
                  {d.templateName}
                </Link>
              </TableCell>
              <TableCell>
                <StatusBadge status={d.status} />
              </TableCell>
              <TableCell className="pr-4 text-right tabular-nums">
                {formatCost(d.costThisMonthUsd)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function NoticeList({ notices }: { notices: BudgetNotice[] }) {
  if (notices.length === 0) {
    return (
      <EmptyState
        icon={BellRing}
        title="No notices yet"
        description="With a budget set, Dumont notes here and on your running deployments when this month's spend reaches 50, 80 and 100 % of it."
      />
    );
  }
  return (
    <ul className="space-y-2" data-testid="notice-list">
      {notices.map((n) => (
        <li
          key={`${n.month}-${n.threshold}-${n.budgetUsd}`}
          className="bg-card rounded-lg border px-4 py-3 text-sm"
          data-testid="notice"
          data-threshold={n.threshold}
        >
          <p>{n.message}</p>
          <p className="text-muted-foreground text-xs">
            <time dateTime={n.at}>{new Date(n.at).toLocaleString()}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
