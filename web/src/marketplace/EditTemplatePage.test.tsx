import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  communityDetail,
  communityTemplate,
  jupyterOffers,
  me,
  officialMarketplaceTemplate,
  reviewPage,
  serverInfo,
  templateAnalytics,
  templateVersions,
} from '@/test/fixtures';
import { bodyOf, callsTo, mockApi, rejected, type HandlerRequest } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);

const id = communityTemplate.id!;
const base = `/api/v1/marketplace/templates/${id}`;

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function handlers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    'GET /api/v1/marketplace/mine': [communityTemplate],
    [`GET ${base}`]: communityDetail,
    [`GET ${base}/versions`]: templateVersions,
    [`GET ${base}/analytics`]: templateAnalytics,
    [`GET ${base}/reviews`]: reviewPage,
    [`GET /api/v1/templates/${id}/offers`]: jupyterOffers,
    [`PUT ${base}`]: ({ init }: HandlerRequest) => ({
      ...communityDetail,
      ...(JSON.parse(String(init.body)) as object),
    }),
    ...overrides,
  };
}

describe('EditTemplatePage', () => {
  it('fills the form from the template and saves metadata in place', async () => {
    signIn();
    const fetchMock = mockApi(handlers());
    const { user, router } = renderApp(`/marketplace/${id}/edit`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit ComfyUI SDXL' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Slug')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('ComfyUI SDXL');
    expect(screen.getByLabelText(/Tags/)).toHaveValue('comfyui, sdxl, diffusion');
    expect(screen.getByLabelText('Docker image')).toHaveValue('ghcr.io/ada/comfy-sdxl:1.2');
    expect(screen.getByLabelText('Port 1 number')).toHaveValue('8188');
    expect(screen.getByLabelText('Variable 1 name')).toHaveValue('HF_TOKEN');
    expect(screen.getByLabelText('Variable 1 value')).toHaveValue('<your-hf-token>');
    expect(screen.getByLabelText('Volume 1 path')).toHaveValue('/workspace');
    // No new version unless the spec changes.
    expect(screen.getByLabelText(/^Changelog/)).toBeDisabled();

    await user.selectOptions(screen.getByLabelText('Maintenance'), 'deprecated');
    await user.click(screen.getByTestId('publish-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/marketplace/${id}`));
    const [request] = callsTo(fetchMock, 'PUT', base);
    const body = bodyOf(request) as Record<string, unknown>;
    expect(body.maintenance_status).toBe('deprecated');
    expect(body).not.toHaveProperty('spec');
  });

  it('asks for a changelog when the spec changes, then sends a new version', async () => {
    signIn();
    const fetchMock = mockApi(handlers());
    const { user, router } = renderApp(`/marketplace/${id}/edit`);

    const image = await screen.findByLabelText('Docker image');
    await user.clear(image);
    await user.type(image, 'ghcr.io/ada/comfy-sdxl:1.3');
    expect(
      screen.getByText('The launch spec changed: saving publishes a new version.'),
    ).toBeInTheDocument();
    await user.click(screen.getByTestId('publish-submit'));

    const changelog = screen.getByLabelText(/^Changelog/);
    expect(changelog).toHaveAccessibleDescription(
      'Say what changed: a new launch spec publishes a new version',
    );
    expect(changelog).toHaveFocus();
    expect(callsTo(fetchMock, 'PUT', base)).toHaveLength(0);

    await user.type(changelog, 'Image 1.3');
    await user.type(screen.getByRole('textbox', { name: /^Version/ }), '1.3.0');
    await user.click(screen.getByTestId('publish-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/marketplace/${id}`));
    const [request] = callsTo(fetchMock, 'PUT', base);
    expect(bodyOf(request)).toMatchObject({
      version: '1.3.0',
      changelog: 'Image 1.3',
      spec: { docker_image: 'ghcr.io/ada/comfy-sdxl:1.3' },
    });
  });

  it("maps an update's 422 to the fields", async () => {
    signIn();
    mockApi(
      handlers({
        [`PUT ${base}`]: rejected([{ field: 'documentation_url', message: 'unreachable host' }]),
      }),
    );
    const { user } = renderApp(`/marketplace/${id}/edit`);

    await user.click(await screen.findByTestId('publish-submit'));
    expect(await screen.findByLabelText(/Documentation URL/)).toHaveAccessibleDescription(
      'unreachable host',
    );
    expect(screen.getByTestId('error-summary')).toHaveTextContent(
      'Documentation URL: unreachable host',
    );
  });

  it('explains that official templates cannot be edited', async () => {
    signIn();
    mockApi(
      handlers({
        [`GET /api/v1/marketplace/templates/jupyter-lab`]: officialMarketplaceTemplate,
      }),
    );
    renderApp('/marketplace/jupyter-lab/edit');
    expect(
      await screen.findByRole('heading', { name: "Official templates can't be edited" }),
    ).toBeInTheDocument();
  });
});
