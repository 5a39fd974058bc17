import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { kubernetesDeployment, me, serverInfo } from '@/test/fixtures';
import { bodyOf, mockApi, type HandlerRequest } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

const id = kubernetesDeployment.id!;
const path = `/api/v1/deployments/${id}`;

const graph = {
  exists: true,
  phase: 'running',
  rollout_done: true,
  conditions: [
    {
      type: 'Ready',
      status: 'True',
      reason: 'all_resources_are_ready',
      message: 'All resources are ready',
    },
  ],
  services: [
    { name: 'Frontend', component_type: 'frontend', replicas: 1, ready_replicas: 1 },
    { name: 'worker', component_type: 'worker', replicas: 1, ready_replicas: 1 },
  ],
  pods: [
    {
      name: 'qwen3-0-6b-vllm-frontend-0',
      component: 'Frontend',
      phase: 'Running',
      ready: true,
      restarts: 0,
      node: 'gpu-node-1',
    },
    {
      name: 'qwen3-0-6b-vllm-worker-0',
      component: 'worker',
      phase: 'Running',
      ready: true,
      restarts: 2,
      node: 'gpu-node-2',
    },
  ],
};

beforeAll(preloadPages);

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    [`GET ${path}`]: kubernetesDeployment,
    [`GET ${path}/events`]: [],
    [`GET ${path}/graph`]: graph,
    ...extra,
  };
}

describe('a Kubernetes deployment', () => {
  it('shows where its DGD runs, its conditions, pods and the port-forward command', async () => {
    window.localStorage.setItem('dumont.token', 'jwt-123');
    mockApi(routes());
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('deployment-summary')).toHaveTextContent(
      'Kubernetes · simulated · default/qwen3-0-6b-vllm · vllm aggregated · 1/1 replica ready',
    );
    const rows = await screen.findAllByTestId('pod-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]).getByText('gpu-node-2')).toBeInTheDocument();
    expect(within(rows[1]).getByText('2')).toBeInTheDocument();
    expect(screen.getByTestId('graph-condition')).toHaveAttribute('data-status', 'True');
    expect(screen.getByTestId('port-forward')).toHaveTextContent(
      'kubectl port-forward svc/qwen3-0-6b-vllm-frontend 8000:8000 -n default',
    );
    expect(screen.queryByTestId('publish-as-template')).not.toBeInTheDocument();
  });

  it('sends a chat message and shows the answer', async () => {
    window.localStorage.setItem('dumont.token', 'jwt-123');
    let sent: unknown;
    mockApi(
      routes({
        [`POST ${path}/chat`]: (request: HandlerRequest) => {
          sent = bodyOf(request);
          return {
            model: 'Qwen/Qwen3-0.6B',
            content: 'Simulated answer: hello back',
            finish_reason: 'stop',
            completion_tokens: 5,
            latency_ms: 42,
            simulated: true,
          };
        },
      }),
    );
    const { user } = renderApp(`/deployments/${id}`);

    await user.type(await screen.findByTestId('chat-input'), 'Hello there');
    await user.click(screen.getByTestId('chat-send'));

    expect(await screen.findByTestId('chat-assistant')).toHaveTextContent(
      'Simulated answer: hello back',
    );
    expect(screen.getByTestId('chat-assistant')).toHaveTextContent('42 ms');
    expect(sent).toEqual({ messages: [{ role: 'user', content: 'Hello there' }], max_tokens: 256 });
  });

  it('scales the workers', async () => {
    window.localStorage.setItem('dumont.token', 'jwt-123');
    let sent: unknown;
    mockApi(
      routes({
        [`POST ${path}/scale`]: (request: HandlerRequest) => {
          sent = bodyOf(request);
          return {
            ...kubernetesDeployment,
            kubernetes: { ...kubernetesDeployment.kubernetes, replicas_desired: 3 },
          };
        },
      }),
    );
    const { user } = renderApp(`/deployments/${id}`);

    const input = await screen.findByTestId('replicas-input');
    await user.clear(input);
    await user.type(input, '3');
    await user.click(screen.getByTestId('scale-button'));

    await waitFor(() => expect(sent).toEqual({ replicas: 3 }));
    expect(await screen.findByTestId('replicas')).toHaveTextContent('1/3 replicas ready');
  });

  it('refuses a replica count outside 1 to 10 before sending it', async () => {
    window.localStorage.setItem('dumont.token', 'jwt-123');
    mockApi(routes());
    const { user } = renderApp(`/deployments/${id}`);

    const input = await screen.findByTestId('replicas-input');
    await user.clear(input);
    await user.type(input, '11');

    expect(screen.getByTestId('scale-button')).toBeDisabled();
    expect(screen.getByText('A whole number from 1 to 10')).toBeInTheDocument();
  });
});
