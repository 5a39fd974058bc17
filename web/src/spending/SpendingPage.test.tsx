import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { BudgetDto } from '@/lib/api';
import { me, runningDeployment, serverInfo } from '@/test/fixtures';
import { bodyOf, callsTo, mockApi } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { parseBudget } from './model';

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

const base = { 'GET /api/v1/info': serverInfo, 'GET /api/v1/auth/me': me };

const budget: BudgetDto = {
  monthly_budget_usd: 50,
  month: '2026-07',
  spent_usd: 41.5,
  share: 0.83,
  thresholds_reached: [50, 80],
  deployments: [
    { id: 'd-1', template_name: 'JupyterLab', status: 'running', cost_this_month_usd: 30 },
    { id: 'd-2', template_name: 'ComfyUI', status: 'destroyed', cost_this_month_usd: 11.5 },
  ],
  notices: [
    {
      month: '2026-07',
      threshold: 80,
      budget_usd: 50,
      spent_usd: 40.12,
      at: '2026-07-20T10:00:00Z',
      message: 'Budget: 80 % of your $50 monthly budget is spent ($40.12)',
    },
    {
      month: '2026-07',
      threshold: 50,
      budget_usd: 50,
      spent_usd: 25.01,
      at: '2026-07-12T10:00:00Z',
      message: 'Budget: 50 % of your $50 monthly budget is spent ($25.01)',
    },
  ],
};

const noBudget: BudgetDto = {
  monthly_budget_usd: null as unknown as undefined,
  month: '2026-07',
  spent_usd: 0,
  share: null as unknown as undefined,
  thresholds_reached: [],
  deployments: [],
  notices: [],
};

beforeAll(preloadPages);

