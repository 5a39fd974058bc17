import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  destroyedDeployment,
  me,
  runningDeployment,
  serverInfo,
  unhealthyDeployment,
} from '@/test/fixtures';
import { mockApi, problem } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { formatAge, formatElapsed } from '@/lib/format';

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

const base = { 'GET /api/v1/info': serverInfo, 'GET /api/v1/auth/me': me };
const list = [runningDeployment, unhealthyDeployment, destroyedDeployment];

function deletes(fetchMock: ReturnType<typeof mockApi>) {
  return fetchMock.mock.calls.filter(([, init]) => init?.method === 'DELETE');
}

beforeAll(preloadPages);

describe('format', () => {
  it('formats stopwatches and ages', () => {
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatAge(30_000)).toBe('just now');
    expect(formatAge(4 * 60_000)).toBe('4 min');
    expect(formatAge(3 * 3_600_000)).toBe('3 h');
    expect(formatAge(72 * 3_600_000)).toBe('3 d');
  });
});

describe('DeploymentsPage', () => {
  it('marks an interruptible deployment with its bid next to its price', async () => {
    signIn();
    mockApi({
      ...base,
      'GET /api/v1/deployments': [
        { ...runningDeployment, bid_per_hour: 0.185 },
        unhealthyDeployment,
      ],
    });
    renderApp('/deployments');

    const table = await screen.findByTestId('deployments-table');
    const rows = within(table).getAllByTestId('deployment-row');
    expect(within(rows[0]).getByTestId('row-bid')).toHaveTextContent(
      'Interruptible · bid $0.185/h',
    );
    expect(within(rows[1]).queryByTestId('row-bid')).not.toBeInTheDocument();
  });

  it('lists active deployments with their status, price and link, and all on request', async () => {
    signIn();
    mockApi({ ...base, 'GET /api/v1/deployments': list });
    const { user } = renderApp('/deployments');

    const table = await screen.findByTestId('deployments-table');
    let rows = within(table).getAllByTestId('deployment-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('JupyterLab');
    expect(rows[0]).toHaveTextContent('RTX 3090');
    expect(rows[0]).toHaveTextContent('$0.21/h');
    expect(within(rows[0]).getByText('running')).toHaveAttribute('data-status', 'running');
    expect(within(rows[0]).getByRole('link', { name: 'JupyterLab' })).toHaveAttribute(
      'href',
      `/deployments/${runningDeployment.id}`,
    );
    expect(within(rows[0]).getByTestId('endpoint-link')).toHaveAttribute(
      'href',
      'http://203.0.113.7:41888/lab?token=s3cret-token',
    );
    expect(within(rows[1]).getByText('unhealthy')).toBeInTheDocument();
    expect(within(rows[1]).queryByTestId('endpoint-link')).not.toBeInTheDocument();
    expect(screen.getByText('2 active of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'All' }));
    rows = within(table).getAllByTestId('deployment-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2]).getByText('destroyed')).toBeInTheDocument();
    expect(within(rows[2]).queryByTestId('destroy-button')).not.toBeInTheDocument();
  });

  it('asks for confirmation before destroying, and keeps the deployment on cancel', async () => {
    signIn();
    const fetchMock = mockApi({
      ...base,
      'GET /api/v1/deployments': list,
      [`DELETE /api/v1/deployments/${runningDeployment.id}`]: {
        status: 202,
        body: { ...runningDeployment, status: 'destroying' },
      },
    });
    const { user } = renderApp('/deployments');

    const [row] = await screen.findAllByTestId('deployment-row');
    await user.click(within(row).getByRole('button', { name: 'Destroy JupyterLab' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Destroy JupyterLab?' });
    expect(dialog).toHaveTextContent('Dumont releases the RTX 3090 instance and billing stops.');

    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(deletes(fetchMock)).toHaveLength(0);

    await user.click(within(row).getByTestId('destroy-button'));
    dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByTestId('confirm-destroy'));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(deletes(fetchMock)).toHaveLength(1);
    expect(String(deletes(fetchMock)[0][0])).toBe(`/api/v1/deployments/${runningDeployment.id}`);
  });

  it("shows the server's reason when a destroy fails, in the dialog", async () => {
    signIn();
    mockApi({
      ...base,
      'GET /api/v1/deployments': [runningDeployment],
      [`DELETE /api/v1/deployments/${runningDeployment.id}`]: problem(
        503,
        'GPU provider unavailable',
        'The GPU provider did not answer; try again in a minute',
      ),
    });
    const { user } = renderApp('/deployments');

    await user.click(await screen.findByTestId('destroy-button'));
    await user.click(await screen.findByTestId('confirm-destroy'));

    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The GPU provider did not answer; try again in a minute',
    );
  });

  it('points to the templates when there is nothing deployed', async () => {
    signIn();
    mockApi({ ...base, 'GET /api/v1/deployments': [] });
    renderApp('/deployments');

    expect(await screen.findByRole('heading', { name: 'No deployments yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse templates' })).toHaveAttribute(
      'href',
      '/templates',
    );
  });

  it('shows an error state when the list cannot be loaded', async () => {
    signIn();
    mockApi({
      ...base,
      'GET /api/v1/deployments': problem(500, 'Internal Server Error', 'Boom'),
    });
    renderApp('/deployments');

    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load your deployments");
  });

  it('is in the header for signed-in users only', async () => {
    mockApi({ ...base, 'GET /api/v1/templates': [] });
    const { unmount } = renderApp('/templates');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Deployments' })).not.toBeInTheDocument();
    unmount();

    signIn();
    mockApi({ ...base, 'GET /api/v1/deployments': [] });
    renderApp('/deployments');
    const signedInNav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(signedInNav).getByRole('link', { name: 'Deployments' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByRole('heading', { name: 'No deployments yet' })).toBeInTheDocument();
  });
});
