import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  deploymentEvents,
  destroyedDeployment,
  liveEvents,
  me,
  provisioningDeployment,
  runningDeployment,
  serverInfo,
  unhealthyDeployment,
} from '@/test/fixtures';
import { acceptOf, eventStream, mockApi, problem, type HandlerRequest } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { lastSeq, mergeEvent } from './events';
import { toDeploymentEvent } from './deployment';

const id = runningDeployment.id!;
const path = `/api/v1/deployments/${id}`;

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function isStream(init: RequestInit) {
  return acceptOf(init).includes('text/event-stream');
}

beforeAll(preloadPages);

describe('mergeEvent', () => {
  it('keeps events in seq order and drops replays', () => {
    const [first, second, third] = deploymentEvents.map(toDeploymentEvent);
    const merged = mergeEvent(mergeEvent([first, third], second), third);
    expect(merged.map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(lastSeq(merged)).toBe(3);
    expect(lastSeq(undefined)).toBe(0);
  });
});

describe('DeploymentDetailPage', () => {
  it('follows the event stream to running, then shows the app links and its secret', async () => {
    signIn();
    let reads = 0;
    let streamHeaders = new Headers();
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      // Provisioning at first; each status event makes the page read the deployment again.
      [`GET ${path}`]: () => (reads++ === 0 ? provisioningDeployment : runningDeployment),
      [`GET ${path}/events`]: ({ init }: HandlerRequest) => {
        if (!isStream(init)) return deploymentEvents;
        streamHeaders = new Headers(init.headers);
        return eventStream(liveEvents.map((data) => ({ id: data.seq, event: data.type, data })));
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    await waitFor(() =>
      expect(screen.getByTestId('deployment-status')).toHaveTextContent('running'),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'JupyterLab' })).toBeInTheDocument();
    expect(screen.getByText('simulated')).toBeInTheDocument();
    expect(screen.getByTestId('publish-as-template')).toHaveAttribute(
      'href',
      `/marketplace/publish?from_deployment=${id}`,
    );

    const timeline = screen.getByTestId('event-timeline');
    const items = within(timeline).getAllByTestId('timeline-event');
    expect(items.map((item) => item.dataset.status)).toEqual([
      'pending',
      'provisioning',
      'provisioning',
      'starting',
      'running',
    ]);
    expect(items[2]).toHaveTextContent('Provider: loading (pulling image)');
    expect(items[4]).toHaveTextContent('JupyterLab is ready');

    const stepper = screen.getByTestId('deployment-stepper');
    expect(
      within(stepper)
        .getAllByRole('listitem')
        .map((step) => step.dataset.state),
    ).toEqual(['done', 'done', 'done', 'done', 'done']);

    const [link] = screen.getAllByTestId('endpoint-link');
    expect(link).toHaveAttribute('href', 'http://203.0.113.7:41888/lab?token=s3cret-token');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(link).toHaveTextContent('http://203.0.113.7:41888/lab (with your token)');

    const secret = screen.getByTestId('credentials-secret');
    expect(secret).not.toHaveTextContent('s3cret-token');
    const reveal = screen.getByRole('button', { name: 'Show token' });
    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    expect(secret).toHaveTextContent('s3cret-token');
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeInTheDocument();

    // The stream carried the token and resumed after the history it already had.
    expect(streamHeaders.get('Authorization')).toBe('Bearer jwt-123');
    expect(streamHeaders.get('Last-Event-ID')).toBe('3');
  });

  it('offers a retry and the troubleshooting guide when the app is unhealthy', async () => {
    signIn();
    const unhealthyPath = `/api/v1/deployments/${unhealthyDeployment.id}`;
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      [`GET ${unhealthyPath}`]: unhealthyDeployment,
      [`GET ${unhealthyPath}/events`]: ({ init }: HandlerRequest) =>
        isStream(init) ? eventStream([]) : [],
      [`POST ${unhealthyPath}/retry`]: {
        status: 202,
        body: { ...unhealthyDeployment, status: 'pending', attempt: 2 },
      },
    });
    const { user } = renderApp(`/deployments/${unhealthyDeployment.id}`);

    const problemPanel = await screen.findByTestId('deployment-problem');
    expect(screen.getByTestId('deployment-status')).toHaveTextContent('unhealthy');
    expect(problemPanel).toHaveTextContent(
      'vLLM did not answer its health check within 120 s (connection refused)',
    );
    // The instance still runs: its address is there to look at the app.
    expect(screen.getByTestId('endpoint-link')).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('button', { name: 'Show api key' })).toBeInTheDocument();
    expect(await screen.findByText('Nothing has happened yet.')).toBeInTheDocument();
    expect(within(problemPanel).getByRole('link', { name: 'How to fix this' })).toHaveAttribute(
      'href',
      '/troubleshooting#health-timeout',
    );

    await user.click(within(problemPanel).getByTestId('retry-button'));
    await waitFor(() =>
      expect(screen.getByTestId('deployment-status')).toHaveTextContent('pending'),
    );
    expect(
      fetchMock.mock.calls.filter(([url]) => String(url) === `${unhealthyPath}/retry`),
    ).toHaveLength(1);
    expect(screen.queryByTestId('retry-button')).not.toBeInTheDocument();
  });

  it('links failed deployments to their troubleshooting section', async () => {
    signIn();
    const failed = {
      ...unhealthyDeployment,
      status: 'failed' as const,
      status_message: 'No running instance after 5 min; the instance was destroyed',
      troubleshooting_url: '/troubleshooting#provisioning-timeout',
    };
    const failedPath = `/api/v1/deployments/${failed.id}`;
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      [`GET ${failedPath}`]: failed,
      [`GET ${failedPath}/events`]: ({ init }: HandlerRequest) =>
        isStream(init) ? eventStream([]) : [],
    });
    const { user, router } = renderApp(`/deployments/${failed.id}`);

    const problemPanel = await screen.findByTestId('deployment-problem');
    expect(problemPanel).toHaveTextContent('The deployment failed');
    const guide = within(problemPanel).getByRole('link', { name: 'How to fix this' });
    expect(guide).toHaveAttribute('href', '/troubleshooting#provisioning-timeout');

    await user.click(guide);
    expect(router.state.location.hash).toBe('#provisioning-timeout');
    const section = await screen.findByRole('region', {
      name: 'The instance took too long to start',
    });
    expect(section).toHaveAttribute('id', 'provisioning-timeout');
    expect(section).toHaveAttribute('data-highlighted', 'true');
    expect(section).toHaveTextContent('higher download speed');
  });

  it('destroys after confirmation and follows the deployment to destroyed', async () => {
    signIn();
    let destroyed = false;
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      [`GET ${path}`]: () => (destroyed ? destroyedDeployment : runningDeployment),
      [`GET ${path}/events`]: ({ init }: HandlerRequest) =>
        isStream(init) ? eventStream([]) : deploymentEvents,
      [`DELETE ${path}`]: () => {
        destroyed = true;
        return { status: 202, body: { ...runningDeployment, status: 'destroying' } };
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    await user.click(await screen.findByTestId('destroy-button'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Destroy JupyterLab?' });
    expect(dialog).toHaveTextContent('billing stops');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);

    await user.click(within(dialog).getByTestId('confirm-destroy'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('deployment-status')).toHaveTextContent('destroying');
    expect(screen.queryByTestId('destroy-button')).not.toBeInTheDocument();
  });

  it("links a community template's deployment to its marketplace page", async () => {
    signIn();
    const templateId = 'c0ffee00-0000-4000-8000-000000000101';
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      [`GET ${path}`]: {
        ...destroyedDeployment,
        id,
        template_id: templateId,
        template_slug: 'comfy-sdxl',
        template_name: 'ComfyUI SDXL',
      },
      [`GET ${path}/events`]: ({ init }: HandlerRequest) =>
        isStream(init) ? eventStream([]) : deploymentEvents,
    });
    renderApp(`/deployments/${id}`);

    const details = await screen.findByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'ComfyUI SDXL' })).toHaveAttribute(
      'href',
      `/marketplace/${templateId}`,
    );
    // A past deployment can still become a template.
    expect(screen.getByTestId('publish-as-template')).toBeInTheDocument();
  });

  it('says so when the deployment does not exist', async () => {
    signIn();
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      'GET /api/v1/deployments/nope': problem(404, 'Not found', 'Deployment nope does not exist'),
    });
    renderApp('/deployments/nope');

    expect(
      await screen.findByRole('heading', { name: 'Deployment not found' }),
    ).toBeInTheDocument();
  });

  it('asks signed-out visitors to sign in', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo });
    renderApp(`/deployments/${id}`);

    expect(
      await screen.findByRole('heading', { name: 'Sign in to see this deployment' }),
    ).toBeInTheDocument();
    for (const link of screen.getAllByRole('link', { name: 'Sign in' })) {
      expect(link).toHaveAttribute(
        'href',
        `/login?next=${encodeURIComponent(`/deployments/${id}`)}`,
      );
    }
  });
});
