import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  gpusFrom16,
  jupyterLab,
  jupyterOffers,
  noOffers,
  serverInfo,
  vllmDetail,
} from '@/test/fixtures';
import { mockApi, problem } from '@/test/mock-api';
import { renderApp } from '@/test/render';

describe('TemplateDetailPage', () => {
  it('shows requirements, the guide, launch details and GPUs that fit', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/templates/vllm': vllmDetail,
      'GET /api/v1/templates/vllm/offers': noOffers,
      'GET /api/v1/gpus': gpusFrom16,
      'GET /api/v1/templates/vllm/gpu-recommendations': {
        template_slug: 'vllm',
        min_vram_gb: 16,
        recommended_vram_gb: 24,
        simulated: true,
        best_value: 'RTX 4090',
        fastest: null,
        gpus: [
          {
            gpu_name: 'RTX 4090',
            vram_gb: 24,
            meets_recommended: true,
            price_per_hour: 0.31,
            offers: 17,
            median_seconds_to_ready: 48,
            ready_attempts: 3,
            failed_attempts: 0,
            best_value: true,
            fastest: false,
          },
        ],
      },
    });
    renderApp('/templates/vllm');

    expect(await screen.findByRole('heading', { level: 1, name: 'vLLM' })).toBeInTheDocument();

    const requirements = screen.getByRole('region', { name: 'GPU requirements' });
    expect(requirements).toHaveTextContent('Minimum VRAM16 GB');
    expect(requirements).toHaveTextContent('Recommended VRAM24 GB');
    expect(requirements).toHaveTextContent('CUDA version12.4');

    expect(screen.getByTestId('first-boot-warning')).toHaveTextContent(
      'First boot downloads about 14 GB (≈6 min) — the model weights are downloaded from Hugging Face',
    );
    // The guide renderer is code-split; the first load compiles the markdown libraries.
    const guide = await screen.findByTestId('template-guide', {}, { timeout: 10_000 });
    expect(within(guide).getByRole('heading', { name: 'Query the API' })).toBeInTheDocument();
    expect(within(guide).getByRole('table')).toHaveTextContent('Port8000');

    const launch = screen.getByRole('region', { name: 'Launch' });
    expect(launch).toHaveTextContent("The image's own entrypoint runs with these arguments");
    expect(launch).toHaveTextContent('--model meta-llama/Llama-2-7b-hf');
    expect(launch).toHaveTextContent('vllm/vllm-openai:latest');
    expect(within(launch).getByRole('button', { name: 'Copy launch command' })).toBeEnabled();

    const ports = screen.getByRole('region', { name: 'Ports' });
    expect(ports).toHaveTextContent('OpenAI API');
    expect(ports).toHaveTextContent('/health');

    const gpuRegion = screen.getByRole('region', { name: 'GPUs that fit' });
    const rows = await within(gpuRegion).findAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('RTX 4080');
    expect(rows[1]).toHaveTextContent('$0.25–$0.45/h');
    expect(rows[1]).toHaveAttribute('data-recommended', 'false');
    expect(rows[2]).toHaveTextContent('Recommended');
    expect(rows[2]).toHaveAttribute('data-recommended', 'true');
    await waitFor(() => expect(rows[2]).toHaveTextContent('Best value'));
    expect(rows[2]).toHaveTextContent('$0.31/h');
    expect(rows[2]).toHaveTextContent('48 s');
    expect(rows[1]).not.toHaveTextContent('Best value');
    const gpuCall = fetchMock.mock.calls.find(([url]) => String(url).startsWith('/api/v1/gpus'));
    expect(String(gpuCall?.[0])).toBe('/api/v1/gpus?min_vram=16');

    const deploy = screen.getByRole('region', { name: 'Deploy vLLM' });
    expect(await within(deploy).findByTestId('no-offers')).toHaveTextContent(
      'No compatible GPUs available',
    );
  });

  it('explains the onstart launch mode and leaves out the warning when nothing is downloaded', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/templates/jupyter-lab': jupyterLab,
      'GET /api/v1/templates/jupyter-lab/offers': jupyterOffers,
      'GET /api/v1/gpus': [],
    });
    renderApp('/templates/jupyter-lab');

    const launch = await screen.findByRole('region', { name: 'Launch' });
    expect(launch).toHaveTextContent("The provider's entrypoint");
    expect(screen.queryByTestId('first-boot-warning')).not.toBeInTheDocument();
    expect(screen.getByTestId('first-boot-note')).toHaveTextContent(
      'First boot (≈2 min)Pull your notebooks from git or the work volume.',
    );
    expect(screen.queryByTestId('template-guide')).not.toBeInTheDocument();
    expect(
      await screen.findByText('No common GPU has 4 GB of memory or more.'),
    ).toBeInTheDocument();
  });

  it('says so when the template does not exist', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/templates/nope': problem(404, 'Not Found', 'No template nope'),
    });
    renderApp('/templates/nope');

    expect(await screen.findByRole('heading', { name: 'Template not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse templates' })).toHaveAttribute(
      'href',
      '/templates',
    );
  });

  it('shows an error state for other failures', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/templates/vllm': problem(500, 'Internal Server Error', 'Boom'),
    });
    renderApp('/templates/vllm');

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("Couldn't load this template"),
    );
  });
});
