import { Flame, LoaderCircle, Save, ShieldAlert, ShieldOff } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { useAccessToken, useCurrentUser } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { useOffers } from '@/deployments/queries';
import { describeError } from '@/lib/api';
import { formatHourly } from '@/lib/format';
import { useTemplates } from '@/templates/queries';

import {
  HOURS_PER_MONTH,
  MAX_MIN_IDLE,
  minIdleError,
  monthlyCost,
  useSetWarmPool,
  useWarmPools,
  type WarmPool,
} from './warm-pools';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Admins set how many idle instances of each template Dumont keeps for Serverless deploys. */
export function WarmPoolsPage() {
  return (
    <div className="space-y-6" data-testid="warm-pools-page">
      <title>Warm pools · Dumont</title>
      <PageHeader
        title="Warm pools"
        description="Idle, running instances Dumont keeps per template so a Serverless deploy is ready at once. Every member is billed while it waits."
      />
      <WarmPoolsContent />
    </div>
  );
}

function WarmPoolsContent() {
  const signedIn = useAccessToken() !== null;
  const user = useCurrentUser();
  const isAdmin = user.data?.role === 'ADMIN';
  const pools = useWarmPools(signedIn && isAdmin);
  const templates = useTemplates();
  if (!signedIn) {
    return (
      <SignInRequired
        icon={ShieldAlert}
        title="Sign in to manage warm pools"
        description="Only admins see and size the warm pools."
      />
    );
  }
  if (user.isPending) return <TableSkeleton />;
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
  if (!isAdmin) {
    return (
      <div data-testid="admins-only">
        <EmptyState
          icon={ShieldOff}
          title="Admins only"
          description="Warm pools are run, and paid for, by the admins of this Dumont server. A Serverless deploy uses one when it exists."
          action={
            <Button asChild variant="outline">
              <Link to="/templates">Browse templates</Link>
            </Button>
          }
        />
      </div>
    );
  }
  if (pools.isPending || templates.isPending) return <TableSkeleton />;
  if (pools.isError || templates.isError) {
    const failed = pools.isError ? pools : templates;
    return (
      <ErrorState
        title="Couldn't load the warm pools"
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  const bySlug = new Map(pools.data.map((pool) => [pool.templateSlug, pool]));
  // Every template, with its pool when it has one; a pool of a template no longer listed still shows.
  const rows: { slug: string; name: string; pool: WarmPool }[] = [
    ...templates.data.map((t) => ({
      slug: t.slug,
      name: t.name,
      pool: bySlug.get(t.slug) ?? { templateSlug: t.slug, minIdle: 0, idle: 0, starting: 0 },
    })),
    ...pools.data
      .filter((pool) => !templates.data.some((t) => t.slug === pool.templateSlug))
      .map((pool) => ({ slug: pool.templateSlug, name: pool.templateSlug, pool })),
  ];
  return (
    <div className="space-y-2">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Template</TableHead>
            <TableHead>Min idle</TableHead>
            <TableHead className="text-right">Idle now</TableHead>
            <TableHead className="text-right">On the way</TableHead>
            <TableHead className="text-right">Cheapest GPU now</TableHead>
            <TableHead className="text-right">Per month</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <PoolRow key={row.slug} slug={row.slug} name={row.name} pool={row.pool} />
          ))}
        </TableBody>
      </Table>
      <p className="text-muted-foreground text-xs">
        Per month: min idle × the cheapest compatible offer listed now × {HOURS_PER_MONTH} h. Prices
        move; the provider bills what each member actually rents at.
      </p>
    </div>
  );
}

function PoolRow({ slug, name, pool }: { slug: string; name: string; pool: WarmPool }) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = useSetWarmPool();
  const value = draft ?? String(pool.minIdle);
  const error = minIdleError(value);
  const size = error ? pool.minIdle : Number(value.trim());
  const changed = !error && size !== pool.minIdle;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (error || !changed) return;
    save.mutate({ slug, minIdle: size }, { onSuccess: () => setDraft(null) });
  }

  const inputId = `warm-pool-${slug}`;
  return (
    <TableRow data-testid="warm-pool-row" data-slug={slug}>
      <TableCell>
        <span className="font-medium">{name}</span>
        {pool.minIdle > 0 && (
          <Flame className="text-warning ml-1.5 inline size-3.5" aria-label="Pool active" />
        )}
      </TableCell>
      <TableCell>
        <form onSubmit={submit} className="flex items-center gap-2" noValidate>
          <label htmlFor={inputId} className="sr-only">
            Min idle for {name}
          </label>
          <Input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_MIN_IDLE}
            step={1}
            className="w-20"
            value={value}
            onChange={(event) => {
              setDraft(event.target.value);
              if (save.isError) save.reset();
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error || save.isError ? `${inputId}-error` : undefined}
          />
          <Button
            type="submit"
            size="sm"
            variant="outline"
            disabled={!changed || save.isPending}
            aria-label={`Save min idle for ${name}`}
          >
            {save.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <Save aria-hidden="true" />
            )}
            Save
          </Button>
        </form>
        {(error || save.isError) && (
          <p id={`${inputId}-error`} className="text-destructive mt-1 text-xs">
            {error ?? describeError(save.error)}
          </p>
        )}
      </TableCell>
      <TableCell className="text-right tabular-nums">{pool.idle}</TableCell>
      <TableCell className="text-right tabular-nums">{pool.starting}</TableCell>
      {size > 0 ? (
        <PoolCost slug={slug} minIdle={size} />
      ) : (
        <>
          <TableCell className="text-muted-foreground text-right">—</TableCell>
          <TableCell className="text-right tabular-nums">{usd.format(0)}</TableCell>
        </>
      )}
    </TableRow>
  );
}

/** The cheapest listed offer and what the pool costs a month at it; read only for pools that cost. */
function PoolCost({ slug, minIdle }: { slug: string; minIdle: number }) {
  const offers = useOffers(slug);
  const prices = offers.data?.offers.map((offer) => offer.price_per_hour) ?? [];
  const cheapest = prices.length > 0 ? Math.min(...prices) : null;
  const cost = monthlyCost(minIdle, cheapest);
  const unknown = offers.isPending
    ? 'Loading…'
    : offers.isError
      ? 'Price unavailable'
      : 'No offers now';
  return (
    <>
      <TableCell className="text-right tabular-nums" data-testid="cheapest-price">
        {cheapest !== null ? (
          formatHourly(cheapest)
        ) : (
          <span className="text-muted-foreground">{unknown}</span>
        )}
      </TableCell>
      <TableCell className="text-right font-medium tabular-nums" data-testid="monthly-cost">
        {cost !== null ? usd.format(cost) : <span className="text-muted-foreground">—</span>}
      </TableCell>
    </>
  );
}

function TableSkeleton() {
  return (
    <LoadingRegion label="Loading warm pools…" className="block space-y-2">
      {Array.from({ length: 4 }, (_, index) => (
        <Skeleton key={index} className="h-12 w-full" />
      ))}
    </LoadingRegion>
  );
}
