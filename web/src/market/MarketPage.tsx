import { ChartLine, FlaskConical } from 'lucide-react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { SegmentedControl } from '@/components/SegmentedControl';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { NativeSelect } from '@/components/ui/native-select';
import { Skeleton } from '@/components/ui/skeleton';

import { BidCard } from './BidCard';
import { formatPrice } from './format';
import { MarketTableView } from './MarketTableView';
import { RANGES, type MarketHistory, type MarketPoint, type MarketRow, type Range } from './model';
import { useMarketHistory, useMarketTable } from './queries';
import { TimeSeriesChart, type Series } from './TimeSeriesChart';

const PRICE_SERIES: Series<MarketPoint>[] = [
  {
    key: 'price-median',
    label: 'On-demand median',
    stroke: 'stroke-primary',
    value: (p) => p.priceMedian,
  },
  {
    key: 'bid-median',
    label: 'Interruptible median',
    stroke: 'stroke-warning',
    value: (p) => p.bidMedian,
  },
  {
    key: 'price-min',
    label: 'On-demand cheapest',
    stroke: 'stroke-primary',
    dashed: true,
    value: (p) => p.priceMin,
  },
  {
    key: 'bid-min',
    label: 'Interruptible cheapest',
    stroke: 'stroke-warning',
    dashed: true,
    value: (p) => p.bidMin,
  },
];

const OFFER_SERIES: Series<MarketPoint>[] = [
  {
    key: 'offers',
    label: 'Single-GPU offers listed',
    stroke: 'stroke-info',
    value: (p) => p.offers,
  },
];

/** The GPU to chart: the one in the URL, else the single-GPU model with the most offers. */
function defaultGpu(rows: MarketRow[]): string | null {
  const singles = rows.filter((r) => r.numGpus === 1);
  if (singles.length === 0) return null;
  return singles.reduce((best, r) => (r.offers > best.offers ? r : best), singles[0]).gpuName;
}

export function MarketPage() {
  const table = useMarketTable();
  const [params, setParams] = useSearchParams();
  const range = (RANGES as readonly string[]).includes(params.get('range') ?? '')
    ? (params.get('range') as Range)
    : '24h';
  const gpu = params.get('gpu') ?? (table.data ? defaultGpu(table.data.rows) : null);
  const history = useMarketHistory(gpu, range);

  function update(next: { gpu?: string; range?: Range }) {
    const merged = new URLSearchParams(params);
    if (next.gpu) merged.set('gpu', next.gpu);
    if (next.range) merged.set('range', next.range);
    setParams(merged, { replace: true });
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title="Spot market"
        description="What GPUs cost right now and over time, on demand and interruptible, sampled from the cloud every few minutes."
      />
      {table.data?.simulated && (
        <Alert data-testid="market-simulated">
          <FlaskConical aria-hidden="true" />
          <AlertDescription>
            Simulated cloud: these prices come from Dumont&apos;s Vast.ai simulator, not a real
            market. The day before this server&apos;s first sample is a backfill from the
            simulator&apos;s price model, marked on the charts.
          </AlertDescription>
        </Alert>
      )}
      {table.isPending ? (
        <LoadingRegion label="Loading the market…" className="block space-y-2">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </LoadingRegion>
      ) : table.isError ? (
        <ErrorState
          title="Couldn't load the market"
          error={table.error}
          onRetry={() => void table.refetch()}
          retrying={table.isFetching}
        />
      ) : table.data.rows.length === 0 ? (
        <EmptyState
          icon={ChartLine}
          title="No market samples yet"
          description="The first sample is taken a few seconds after the server starts."
        />
      ) : (
        <>
          <Card className="gap-4">
            <CardHeader>
              <CardTitle className="text-base">
                <h2>Price history</h2>
              </CardTitle>
              <CardDescription>
                $/h for a whole single-GPU offer. The shaded band is the spread between on-demand
                and interruptible prices.
              </CardDescription>
              <div className="flex flex-col gap-2 pt-2 sm:flex-row sm:items-center">
                <label className="sr-only" htmlFor="market-gpu">
                  GPU model
                </label>
                <NativeSelect
                  id="market-gpu"
                  className="sm:w-56"
                  value={gpu ?? ''}
                  onChange={(e) => update({ gpu: e.target.value })}
                >
                  {table.data.rows
                    .filter((r) => r.numGpus === 1)
                    .map((r) => (
                      <option key={r.gpuName} value={r.gpuName}>
                        {r.gpuName}
                      </option>
                    ))}
                </NativeSelect>
                <SegmentedControl
                  label="Range"
                  options={RANGES.map((r) => ({ value: r, label: r }))}
                  value={range}
                  onChange={(r) => update({ range: r })}
                />
              </div>
            </CardHeader>
            <CardContent>
              <HistoryCharts
                history={history.data}
                pending={history.isPending}
                error={history.error}
              />
            </CardContent>
          </Card>
          <Card className="gap-4">
            <CardHeader>
              <CardTitle className="text-base">
                <h2>Market now</h2>
              </CardTitle>
              <CardDescription>
                {table.data.sampledAt
                  ? `Sampled ${new Date(table.data.sampledAt).toLocaleString()}.`
                  : null}{' '}
                Prices are for the whole offer; spread is how much cheaper the median interruptible
                price is.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <MarketTableView
                rows={table.data.rows}
                selected={gpu}
                onSelect={(name) => update({ gpu: name })}
              />
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}

function HistoryCharts({
  history,
  pending,
  error,
}: {
  history: MarketHistory | undefined;
  pending: boolean;
  error: unknown;
}) {
  if (pending) {
    return (
      <LoadingRegion label="Loading price history…">
        <Skeleton className="h-56 w-full" />
      </LoadingRegion>
    );
  }
  if (!history) {
    return <ErrorState title="Couldn't load the price history" error={error} />;
  }
  const last = history.points[history.points.length - 1];
  return (
    <div className="space-y-6">
      <TimeSeriesChart
        testId="price-chart"
        summary={`${history.gpuName} prices over ${history.range}: ${history.points.length} points${
          last ? `, on-demand median now ${formatPrice(last.priceMedian)}/h` : ''
        }`}
        points={history.points}
        series={PRICE_SERIES}
        formatValue={(v) => `$${v.toFixed(2)}`}
        backfilledUntil={history.backfilledUntil}
        band
      />
      <div className="space-y-1">
        <h3 className="text-sm font-medium">Availability</h3>
        <TimeSeriesChart
          testId="availability-chart"
          summary={`${history.gpuName} offers listed over ${history.range}`}
          points={history.points}
          series={OFFER_SERIES}
          formatValue={(v) => String(Math.round(v))}
          backfilledUntil={history.backfilledUntil}
        />
      </div>
      {history.suggestedBid && (
        <div className="space-y-1">
          <h3 className="text-sm font-medium">Suggested interruptible bid</h3>
          <BidCard bid={history.suggestedBid} />
        </div>
      )}
    </div>
  );
}
