import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { WarmPoolDto } from '@/lib/api';
import { jupyterOffers, me, noOffers, serverInfo, templates } from '@/test/fixtures';
import { bodyOf, callsTo, mockApi, problem, type Handler } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { HOURS_PER_MONTH, minIdleError, monthlyCost } from './warm-pools';

beforeAll(preloadPages);

const POOLS = '/api/v1/warm-pools';

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

/** The warm-pool API over a mutable list: a PUT sets a pool's size, the list shows it. */
function poolsApi(initial: WarmPoolDto[], overrides: Record<string, unknown> = {}) {
  let pools = initial.map((pool) => ({ ...pool }));
  const put: Handler = ({ url, init }) => {
    const slug = decodeURIComponent(url.pathname.split('/').pop()!);
    const { min_idle } = JSON.parse(String(init.body)) as { min_idle: number };
    const existing = pools.find((pool) => pool.template_slug === slug);
    const pool = { template_slug: slug, min_idle, idle: existing?.idle ?? 0, starting: 1 };
    pools = [...pools.filter((p) => p.template_slug !== slug), pool];
    return pool;
  };
  return mockApi({
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    'GET /api/v1/templates': templates,
    [`GET ${POOLS}`]: () => pools,
    [`PUT ${POOLS}/jupyter-lab`]: put,
    [`PUT ${POOLS}/vllm`]: put,
    'GET /api/v1/templates/jupyter-lab/offers': jupyterOffers,
    'GET /api/v1/templates/vllm/offers': noOffers,
    ...overrides,
  });
}

function row(slug: string) {
  return screen
    .getAllByTestId('warm-pool-row')
    .find((element) => element.getAttribute('data-slug') === slug)!;
}

describe('warm-pool cost', () => {
  it('is min idle × the cheapest price × 730 h, and unknown without a price', () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(monthlyCost(2, 0.214)).toBeCloseTo(312.44, 2);
    expect(monthlyCost(2, null)).toBeNull();
    expect(minIdleError('3')).toBeUndefined();
    expect(minIdleError('11')).toMatch(/10/);
    expect(minIdleError('1.5')).toMatch(/whole/);
  });
});

describe('WarmPoolsPage', () => {
  it('lists every template with its pool, the cheapest price now and the monthly cost', async () => {
    signIn();
    poolsApi([{ template_slug: 'jupyter-lab', min_idle: 2, idle: 1, starting: 1 }]);
    renderApp('/admin/warm-pools');

    await waitFor(() => expect(screen.getAllByTestId('warm-pool-row')).toHaveLength(4));
    const jupyter = row('jupyter-lab');
    expect(within(jupyter).getByLabelText('Min idle for JupyterLab')).toHaveValue(2);
    const cells = within(jupyter).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('1');
    expect(cells[3]).toHaveTextContent('1');
    // The cheaper of the two listed offers ($0.214/h) × 2 × 730 h.
    expect(await within(jupyter).findByTestId('monthly-cost')).toHaveTextContent('$312.44');
    expect(within(jupyter).getByTestId('cheapest-price')).toHaveTextContent('$0.21/h');
    // No pool: nothing to pay, and no offer search for it.
    expect(within(row('comfy-ui')).getAllByRole('cell')[5]).toHaveTextContent('$0.00');
  });

  it('saves a new size and reads the pools again instead of guessing', async () => {
    signIn();
    const fetchMock = poolsApi([]);
    const { user } = renderApp('/admin/warm-pools');

    await waitFor(() => expect(screen.getAllByTestId('warm-pool-row')).toHaveLength(4));
    const vllm = row('vllm');
    const input = within(vllm).getByLabelText('Min idle for vLLM');
    const save = within(vllm).getByRole('button', { name: 'Save min idle for vLLM' });
    expect(save).toBeDisabled();

    await user.clear(input);
    await user.type(input, '3');
    // No offers for vLLM now: the cost is not made up.
    expect(await within(vllm).findByTestId('cheapest-price')).toHaveTextContent('No offers now');
    expect(within(vllm).getByTestId('monthly-cost')).toHaveTextContent('—');
    const listsBefore = callsTo(fetchMock, 'GET', POOLS).length;
    await user.click(save);

    await waitFor(() => expect(callsTo(fetchMock, 'PUT', `${POOLS}/vllm`)).toHaveLength(1));
    expect(bodyOf(callsTo(fetchMock, 'PUT', `${POOLS}/vllm`)[0])).toEqual({ min_idle: 3 });
    await waitFor(() =>
      expect(callsTo(fetchMock, 'GET', POOLS).length).toBeGreaterThan(listsBefore),
    );
    await waitFor(() => expect(within(row('vllm')).getAllByRole('cell')[3]).toHaveTextContent('1'));
    expect(within(row('vllm')).getByLabelText('Min idle for vLLM')).toHaveValue(3);
  });

  it('keeps an invalid size from being sent and shows a refusal inline', async () => {
    signIn();
    const fetchMock = poolsApi([], {
      [`PUT ${POOLS}/jupyter-lab`]: problem(422, 'Invalid request', 'min_idle: must be at most 10'),
    });
    const { user } = renderApp('/admin/warm-pools');

    await waitFor(() => expect(screen.getAllByTestId('warm-pool-row')).toHaveLength(4));
    const jupyter = row('jupyter-lab');
    const input = within(jupyter).getByLabelText('Min idle for JupyterLab');
    await user.clear(input);
    await user.type(input, '12');
    expect(within(jupyter).getByText('At most 10')).toBeInTheDocument();
    expect(within(jupyter).getByRole('button', { name: /Save/ })).toBeDisabled();

    await user.clear(input);
    await user.type(input, '4');
    await user.click(within(jupyter).getByRole('button', { name: /Save/ }));
    expect(await within(jupyter).findByText('min_idle: must be at most 10')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PUT', `${POOLS}/jupyter-lab`)).toHaveLength(1);
  });

  it('tells a user who is not an admin that the page is for admins, without asking for pools', async () => {
    signIn();
    const fetchMock = poolsApi([], { 'GET /api/v1/auth/me': { ...me, role: 'USER' } });
    renderApp('/admin/warm-pools');

    expect(await screen.findByTestId('admins-only')).toHaveTextContent('Admins only');
    expect(callsTo(fetchMock, 'GET', POOLS)).toHaveLength(0);
    expect(screen.queryByTestId('warm-pools-link')).not.toBeInTheDocument();
  });

  it('links admins to the page from the account menu', async () => {
    signIn();
    poolsApi([]);
    const { user, router } = renderApp('/templates');

    await user.click(await screen.findByTestId('warm-pools-link'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/warm-pools'));
  });
});
