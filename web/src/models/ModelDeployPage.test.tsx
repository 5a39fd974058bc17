import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { models, serverInfo } from '@/test/fixtures';
import { bodyOf, callsTo, mockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render';

const MANIFEST_PATH = '/api/v1/models/Qwen/Qwen3-0.6B/manifest';

function yamlFor(engine: string) {
  return new Response(
    `apiVersion: nvidia.com/v1alpha1\nkind: DynamoGraphDeployment\nmetadata:\n  name: qwen3-0-6b-${engine}\n  namespace: default\nspec:\n  backendFramework: ${engine}\n`,
    { status: 200, headers: { 'Content-Type': 'application/yaml' } },
  );
}

describe('ModelDeployPage', () => {
  it('previews the manifest live as the form changes', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models/Qwen/Qwen3-0.6B': models[0],
      [`POST ${MANIFEST_PATH}`]: ({ init }: { init: RequestInit }) =>
        yamlFor((JSON.parse(String(init.body)) as { engine: string }).engine),
    });
    const { user } = renderApp('/deploy/Qwen/Qwen3-0.6B');

    expect(await screen.findByRole('heading', { name: 'Deploy Qwen3 0.6B' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('manifest-preview')).toHaveTextContent('backendFramework: vllm'),
    );
    expect(screen.getByLabelText(/^Name(?!space)/)).toHaveAttribute(
      'placeholder',
      'qwen3-0-6b-vllm',
    );
    expect(
      screen.getByText(/kubectl port-forward svc\/qwen3-0-6b-vllm-frontend/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'SGLang' }));
    await user.click(screen.getByRole('button', { name: 'Disaggregated' }));
    await waitFor(() =>
      expect(screen.getByTestId('manifest-preview')).toHaveTextContent('backendFramework: sglang'),
    );
    // The preview is debounced: on a slow machine the engine's preview can land before the mode's is asked for.
    await waitFor(() =>
      expect(bodyOf(callsTo(fetchMock, 'POST', MANIFEST_PATH).at(-1)!)).toMatchObject({
        engine: 'sglang',
        mode: 'disaggregated',
        replicas: 1,
      }),
    );
  });

  it('shows the server’s objections next to their fields', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models/Qwen/Qwen3-0.6B': models[0],
      [`POST ${MANIFEST_PATH}`]: ({ init }: { init: RequestInit }) => {
        const body = JSON.parse(String(init.body)) as { name?: string };
        if (!body.name) return yamlFor('vllm');
        return {
          status: 422,
          body: {
            type: 'https://dumont.cloud/problems/dynamo-config-rejected',
            title: 'Deployment configuration rejected',
            status: 422,
            detail: '1 rule(s) failed',
            errors: [{ field: 'name', message: 'must start with a letter' }],
          },
        };
      },
    });
    const { user } = renderApp('/deploy/Qwen/Qwen3-0.6B');

    await user.type(await screen.findByLabelText(/^Name(?!space)/), '9lives');

    expect(await screen.findByText('must start with a letter')).toBeInTheDocument();
    expect(screen.getByTestId('preview-error')).toHaveTextContent('1 rule(s) failed');
  });

  it('a whole-number field typed wrong is caught without asking the server', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models/Qwen/Qwen3-0.6B': models[0],
      [`POST ${MANIFEST_PATH}`]: () => yamlFor('vllm'),
    });
    const { user } = renderApp('/deploy/Qwen/Qwen3-0.6B');
    await waitFor(() => expect(screen.getByTestId('manifest-preview')).toBeInTheDocument());
    const before = callsTo(fetchMock, 'POST', MANIFEST_PATH).length;

    const replicas = screen.getByLabelText('Replicas');
    await user.clear(replicas);
    await user.type(replicas, 'two');

    expect(await screen.findByText('must be a whole number')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(callsTo(fetchMock, 'POST', MANIFEST_PATH)).toHaveLength(before);
  });

  it('model cards open the deploy form', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo, 'GET /api/v1/models': models });
    const { router } = renderApp('/models');

    const link = await screen.findByRole('link', { name: 'Qwen3 0.6B' });
    expect(link).toHaveAttribute('href', '/deploy/Qwen/Qwen3-0.6B');
    expect(router.state.location.pathname).toBe('/models');
  });
});

describe('ClusterStatusBadge', () => {
  it('says plainly when the cluster is simulated, with its free GPUs', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models': models,
      'GET /api/v1/cluster/status': {
        reachable: true,
        kubernetes_version: 'v1.31-simulated',
        dgd_crd_installed: true,
        operator_ready: true,
        nats_ready: true,
        etcd_ready: true,
        allocatable_gpus: 8,
        free_gpus: 6,
        simulated: true,
        message: null,
      },
    });
    renderApp('/models');

    expect(await screen.findByTestId('cluster-status')).toHaveTextContent(
      'Simulated cluster · 6 of 8 GPUs free',
    );
  });

  it('warns when the Dynamo platform is not ready on a real cluster', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models': models,
      'GET /api/v1/cluster/status': {
        reachable: true,
        kubernetes_version: 'v1.30.2',
        dgd_crd_installed: true,
        operator_ready: false,
        nats_ready: true,
        etcd_ready: true,
        allocatable_gpus: 16,
        free_gpus: 16,
        simulated: false,
      },
    });
    renderApp('/models');

    expect(await screen.findByTestId('cluster-status')).toHaveTextContent(
      'Kubernetes v1.30.2 · Dynamo platform not ready',
    );
  });
});
