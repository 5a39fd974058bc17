import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { DeploymentDto, StandbyDto } from '@/lib/api';
import { destroyedDeployment, me, runningDeployment, serverInfo } from '@/test/fixtures';
import {
  bodyOf,
  callsTo,
  eventStream,
  mockApi,
  problem,
  type Handler,
  type HandlerRequest,
} from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { intervalChoices } from './failover';

const id = runningDeployment.id!;
const path = `/api/v1/deployments/${id}`;

const deployment: DeploymentDto = {
  ...runningDeployment,
  hibernation: { enabled: true, idle_threshold_pct: 5, idle_window_seconds: 180, saved_usd: 0 },
};

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const on: StandbyDto = {
  deployment_id: id,
  template_name: 'JupyterLab',
  status: 'running',
  enabled: true,
  restores_workspace: true,
  snapshot_interval_seconds: 1800,
  latest_snapshot_at: minutesAgo(12),
};

/** Another deployment of the same user, which the panel must leave alone. */
const other: StandbyDto = { ...on, deployment_id: '9d3c2f4a-0000-4000-8000-0000000000ff' };

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function serve(
  current: () => DeploymentDto,
  standby: Handler | unknown,
  more: Record<string, Handler | unknown> = {},
) {
  return mockApi({
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    [`GET ${path}`]: current,
    [`GET ${path}/events`]: ({ init }: HandlerRequest) =>
      new Headers(init.headers).get('Accept')?.includes('text/event-stream') ? eventStream([]) : [],
    [`GET ${path}/snapshots`]: [],
    'GET /api/v1/standby': standby,
    ...more,
  });
}

beforeAll(preloadPages);