describe('SpendingPage', () => {
  it('draws the spend against the budget with its thresholds, the deployments and the notices', async () => {
    signIn();
    mockApi({ ...base, 'GET /api/v1/budget': budget });
    renderApp('/spending');

    const gauge = await screen.findByTestId('budget-gauge');
    expect(gauge).toHaveAttribute('aria-label', '$41.50 spent of a $50 budget (83 %)');
    const marks = within(gauge).getAllByTestId('budget-threshold');
    expect(marks.map((m) => [m.dataset.threshold, m.dataset.reached])).toEqual([
      ['50', 'true'],
      ['80', 'true'],
      ['100', 'false'],
    ]);
    const fill = within(gauge).getByTestId('budget-gauge-fill');
    const full = Number(gauge.querySelector('rect')?.getAttribute('width'));
    expect(Number(fill.getAttribute('width')) / full).toBeCloseTo(0.83, 2);
    expect(screen.getByTestId('month-spend')).toHaveTextContent('$41.50 of $50 (83 %)');
    expect(screen.getByRole('heading', { name: 'July 2026' })).toBeInTheDocument();

    const rows = within(screen.getByTestId('spend-table')).getAllByTestId('spend-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('JupyterLab');
    expect(rows[0]).toHaveTextContent('$30.00');
    expect(within(rows[0]).getByRole('link', { name: 'JupyterLab' })).toHaveAttribute(
      'href',
      '/deployments/d-1',
    );
    expect(rows[1]).toHaveTextContent('destroyed');

    const notices = screen.getAllByTestId('notice');
    expect(notices.map((n) => n.dataset.threshold)).toEqual(['80', '50']);
    expect(notices[0]).toHaveTextContent('80 % of your $50 monthly budget is spent ($40.12)');
  });

  it('draws an overspent budget past its end', async () => {
    signIn();
    mockApi({
      ...base,
      'GET /api/v1/budget': {
        ...budget,
        spent_usd: 75,
        share: 1.5,
        thresholds_reached: [50, 80, 100],
      },
    });
    renderApp('/spending');

    const gauge = await screen.findByTestId('budget-gauge');
    const full = Number(gauge.querySelector('rect')?.getAttribute('width'));
    const fill = within(gauge).getByTestId('budget-gauge-fill');
    expect(Number(fill.getAttribute('width'))).toBeCloseTo(full);
    const hundred = within(gauge)
      .getAllByTestId('budget-threshold')
      .find((m) => m.dataset.threshold === '100');
    expect(hundred).toHaveAttribute('data-reached', 'true');
    expect(Number(hundred?.querySelector('line')?.getAttribute('x1'))).toBeLessThan(full * 0.7 + 8);
  });

  it('sets a budget after checking it inline, and shows the server refusal at the field', async () => {
    signIn();
    let answer: unknown = { body: noBudget };
    const fetchMock = mockApi({
      ...base,
      'GET /api/v1/budget': noBudget,
      'PUT /api/v1/budget': () => answer,
    });
    const { user } = renderApp('/spending');

    expect(await screen.findByText('No notices yet')).toBeInTheDocument();
    expect(screen.queryByTestId('budget-gauge')).not.toBeInTheDocument();
    expect(screen.getByTestId('month-spend')).toHaveTextContent('no budget set');
    expect(screen.getByText('Nothing spent this month')).toBeInTheDocument();

    const field = screen.getByLabelText('Monthly budget (USD)');
    await user.type(field, 'lots');
    await user.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(await screen.findByText('Enter an amount in dollars, e.g. 50')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PUT', '/api/v1/budget')).toHaveLength(0);

    answer = {
      status: 422,
      body: {
        type: 'https://dumont.cloud/problems/invalid-budget',
        title: 'Invalid budget',
        status: 422,
        detail: 'The budget was not changed',
        errors: [{ field: 'monthly_budget_usd', message: 'must be at most 100000' }],
      },
    };
    await user.clear(field);
    await user.type(field, '20');
    await user.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(await screen.findByText('must be at most 100000')).toBeInTheDocument();

    answer = { body: { ...noBudget, monthly_budget_usd: 20, share: 0, thresholds_reached: [] } };
    await user.click(screen.getByRole('button', { name: 'Save budget' }));
    expect(await screen.findByTestId('budget-gauge')).toBeInTheDocument();
    const puts = callsTo(fetchMock, 'PUT', '/api/v1/budget');
    expect(puts).toHaveLength(2);
    expect(bodyOf(puts[1])).toEqual({ monthly_budget_usd: 20 });
  });

  it("shows this month's spend on the deployments page and is linked from the account menu", async () => {
    signIn();
    mockApi({
      ...base,
      'GET /api/v1/budget': budget,
      'GET /api/v1/deployments': [runningDeployment],
    });
    const { user } = renderApp('/deployments');

    expect(await screen.findByTestId('spent-this-month')).toHaveTextContent(
      'Spent this month: $41.50 of $50',
    );
    expect(screen.queryByTestId('saved-to-date')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('spending-link'));
    expect(await screen.findByTestId('budget-gauge')).toBeInTheDocument();
  });

  it('shows what hibernation saved to date on the spending page and beside the spend', async () => {
    signIn();
    mockApi({
      ...base,
      'GET /api/v1/budget': { ...budget, saved_usd: 12.345 },
      'GET /api/v1/deployments': [runningDeployment],
    });
    const { user } = renderApp('/deployments');

    expect(await screen.findByTestId('spent-this-month')).toHaveTextContent(
      'Spent this month: $41.50 of $50 · Saved by hibernation: $12.35',
    );
    await user.click(screen.getByTestId('spent-this-month'));
    expect(await screen.findByTestId('saved-by-hibernation')).toHaveTextContent(
      'Hibernation has saved you $12.35 to date (all months)',
    );
  });

  it('says plainly when hibernation has saved nothing yet', async () => {
    signIn();
    mockApi({ ...base, 'GET /api/v1/budget': { ...noBudget, saved_usd: 0 } });
    renderApp('/spending');

    expect(await screen.findByTestId('saved-by-hibernation')).toHaveTextContent(
      'Nothing saved by hibernation yet',
    );
  });

  it('asks to sign in when signed out', async () => {
    mockApi(base);
    renderApp('/spending');
    expect(await screen.findByText('Sign in to see your spending')).toBeInTheDocument();
  });
});

describe('parseBudget', () => {
  it('takes dollars, an empty field as no budget, and refuses the rest', () => {
    expect(parseBudget(' 50 ')).toEqual({ value: 50 });
    expect(parseBudget('$49.5')).toEqual({ value: 49.5 });
    expect(parseBudget('')).toEqual({ value: null });
    expect(parseBudget('0')).toHaveProperty('error');
    expect(parseBudget('100000.01')).toHaveProperty('error');
    expect(parseBudget('1e3')).toHaveProperty('error');
    expect(parseBudget('-5')).toHaveProperty('error');
  });
});
