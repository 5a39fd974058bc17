import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { communityTemplate, me, serverInfo } from '@/test/fixtures';
import { mockApi } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

describe('MyTemplatesPage', () => {
  it('lists the caller’s templates with their state and links to edit', async () => {
    signIn();
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      'GET /api/v1/marketplace/mine': [
        communityTemplate,
        {
          ...communityTemplate,
          id: 'p0000000-0000-4000-8000-000000000401',
          name: 'Private notebook',
          visibility: 'private',
        },
        {
          ...communityTemplate,
          id: 'u0000000-0000-4000-8000-000000000402',
          name: 'Old thing',
          unpublished_at: '2026-03-01T10:00:00Z',
        },
      ],
    });
    renderApp('/marketplace/mine');

    const rows = await screen.findAllByTestId('my-template');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Listed');
    expect(rows[1]).toHaveTextContent('Private');
    expect(rows[2]).toHaveTextContent('Unpublished');
    expect(within(rows[0]).getByRole('link', { name: 'Edit ComfyUI SDXL' })).toHaveAttribute(
      'href',
      `/marketplace/${communityTemplate.id}/edit`,
    );
  });

  it('invites a first template when there are none', async () => {
    signIn();
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      'GET /api/v1/marketplace/mine': [],
    });
    renderApp('/marketplace/mine');
    expect(await screen.findByRole('heading', { name: 'No templates yet' })).toBeInTheDocument();
  });

  it('asks visitors to sign in', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo });
    renderApp('/marketplace/mine');
    expect(
      await screen.findByRole('heading', { name: 'Sign in to see your templates' }),
    ).toBeInTheDocument();
  });
});
