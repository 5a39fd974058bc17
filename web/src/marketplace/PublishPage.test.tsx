import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  communityDetail,
  jupyterOffers,
  me,
  reviewPage,
  runningDeployment,
  serverInfo,
  templateAnalytics,
  templateVersions,
} from '@/test/fixtures';
import { bodyOf, callsTo, mockApi, rejected } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);

const PUBLISH = '/api/v1/marketplace/templates';
const created = { ...communityDetail, id: 'n0000000-0000-4000-8000-000000000301' };
const createdBase = `/api/v1/marketplace/templates/${created.id}`;

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function handlers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    'GET /api/v1/marketplace/mine': [],
    [`GET ${createdBase}/versions`]: templateVersions,
    [`GET ${createdBase}/analytics`]: templateAnalytics,
    [`GET ${createdBase}/reviews`]: { ...reviewPage, items: [], total: 0 },
    [`GET /api/v1/templates/${created.id}/offers`]: jupyterOffers,
    ...overrides,
  };
}

/** Types a whole value at once (a paste), which keeps long forms quick to fill. */
async function fill(user: UserEvent, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

/** Fills everything a valid template needs, with one port. */
async function fillValidTemplate(user: UserEvent) {
  await fill(user, screen.getByLabelText('Slug'), 'comfy-sdxl');
  await fill(user, screen.getByLabelText('Name'), 'ComfyUI SDXL');
  await fill(
    user,
    screen.getByLabelText('Description'),
    'ComfyUI with SDXL base and refiner ready to go.',
  );
  await user.selectOptions(screen.getByLabelText('Category'), 'image-generation');
  await fill(user, screen.getByLabelText(/Tags/), 'comfyui, sdxl');
  await fill(user, screen.getByLabelText('Docker image'), 'ghcr.io/ada/comfy-sdxl:1.2');
  await fill(user, screen.getByLabelText('Port 1 number'), '8188');
  await fill(user, screen.getByLabelText('Port 1 health path'), '/');
  await fill(user, screen.getByLabelText('Minimum VRAM (GB)'), '12');
}

describe('PublishPage', () => {
  it('asks visitors to sign in', async () => {
    mockApi(handlers());
    renderApp('/marketplace/publish');
    expect(await screen.findByRole('heading', { name: 'Sign in to publish' })).toBeInTheDocument();
    expect(screen.queryByTestId('publish-form')).not.toBeInTheDocument();
  });

  it('checks ports, duplicates and secret values inline before sending anything', async () => {
    signIn();
    const fetchMock = mockApi(handlers());
    const { user } = renderApp('/marketplace/publish');
    await screen.findByTestId('publish-form');
    await fillValidTemplate(user);

    // A port out of range, shown once the field is left.
    const port = screen.getByLabelText('Port 1 number');
    await user.clear(port);
    await user.type(port, '70000');
    await user.tab();
    expect(port).toHaveAttribute('aria-invalid', 'true');
    expect(port).toHaveAccessibleDescription('A port from 1 to 65535');

    // The same port twice.
    await user.clear(port);
    await user.type(port, '8188');
    await user.click(screen.getByRole('button', { name: 'Add port' }));
    await user.type(screen.getByLabelText('Port 2 number'), '8188');
    await user.tab();
    expect(screen.getByLabelText('Port 2 number')).toHaveAccessibleDescription(
      'Port 8188 is listed twice',
    );
    expect(port).not.toHaveAttribute('aria-invalid');

    // A secret-looking variable with a real value.
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    await user.type(screen.getByLabelText('Variable 1 name'), 'HF_TOKEN');
    await fill(user, screen.getByLabelText('Variable 1 value'), 'hf_realsecret');
    await user.tab();
    const secretError = /Looks like a secret: leave it empty or a placeholder/;
    expect(screen.getByLabelText('Variable 1 value')).toHaveAccessibleDescription(secretError);

    // A relative volume.
    await user.click(screen.getByRole('button', { name: 'Add volume' }));
    await user.type(screen.getByLabelText('Volume 1 path'), 'workspace');
    await user.tab();
    expect(screen.getByLabelText('Volume 1 path')).toHaveAccessibleDescription(
      /An absolute container path/,
    );

    // Recommended below the minimum.
    await user.type(screen.getByLabelText(/Recommended VRAM/), '8');
    await user.tab();
    expect(screen.getByLabelText(/Recommended VRAM/)).toHaveAccessibleDescription(
      'At least the minimum (12 GB)',
    );

    await user.click(screen.getByTestId('publish-submit'));
    const summary = screen.getByTestId('error-summary');
    expect(summary).toHaveTextContent('Fix 4 problems before publishing');
    expect(summary).toHaveTextContent('Port 2 number: Port 8188 is listed twice');
    expect(summary).toHaveTextContent('Environment variable HF_TOKEN: Looks like a secret');
    expect(screen.getByLabelText('Port 2 number')).toHaveFocus();
    expect(screen.getAllByTestId('field-error')).toHaveLength(4);
    expect(callsTo(fetchMock, 'POST', PUBLISH)).toHaveLength(0);

    // A placeholder is fine; fixing the rest clears every error.
    await user.clear(screen.getByLabelText('Variable 1 value'));
    await fill(user, screen.getByLabelText('Variable 1 value'), '<your-hf-token>');
    await user.clear(screen.getByLabelText('Port 2 number'));
    await user.type(screen.getByLabelText('Port 2 number'), '8189');
    await user.clear(screen.getByLabelText('Volume 1 path'));
    await user.type(screen.getByLabelText('Volume 1 path'), '/workspace');
    await user.clear(screen.getByLabelText(/Recommended VRAM/));
    await user.type(screen.getByLabelText(/Recommended VRAM/), '24');
    expect(screen.queryAllByTestId('field-error')).toHaveLength(0);
    expect(screen.queryByTestId('error-summary')).not.toBeInTheDocument();
  });

  it("puts a 422's errors next to their fields and lists them", async () => {
    signIn();
    mockApi(
      handlers({
        [`POST ${PUBLISH}`]: rejected([
          { field: 'slug', message: 'you already have a template called comfy-sdxl' },
          { field: 'spec.ports[0].port', message: 'port 8188 is reserved' },
          {
            field: 'spec.env.API_KEY',
            message: 'looks like a secret: leave it empty or a placeholder',
          },
          { field: 'tags[1]', message: "lowercase letters, digits, '+', '.', '-'" },
          { field: 'from_deployment', message: 'not yours' },
        ]),
      }),
    );
    const { user } = renderApp('/marketplace/publish');
    await screen.findByTestId('publish-form');
    await fillValidTemplate(user);
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    await user.type(screen.getByLabelText('Variable 1 name'), 'API_KEY');
    await user.click(screen.getByTestId('publish-submit'));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Template rejected');
    expect(summary).toHaveTextContent('Deployment: not yours');
    expect(screen.getByLabelText('Slug')).toHaveAccessibleDescription(
      'you already have a template called comfy-sdxl',
    );
    expect(screen.getByLabelText('Port 1 number')).toHaveAccessibleDescription(
      'port 8188 is reserved',
    );
    expect(screen.getByLabelText('Variable 1 name')).toHaveAccessibleDescription(
      'looks like a secret: leave it empty or a placeholder',
    );
    expect(screen.getByLabelText(/Tags/)).toHaveAccessibleDescription(
      "lowercase letters, digits, '+', '.', '-'",
    );

    // The summary's links take the cursor to the field.
    await user.click(within(summary).getByRole('link', { name: 'Port 1 number' }));
    expect(screen.getByLabelText('Port 1 number')).toHaveFocus();

    // Editing a field clears its server error.
    await user.type(screen.getByLabelText('Slug'), '-2');
    expect(screen.getByLabelText('Slug')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Port 1 number')).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts a slug conflict on the slug field', async () => {
    signIn();
    mockApi(
      handlers({
        [`POST ${PUBLISH}`]: {
          status: 409,
          body: {
            type: 'https://dumont.cloud/problems/conflict',
            title: 'Conflict',
            status: 409,
            detail: "You already have a template with the slug 'comfy-sdxl'",
          },
        },
      }),
    );
    const { user } = renderApp('/marketplace/publish');
    await screen.findByTestId('publish-form');
    await fillValidTemplate(user);
    await user.click(screen.getByTestId('publish-submit'));

    expect(await screen.findByTestId('error-summary')).toHaveTextContent(
      "Couldn't publish the template",
    );
    expect(screen.getByLabelText('Slug')).toHaveAccessibleDescription(
      "You already have a template with the slug 'comfy-sdxl'",
    );
  });

  it('publishes and opens the template with its quality report', async () => {
    signIn();
    const fetchMock = mockApi(
      handlers({
        [`POST ${PUBLISH}`]: { status: 201, body: created },
        [`GET ${createdBase}`]: created,
      }),
    );
    const { user, router } = renderApp('/marketplace/publish');
    await screen.findByTestId('publish-form');
    await fillValidTemplate(user);
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    await user.type(screen.getByLabelText('Variable 1 name'), 'HF_TOKEN');
    await fill(user, screen.getByLabelText('Variable 1 value'), '<your-hf-token>');
    await user.click(screen.getByTestId('publish-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/marketplace/${created.id}`));
    expect(await screen.findByTestId('quality-report')).toHaveTextContent('90/100');

    const [request] = callsTo(fetchMock, 'POST', PUBLISH);
    expect(bodyOf(request)).toEqual({
      slug: 'comfy-sdxl',
      name: 'ComfyUI SDXL',
      description: 'ComfyUI with SDXL base and refiner ready to go.',
      category: 'image-generation',
      tags: ['comfyui', 'sdxl'],
      architectures: ['x86_64'],
      regions: [],
      visibility: 'public',
      maintenance_status: 'active',
      version: '1.0.0',
      spec: {
        docker_image: 'ghcr.io/ada/comfy-sdxl:1.2',
        ports: [{ port: 8188, protocol: 'http', health_path: '/' }],
        env: { HF_TOKEN: '<your-hf-token>' },
        volumes: [],
        gpu_min_vram: 12,
        app_auth: 'portal_token',
      },
    });
  });

  it('publishes from a deployment without a spec', async () => {
    signIn();
    const fetchMock = mockApi(
      handlers({
        [`GET /api/v1/deployments/${runningDeployment.id}`]: runningDeployment,
        [`POST ${PUBLISH}`]: { status: 201, body: created },
        [`GET ${createdBase}`]: created,
      }),
    );
    const { user, router } = renderApp(
      `/marketplace/publish?from_deployment=${runningDeployment.id}`,
    );
    await waitFor(() =>
      expect(screen.getByTestId('from-deployment')).toHaveTextContent(
        'your JupyterLab deployment on RTX 3090',
      ),
    );
    expect(screen.queryByLabelText('Docker image')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Slug'), 'my-jupyter');
    await user.type(screen.getByLabelText('Name'), 'My JupyterLab');
    await fill(user, screen.getByLabelText('Description'), 'JupyterLab as I like it.');
    await user.selectOptions(screen.getByLabelText('Category'), 'development');
    await user.click(screen.getByTestId('publish-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/marketplace/${created.id}`));
    const [request] = callsTo(fetchMock, 'POST', PUBLISH);
    const body = bodyOf(request) as Record<string, unknown>;
    expect(body.from_deployment).toBe(runningDeployment.id);
    expect(body).not.toHaveProperty('spec');
  });
});