describe('FailoverPanel', () => {
  it('shows failover on with its interval and latest snapshot, and turns it off', async () => {
    signIn();
    let saved = on;
    const fetchMock = serve(
      () => deployment,
      () => [other, saved],
      {
        'POST /api/v1/standby': ({ init }: HandlerRequest) => {
          const body = JSON.parse(String(init.body)) as { enabled: boolean };
          saved = { ...on, enabled: body.enabled, restores_workspace: body.enabled };
          return saved;
        },
      },
    );
    const { user } = renderApp(`/deployments/${id}`);

    const panel = await screen.findByTestId('failover-settings');
    const toggle = within(panel).getByRole('switch', { name: /Move to a new host when/ });
    expect(toggle).toBeChecked();
    expect(within(panel).getByLabelText('Snapshot every')).toHaveDisplayValue('30 min');
    expect(within(panel).getByTestId('failover-latest-snapshot')).toHaveTextContent(
      'Latest snapshot: 12 min ago',
    );
    expect(panel).toHaveTextContent('restores the latest workspace snapshot');

    await user.click(toggle);

    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/standby')[0])).toEqual({
      deployment_id: id,
      enabled: false,
    });
    expect(panel).toHaveTextContent('A lost host fails the deployment');
  });

  it('sets the snapshot interval and keeps failover as it is', async () => {
    signIn();
    const fetchMock = serve(
      () => deployment,
      () => [on],
      {
        'POST /api/v1/standby': { ...on, snapshot_interval_seconds: 900 },
      },
    );
    const { user } = renderApp(`/deployments/${id}`);

    const select = await screen.findByLabelText('Snapshot every');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['5 min', '15 min', '30 min', '1 h', '4 h']);
    await user.selectOptions(select, '15 min');

    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/v1/standby')).toHaveLength(1));
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/standby')[0])).toEqual({
      deployment_id: id,
      enabled: true,
      snapshot_interval_seconds: 900,
    });
    await waitFor(() => expect(select).toHaveDisplayValue('15 min'));
  });

  it('shows the server refusing a change and the setting as it was', async () => {
    signIn();
    serve(
      () => deployment,
      () => [on],
      {
        'POST /api/v1/standby': problem(
          409,
          'Conflict',
          'Failover is for Vast.ai deployments; Kubernetes restarts a DGD’s pods itself',
        ),
      },
    );
    const { user } = renderApp(`/deployments/${id}`);

    const toggle = await screen.findByRole('switch', { name: /Move to a new host when/ });
    await user.click(toggle);

    expect(await screen.findByTestId('failover-error')).toHaveTextContent(
      'Failover is for Vast.ai deployments',
    );
    expect(toggle).toBeChecked();
  });

  it('warns that a new host would start fresh when no agent reports, and when none was taken', async () => {
    signIn();
    serve(
      () => deployment,
      () => [{ ...on, restores_workspace: false, latest_snapshot_at: undefined }],
    );
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('failover-no-restore')).toHaveTextContent(
      'a new host would start with a fresh workspace',
    );
    expect(screen.getByTestId('failover-latest-snapshot')).toHaveTextContent('No snapshot yet');
  });

  it('says when the first snapshot comes while the agent reports, and shows an interval set elsewhere', async () => {
    signIn();
    serve(
      () => deployment,
      () => [{ ...on, latest_snapshot_at: undefined, snapshot_interval_seconds: 7200 }],
    );
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('failover-latest-snapshot')).toHaveTextContent(
      'No snapshot yet: the first within 2 h',
    );
    expect(screen.getByLabelText('Snapshot every')).toHaveDisplayValue('2 h');
    expect(screen.queryByTestId('failover-no-restore')).not.toBeInTheDocument();
  });

  it('moves a running deployment to a new host only after confirmation', async () => {
    signIn();
    let moved = false;
    const provisioning: DeploymentDto = {
      ...deployment,
      status: 'provisioning',
      status_message: 'Failover: failover requested; renting a new instance on another host',
      endpoints: [],
    };
    const fetchMock = serve(
      () => (moved ? provisioning : deployment),
      () => [{ ...on, status: moved ? 'provisioning' : 'running' }],
      {
        'POST /api/v1/standby/failover': () => {
          moved = true;
          return { status: 202, body: provisioning };
        },
      },
    );
    const { user } = renderApp(`/deployments/${id}`);

    await user.click(await screen.findByTestId('failover-now-button'));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Move JupyterLab to a new host now?',
    });
    expect(dialog).toHaveTextContent(
      'Dumont destroys instance 9001 and rents a new one on another host, which restores the latest snapshot, taken 12 min ago: work since then is lost.',
    );
    expect(callsTo(fetchMock, 'POST', '/api/v1/standby/failover')).toHaveLength(0);

    await user.click(within(dialog).getByTestId('confirm-failover'));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/standby/failover')[0])).toEqual({
      deployment_id: id,
    });
    await waitFor(() =>
      expect(screen.getByTestId('deployment-status')).toHaveTextContent('provisioning'),
    );
    expect(screen.queryByTestId('failover-now-button')).not.toBeInTheDocument();
  });

  it('says a move without a snapshot loses the disk, and shows a refusal in the dialog', async () => {
    signIn();
    serve(
      () => ({ ...deployment, status: 'unhealthy' }),
      () => [{ ...on, enabled: false, restores_workspace: false, latest_snapshot_at: undefined }],
      {
        'POST /api/v1/standby/failover': problem(
          409,
          'Conflict',
          'Only a running or unhealthy deployment can fail over; this one is hibernated',
        ),
      },
    );
    const { user } = renderApp(`/deployments/${id}`);

    await user.click(await screen.findByTestId('failover-now-button'));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'which starts with a fresh workspace: no snapshot has been taken, so everything on the current disk is lost',
    );
    await user.click(within(dialog).getByTestId('confirm-failover'));

    expect(
      await within(dialog).findByText(
        'Only a running or unhealthy deployment can fail over; this one is hibernated',
      ),
    ).toBeVisible();
  });

  it('keeps the settings but offers no move while hibernated', async () => {
    signIn();
    serve(
      () => ({
        ...deployment,
        status: 'hibernated',
        endpoints: [],
        hibernation: { ...deployment.hibernation!, stage: 'stopped' },
      }),
      () => [{ ...on, status: 'hibernated' }],
    );
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('failover-settings')).toBeInTheDocument();
    expect(screen.queryByTestId('failover-now-button')).not.toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    signIn();
    serve(() => deployment, problem(500, 'Internal error', 'The database is unavailable'));
    renderApp(`/deployments/${id}`);

    const panel = await screen.findByTestId('failover-panel');
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      "Couldn't load the failover setting",
    );
    expect(within(panel).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('is not shown for a destroyed deployment', async () => {
    signIn();
    const fetchMock = serve(() => ({ ...destroyedDeployment, id }), []);
    renderApp(`/deployments/${id}`);

    await screen.findByTestId('deployment-summary');
    expect(screen.queryByTestId('failover-panel')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', '/api/v1/standby')).toHaveLength(0);
  });

  it('offers the usual intervals with one set elsewhere in its place', () => {
    expect(intervalChoices(1800).map((c) => c.label)).toEqual([
      '5 min',
      '15 min',
      '30 min',
      '1 h',
      '4 h',
    ]);
    expect(intervalChoices(5400).map((c) => c.seconds)).toEqual([
      300, 900, 1800, 3600, 5400, 14_400,
    ]);
  });
});
