import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { MarketHistoryDto, MarketTableDto } from '@/lib/api';
import { serverInfo } from '@/test/fixtures';
import { callsTo, mockApi } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);

const table: MarketTableDto = {
  sampled_at: '2026-07-02T12:00:00Z',
  simulated: true,
  rows: [
    {
      gpu_name: 'RTX 3090',
      num_gpus: 1,
      offers: 12,
      price_min: 0.16,
      price_p25: 0.2,
      price_median: 0.22,
      bid_min: 0.1,
      bid_median: 0.12,
      reliability_median: 0.99,
      spread: 0.45,
      regions: [],
    },
    {
      gpu_name: 'RTX 4090',
      num_gpus: 1,
      offers: 30,
      price_min: 0.32,
      price_p25: 0.6,
      price_median: 0.7,
      bid_min: 0.25,
      bid_median: 0.31,
      reliability_median: 0.99,
      spread: 0.557,
      regions: [],
    },
  ],
};

function history(gpu: string): MarketHistoryDto {
  const start = Date.parse('2026-07-01T12:00:00Z');
  return {
    gpu_name: gpu,
    num_gpus: 1,
    region: 'all',
    range: '24h',
    simulated: true,
    backfilled_until: new Date(start + 5 * 600_000).toISOString(),
    points: Array.from({ length: 10 }, (_, i) => ({
      at: new Date(start + i * 600_000).toISOString(),
      resolution: 'raw',
      offers: 28 + i,
      price_min: 0.32,
      price_p25: 0.6,
      price_median: 0.7,
      bid_min: i === 4 ? undefined : 0.25 + i / 100,
      bid_median: 0.31,
      reliability_median: 0.99,
      backfilled: i <= 5,
    })),
    suggested_bid: {
      gpu_name: gpu,
      num_gpus: 1,
      window_hours: 168,
      target_risk: 0.1,
      bid_per_hour: 0.33,
      outbid_risk: 0.1,
      samples: 9,
      on_demand_median: 0.7,
      savings: 0.529,
      ladder: [{ bid_per_hour: 0.29, outbid_risk: 0.5 }],
    },
  };
}

describe('MarketPage', () => {
  it('charts the busiest model by default, with a line per series, the backfill and a bid', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/spot/market': table,
      'GET /api/v1/spot/market/RTX%204090': history('RTX 4090'),
    });
    renderApp('/market');

    const chart = await screen.findByTestId('price-chart');
    const median = chart.querySelector('path[data-series="price-median"]');
    expect(median?.getAttribute('data-points')).toBe('10');
    expect(median?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){9}$/);
    const bids = chart.querySelector('path[data-series="bid-min"]');
    expect(bids?.getAttribute('data-points')).toBe('9');
    expect(bids?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(screen.getByTestId('price-chart-band')).toBeInTheDocument();
    expect(screen.getByTestId('price-chart-backfill')).toHaveTextContent('simulated backfill');
    expect(
      screen.getByTestId('availability-chart').querySelector('path[data-series="offers"]'),
    ).toHaveAttribute('data-points', '10');
    expect(screen.getByTestId('bid-suggestion')).toHaveTextContent('Bid $0.33/h');
    expect(screen.getByTestId('market-simulated')).toHaveTextContent('Simulated cloud');
    expect(callsTo(fetchMock, 'GET', '/api/v1/spot/market/RTX%204090')[0].url.search).toBe(
      '?range=24h',
    );
  });

  it('switches model from the table and range from the control', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/spot/market': table,
      'GET /api/v1/spot/market/RTX%204090': history('RTX 4090'),
      'GET /api/v1/spot/market/RTX%203090': history('RTX 3090'),
    });
    const { user } = renderApp('/market');

    const rows = await screen.findByTestId('market-table');
    await user.click(within(rows).getByRole('button', { name: 'RTX 3090' }));
    await user.click(screen.getByRole('button', { name: '7d' }));

    const calls = callsTo(fetchMock, 'GET', '/api/v1/spot/market/RTX%203090');
    expect(calls.map((c) => c.url.searchParams.get('range'))).toContain('7d');
  });

  it('says when nothing was sampled yet', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/spot/market': { sampled_at: null, simulated: false, rows: [] },
    });
    renderApp('/market');
    expect(await screen.findByText('No market samples yet')).toBeInTheDocument();
  });
});
