import { screen, waitFor, within } from '@testing-library/react';
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
    expect(screen.queryByTestId('wake-button')).not.toBeInTheDocument();
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
    });
  });

  it('is not shown when the server sends no hibernation (a Kubernetes deployment)', async () => {
    signIn();
    serve(() => runningDeployment);
    renderApp(`/deployments/${id}`);

    await screen.findByTestId('deployment-summary');
    expect(screen.queryByTestId('hibernation-panel')).not.toBeInTheDocument();
  });
});
