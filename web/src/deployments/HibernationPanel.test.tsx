import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { DeploymentDto } from '@/lib/api';
import { me, runningDeployment, serverInfo } from '@/test/fixtures';
import {
  bodyOf,
  callsTo,
  eventStream,
  mockApi,
  type Handler,
  type HandlerRequest,
} from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { formatHourMinute } from './hibernation';

const id = runningDeployment.id!;
const path = `/api/v1/deployments/${id}`;

const hibernation = {
  enabled: true,
  idle_threshold_pct: 5,
  idle_window_seconds: 1800,
  saved_usd: 0,
};

const awake: DeploymentDto = { ...runningDeployment, hibernation, cost_usd: 1.25 };

const idle: DeploymentDto = {
  ...awake,
  hibernation: {
    ...hibernation,
    idle_since: '2025-11-24T10:30:00Z',
    hibernates_at: '2025-11-24T11:00:00Z',
    last_signal: 'GPU 2%, no busy Jupyter kernel',
  },
};

const hibernated: DeploymentDto = {
  ...awake,
  status: 'hibernated',
  status_message: 'Stopped while idle',
  endpoints: [],
  bid_per_hour: 0.185,
  hibernation: { ...hibernation, hibernated_at: '2025-11-24T11:00:00Z', saved_usd: 0.4321 },
};

/** The hibernation timeline's current stage. */
function currentStage() {
  const timeline = screen.getByTestId('hibernation-timeline');
  const current = within(timeline)
    .getAllByRole('listitem')
    .filter((item) => item.getAttribute('aria-current') === 'step');
  expect(current).toHaveLength(1);
  return current[0];
}

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function serve(deployment: () => DeploymentDto, more: Record<string, Handler | unknown> = {}) {
  return mockApi({
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    [`GET ${path}`]: deployment,
    [`GET ${path}/events`]: ({ init }: HandlerRequest) =>
      new Headers(init.headers).get('Accept')?.includes('text/event-stream') ? eventStream([]) : [],
    [`GET ${path}/snapshots`]: [],
    'GET /api/v1/standby': [],
    ...more,
  });
}

beforeAll(preloadPages);

