import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { deferred, mockApi, problem } from '@/test/mock-api';
import { serverInfo, templates } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const cards = () => screen.queryAllByTestId('template-card');
const cardNames = () =>
  cards().map((card) => within(card).getByRole('heading', { level: 2 }).textContent);

function mockTemplates(response: unknown = templates) {
  return mockApi({ 'GET /api/v1/info': serverInfo, 'GET /api/v1/templates': response });
}

describe('TemplatesPage', () => {
  it('shows skeletons while loading, then four cards, then only vLLM for 16+ GB', async () => {
    const held = deferred();
    mockTemplates({ body: templates, until: held.promise });
    const { user, router } = renderApp('/templates');

    expect(screen.getByRole('status')).toHaveTextContent('Loading templates…');
    expect(cards()).toHaveLength(0);

    held.resolve();
    await waitFor(() => expect(cards()).toHaveLength(4));
    expect(screen.queryByText('Loading templates…')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '16+ GB' }));

    expect(cardNames()).toEqual(['vLLM']);
    expect(screen.getByRole('button', { name: '16+ GB' })).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?vram=16plus');
  });

  it('redirects / to /templates', async () => {
    mockTemplates();
    const { router } = renderApp('/');
    await waitFor(() => expect(cards()).toHaveLength(4));
    expect(router.state.location.pathname).toBe('/templates');
  });

  it('applies filters from the URL and offers to clear them when nothing matches', async () => {
    mockTemplates();
    const { user, router } = renderApp('/templates?vram=16plus&category=development');

    expect(
      await screen.findByRole('heading', { name: 'No templates match these filters' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(cards()).toHaveLength(4);
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('button', { name: 'Any' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('filters by category chip and by a debounced search on tags', async () => {
    mockTemplates();
    const { user, router } = renderApp('/templates');
    await waitFor(() => expect(cards()).toHaveLength(4));

    await user.click(screen.getByRole('button', { name: 'Image generation' }));
    expect(cardNames()).toEqual(['Stable Diffusion WebUI', 'ComfyUI']);

    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'nodes');
    await waitFor(() => expect(cardNames()).toEqual(['ComfyUI']));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('nodes');
    expect(screen.getByText('Showing 1 of 4 templates')).toBeInTheDocument();
  });

  it('shows the problem detail when loading fails and retries on request', async () => {
    let calls = 0;
    mockTemplates(() =>
      ++calls === 1 ? problem(503, 'Service Unavailable', 'Database is starting up') : templates,
    );
    const { user } = renderApp('/templates');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load templates");
    expect(alert).toHaveTextContent('Database is starting up');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cards()).toHaveLength(4));
  });
});
