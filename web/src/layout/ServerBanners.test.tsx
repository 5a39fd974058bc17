import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { serverInfo, templates } from '@/test/fixtures';
import { mockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render';

describe('ServerBanners', () => {
  it('warns about the simulated cloud and the default admin password', async () => {
    mockApi({
      'GET /api/v1/info': { ...serverInfo, simulated_cloud: true, default_admin_credentials: true },
      'GET /api/v1/templates': templates,
    });
    renderApp('/templates');

    expect(await screen.findByTestId('banner-simulated-cloud')).toHaveTextContent(
      "Simulated cloud: deployments run on Dumont's built-in Vast.ai simulator, not on real GPUs",
    );
    expect(screen.getByTestId('banner-default-admin')).toHaveTextContent(
      'The admin account still uses the default local password — change it (DUMONT_ADMIN_PASSWORD) before exposing this server',
    );
  });

  it('says when real instances cannot reach the server for snapshots', async () => {
    mockApi({
      'GET /api/v1/info': { ...serverInfo, public_url_missing: true },
      'GET /api/v1/templates': templates,
    });
    renderApp('/templates');

    expect(await screen.findByTestId('banner-public-url')).toHaveTextContent(
      'No workspace snapshots: GPU instances cannot reach this server (DUMONT_PUBLIC_URL is not set), so hibernated deployments keep their stopped disks, billed as storage, instead of a snapshot',
    );
    expect(screen.queryByTestId('banner-simulated-cloud')).not.toBeInTheDocument();
  });

  it('stays out of the way on a production server', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo, 'GET /api/v1/templates': templates });
    renderApp('/templates');

    expect(await screen.findByText('v0.1.0-SNAPSHOT · H2 · caffeine cache')).toBeInTheDocument();
    expect(screen.queryByTestId('banner-simulated-cloud')).not.toBeInTheDocument();
    expect(screen.queryByTestId('banner-default-admin')).not.toBeInTheDocument();
    expect(screen.queryByTestId('banner-public-url')).not.toBeInTheDocument();
  });

  it('shows a not-found page for unknown routes', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