describe('HibernationPanel', () => {
  it('wakes a hibernated deployment and follows it to waking', async () => {
    signIn();
    let woken = false;
    const fetchMock = serve(() => (woken ? { ...hibernated, status: 'waking' } : hibernated), {
      [`POST ${path}/wake`]: () => {
        woken = true;
        return { status: 202, body: { ...hibernated, status: 'waking' } };
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    const panel = await screen.findByTestId('hibernation-panel');
    expect(within(panel).getByTestId('hibernation-state')).toHaveTextContent(
      /Stopped while idle since \d\d:\d\d; no GPU billed/,
    );
    expect(within(panel).getByTestId('hibernation-saved')).toHaveTextContent('$0.4321');
    expect(screen.getByTestId('deployment-saved')).toHaveTextContent('$0.4321');
    expect(screen.getByTestId('deployment-bid')).toHaveTextContent('Interruptible · bid $0.185/h');
    expect(screen.getByTestId('deployment-summary')).toHaveTextContent(
      'Interruptible · bid $0.185/h',
    );

    await user.click(within(panel).getByTestId('wake-button'));
    await waitFor(() =>
      expect(screen.getByTestId('deployment-status')).toHaveTextContent('waking'),
    );
    expect(callsTo(fetchMock, 'POST', `${path}/wake`)).toHaveLength(1);
    expect(within(panel).getByTestId('hibernation-state')).toHaveTextContent('Waking up');
    expect(within(panel).getByTestId('hibernation-state')).toHaveTextContent(
      'Its disk holds the only copy of your workspace (no snapshot was taken), so if its GPU was taken meanwhile, Dumont waits for it rather than move you to a new host.',
    );
    expect(screen.queryByTestId('wake-button')).not.toBeInTheDocument();
  });

  it('says a stuck restart races a restored instance when the hibernation took a snapshot', async () => {
    signIn();
    serve(() => ({
      ...hibernated,
      status: 'waking',
      hibernation: {
        ...hibernated.hibernation!,
        snapshot_id: '5a0c0000-0000-4000-8000-000000000001',
      },
    }));
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('hibernation-state')).toHaveTextContent(
      'If its GPU was taken meanwhile, a new instance that restores the workspace snapshot races it, and the first to answer is kept (1–2 min).',
    );
  });

  it('shows the idle countdown and hibernates only after confirmation', async () => {
    signIn();
    let stopped = false;
    const fetchMock = serve(() => (stopped ? { ...idle, status: 'hibernating' } : idle), {
      [`POST ${path}/hibernate`]: () => {
        stopped = true;
        return { status: 202, body: { ...idle, status: 'hibernating' } };
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    const countdown = await screen.findByTestId('idle-countdown');
    expect(countdown).toHaveTextContent(
      /Idle — hibernates at \d\d:\d\d unless the GPU or the app gets busy/,
    );
    expect(countdown).toHaveTextContent('Last reading: GPU 2%, no busy Jupyter kernel');
    // Nothing saved yet: the fact stays out of the way.
    expect(screen.queryByTestId('deployment-saved')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('hibernate-button'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Hibernate JupyterLab now?' });
    expect(dialog).toHaveTextContent('its GPU is no longer billed');
    expect(callsTo(fetchMock, 'POST', `${path}/hibernate`)).toHaveLength(0);

    await user.click(within(dialog).getByTestId('confirm-hibernate'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(callsTo(fetchMock, 'POST', `${path}/hibernate`)).toHaveLength(1);
    expect(screen.getByTestId('deployment-status')).toHaveTextContent('hibernating');
    expect(screen.getByTestId('hibernation-state')).toHaveTextContent('Hibernating');
  });

  it('validates the settings, sends them in seconds and shows the server refusing them', async () => {
    signIn();
    const fetchMock = serve(() => awake, {
      [`PUT ${path}/hibernation`]: {
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Invalid request',
          status: 422,
          detail: 'idle_window_seconds: must be at most 86400',
          errors: [{ field: 'idle_window_seconds', message: 'must be at most 86400' }],
        },
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    const settings = await screen.findByTestId('hibernation-settings');
    const threshold = within(settings).getByLabelText('GPU idle below (%)');
    const window = within(settings).getByLabelText('Idle for (minutes)');
    expect(threshold).toHaveValue(5);
    expect(window).toHaveValue(30);

    await user.clear(threshold);
    await user.type(threshold, '60');
    await user.click(within(settings).getByTestId('save-hibernation'));
    expect(within(settings).getByText('Between 1 and 50 percent')).toBeInTheDocument();
    expect(threshold).toHaveFocus();
    expect(callsTo(fetchMock, 'PUT', `${path}/hibernation`)).toHaveLength(0);

    await user.clear(threshold);
    await user.type(threshold, '12');
    await user.clear(window);
    await user.type(window, '45');
    await user.click(within(settings).getByTestId('save-hibernation'));

    await waitFor(() => expect(callsTo(fetchMock, 'PUT', `${path}/hibernation`)).toHaveLength(1));
    expect(bodyOf(callsTo(fetchMock, 'PUT', `${path}/hibernation`)[0])).toEqual({
      enabled: true,
      idle_threshold_pct: 12,
      idle_window_seconds: 2700,
      working_hours: null,
      max_run_seconds: null,
    });
    expect(await within(settings).findByTestId('hibernation-settings-error')).toHaveTextContent(
      'idle_window_seconds: must be at most 86400',
    );
    expect(within(settings).getByText('must be at most 86400')).toBeInTheDocument();
  });

  it('turns auto-hibernation off and shows the saved state', async () => {
    signIn();
    let current = awake;
    const fetchMock = serve(() => current, {
      [`PUT ${path}/hibernation`]: ({ init }: HandlerRequest) => {
        const body = JSON.parse(String(init.body)) as { enabled: boolean };
        current = { ...awake, hibernation: { ...hibernation, enabled: body.enabled } };
        return current;
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    const settings = await screen.findByTestId('hibernation-settings');
    const save = within(settings).getByTestId('save-hibernation');
    expect(save).toBeDisabled();
    await user.click(within(settings).getByRole('switch', { name: /Hibernate when idle/ }));
    await user.click(save);

    expect(await within(settings).findByRole('status')).toHaveTextContent('Saved');
    expect(bodyOf(callsTo(fetchMock, 'PUT', `${path}/hibernation`)[0])).toEqual({
      enabled: false,
      idle_threshold_pct: 5,
      idle_window_seconds: 1800,
      working_hours: null,
      max_run_seconds: null,
    });
  });

  it('shows the working hours and run time limit with the time left before each stops it', async () => {
    signIn();
    const now = Date.now();
    serve(() => ({
      ...awake,
      hibernation: {
        ...hibernation,
        working_hours: {
          time_zone: 'Europe/Paris',
          days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
          start: '09:00:00',
          end: '19:00:00',
        },
        max_run_seconds: 28_800,
        running_since: new Date(now - 5 * 3600_000).toISOString(),
        hours_stop_at: new Date(now + (2 * 60 + 13) * 60_000 + 30_000).toISOString(),
        max_run_stop_at: new Date(now + 3 * 3600_000 + 30_000).toISOString(),
      },
    }));
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('schedule-hours')).toHaveTextContent(
      'Stops outside Mon–Fri 09:00–19:00 (Europe/Paris): in 2 h 13 min',
    );
    expect(screen.getByTestId('schedule-max-run')).toHaveTextContent(
      'Stops after 8 h running: in 3 h',
    );
    const settings = screen.getByTestId('hibernation-settings');
    expect(within(settings).getByLabelText('Time zone')).toHaveValue('Europe/Paris');
    expect(within(settings).getByLabelText('From')).toHaveValue('09:00');
    expect(within(settings).getByLabelText('Max run time')).toHaveValue('8h');
    expect(within(settings).getByTestId('save-hibernation')).toBeDisabled();
  });

  it("sets working hours in the browser's time zone and a run time limit", async () => {
    signIn();
    const fetchMock = serve(() => awake, {
      [`PUT ${path}/hibernation`]: () => awake,
    });
    const { user } = renderApp(`/deployments/${id}`);

    const settings = await screen.findByTestId('hibernation-settings');
    expect(screen.queryByTestId('hibernation-schedule')).not.toBeInTheDocument();
    await user.click(within(settings).getByRole('switch', { name: /Stop outside working hours/ }));
    expect(within(settings).getByLabelText('Time zone')).toHaveValue(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    const day = (name: string) => within(settings).getByRole('button', { name });
    expect(day('Mon')).toHaveAttribute('aria-pressed', 'true');
    expect(day('Sat')).toHaveAttribute('aria-pressed', 'false');
    await user.click(day('Mon'));
    await user.click(day('Sat'));
    fireEvent.change(within(settings).getByLabelText('From'), { target: { value: '08:30' } });
    const zone = within(settings).getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Asia/Tokyo');
    await user.click(within(settings).getByRole('switch', { name: /Limit the run time/ }));
    const maxRun = within(settings).getByLabelText('Max run time');
    await user.clear(maxRun);
    await user.type(maxRun, '1h 30m');
    await user.click(within(settings).getByTestId('save-hibernation'));

    await waitFor(() => expect(callsTo(fetchMock, 'PUT', `${path}/hibernation`)).toHaveLength(1));
    expect(bodyOf(callsTo(fetchMock, 'PUT', `${path}/hibernation`)[0])).toEqual({
      enabled: true,
      idle_threshold_pct: 5,
      idle_window_seconds: 1800,
      working_hours: {
        time_zone: 'Asia/Tokyo',
        days: ['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'],
        start: '08:30',
        end: '19:00',
      },
      max_run_seconds: 5400,
    });
  });

  it('checks the schedule before sending it and shows where the server refused it', async () => {
    signIn();
    const fetchMock = serve(() => awake, {
      [`PUT ${path}/hibernation`]: {
        status: 422,
        body: {
          type: 'https://dumont.cloud/problems/invalid-hibernation',
          title: 'Invalid hibernation settings',
          status: 422,
          detail: 'The hibernation settings were not changed: working_hours.time_zone: unknown',
          errors: [{ field: 'working_hours.time_zone', message: 'must be an IANA time zone' }],
        },
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    const settings = await screen.findByTestId('hibernation-settings');
    await user.click(within(settings).getByRole('switch', { name: /Stop outside working hours/ }));
    for (const name of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) {
      await user.click(within(settings).getByRole('button', { name }));
    }
    fireEvent.change(within(settings).getByLabelText('To'), { target: { value: '09:00' } });
    const zone = within(settings).getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    await user.click(within(settings).getByRole('switch', { name: /Limit the run time/ }));
    const maxRun = within(settings).getByLabelText('Max run time');
    await user.clear(maxRun);
    await user.type(maxRun, '8 days');
    await user.click(within(settings).getByTestId('save-hibernation'));

    expect(within(settings).getByText('Pick at least one day')).toBeInTheDocument();
    expect(
      within(settings).getByText(
        'End at another time than the start (an earlier one runs overnight)',
      ),
    ).toBeInTheDocument();
    expect(
      within(settings).getByText('Enter a time zone such as Europe/Paris or UTC'),
    ).toBeInTheDocument();
    expect(
      within(settings).getByText('Enter a duration such as 8h, 90m or 2d'),
    ).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PUT', `${path}/hibernation`)).toHaveLength(0);

    await user.click(within(settings).getByRole('button', { name: 'Mon' }));
    fireEvent.change(within(settings).getByLabelText('To'), { target: { value: '17:00' } });
    await user.clear(zone);
    await user.type(zone, 'Europe/Kyiv');
    await user.clear(maxRun);
    await user.type(maxRun, '2d');
    await user.click(within(settings).getByTestId('save-hibernation'));

    await waitFor(() => expect(callsTo(fetchMock, 'PUT', `${path}/hibernation`)).toHaveLength(1));
    expect(await within(settings).findByText('must be an IANA time zone')).toBeInTheDocument();
    expect(bodyOf(callsTo(fetchMock, 'PUT', `${path}/hibernation`)[0])).toMatchObject({
      working_hours: { time_zone: 'Europe/Kyiv', days: ['MONDAY'], start: '09:00', end: '17:00' },
      max_run_seconds: 172_800,
    });
  });

  it('shows stage 1 with the disk price and when only the snapshot will be kept', async () => {
    signIn();
    const releasesAt = new Date(Date.now() + 23 * 60_000 + 30_000).toISOString();
    serve(() => ({
      ...hibernated,
      attempts: [
        { seq: 1, instance_id: 8001, outcome: 'dead', storage_per_hour: 0.0099 },
        { seq: 2, instance_id: 9001, outcome: 'ready', storage_per_hour: 0.0042 },
      ],
      hibernation: {
        ...hibernated.hibernation!,
        stage: 'stopped',
        snapshot_id: '5a0c0000-0000-4000-8000-000000000001',
        releases_at: releasesAt,
      },
    }));
    renderApp(`/deployments/${id}`);

    const stage = await screen.findByTestId('hibernation-stage');
    expect(stage).toHaveTextContent(
      /^Stopped: disk kept \(billed \$0\.0042\/h\)\. Only the snapshot is kept from \d\d:\d\d \(in 23 min\)\.$/,
    );
    expect(stage).toHaveTextContent(formatHourMinute(releasesAt));
    expect(currentStage()).toHaveTextContent('Stopped, disk kept');
    const wake = screen.getByTestId('wake-button');
    expect(wake).toHaveTextContent(/^Wake$/);
    expect(wake).toHaveAttribute(
      'title',
      'Starts the same instance again, usually within a minute; if its GPU was taken meanwhile, a new one restores the snapshot.',
    );
    expect(wake).toHaveAccessibleDescription(wake.getAttribute('title')!);
  });

  it('says a hibernation without a snapshot keeps the disk until wake or destroy', async () => {
    signIn();
    serve(() => ({
      ...hibernated,
      hibernation: { ...hibernated.hibernation!, stage: 'stopped' },
    }));
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('hibernation-stage')).toHaveTextContent(
      'Stopped without a snapshot: the disk holds your workspace and is kept until you wake or destroy it.',
    );
    expect(currentStage()).toHaveTextContent('Stopped, disk kept');
    expect(
      within(screen.getByTestId('hibernation-timeline')).getByText(/Snapshot only/),
    ).toHaveTextContent('Snapshot only (not reached: no snapshot was taken)');
    expect(screen.getByTestId('wake-button')).toHaveAttribute(
      'title',
      expect.stringContaining('a new instance starts with a fresh workspace'),
    );
  });

  it('shows stage 2 and wakes onto a new GPU', async () => {
    signIn();
    let woken = false;
    const stage2: DeploymentDto = {
      ...hibernated,
      instance_id: undefined,
      hibernation: {
        ...hibernated.hibernation!,
        stage: 'snapshot',
        snapshot_id: '5a0c0000-0000-4000-8000-000000000001',
      },
    };
    const fetchMock = serve(() => (woken ? { ...stage2, status: 'waking' } : stage2), {
      [`POST ${path}/wake`]: () => {
        woken = true;
        return { status: 202, body: { ...stage2, status: 'waking' } };
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('hibernation-stage')).toHaveTextContent(
      'Only the workspace snapshot is kept: waking rents a new GPU and restores it (1–2 min).',
    );
    expect(currentStage()).toHaveTextContent('Snapshot only');
    const wake = screen.getByTestId('wake-button');
    expect(wake).toHaveTextContent('Wake on a new GPU');
    expect(wake).toHaveAttribute(
      'title',
      'Rents a new GPU and restores the workspace snapshot before the app starts (1–2 min).',
    );

    await user.click(wake);
    await waitFor(() =>
      expect(screen.getByTestId('deployment-status')).toHaveTextContent('waking'),
    );
    expect(callsTo(fetchMock, 'POST', `${path}/wake`)).toHaveLength(1);
  });

  it('is not shown when the server sends no hibernation (a Kubernetes deployment)', async () => {
    signIn();
    serve(() => runningDeployment);
    renderApp(`/deployments/${id}`);

    await screen.findByTestId('deployment-summary');
    expect(screen.queryByTestId('hibernation-panel')).not.toBeInTheDocument();
  });
});
