import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { models, serverInfo } from '@/test/fixtures';
import { mockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render';

describe('ModelsPage', () => {
  it('lists the catalog and asks the server to filter by engine and search', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models': ({ url }: { url: URL }) =>
        url.searchParams.get('engine') === 'trtllm' ? [models[0]] : models,
    });
    const { user, router } = renderApp('/models');

    await waitFor(() => expect(screen.getAllByTestId('model-card')).toHaveLength(2));
    const llama = screen.getAllByTestId('model-card')[1];
    expect(llama).toHaveTextContent('meta-llama/Llama-3.1-8B-Instruct');
    expect(llama).toHaveTextContent('128K');
    expect(llama).toHaveTextContent('24 GB');
    expect(llama).toHaveTextContent('Llama 3.1 Community License');
    expect(within(llama).getByText('Gated')).toBeInTheDocument();
    expect(within(llama).getByRole('list', { name: 'Supported engines' })).toHaveTextContent(
      'vLLMSGLang',
    );

    await user.click(screen.getByRole('button', { name: 'TensorRT-LLM' }));
    await waitFor(() => expect(screen.getAllByTestId('model-card')).toHaveLength(1));
    expect(router.state.location.search).toBe('?engine=trtllm');

    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'qwen');
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/v1/models?q=qwen&engine=trtllm',
        expect.anything(),
      ),
    );
  });

  it('shows an empty state with a way back', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo, 'GET /api/v1/models': [] });
    const { user } = renderApp('/models?q=nothing');

    expect(
      await screen.findByRole('heading', { name: 'No models match these filters' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue('');
  });
});
