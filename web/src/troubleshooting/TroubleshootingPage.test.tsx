import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { serverInfo } from '@/test/fixtures';
import { mockApi } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

// The server's problem codes (cloud.dumont.deployment.internal.Problems): each is an anchor here.
const CODES = [
  'no-offers',
  'provisioning-timeout',
  'container-failed',
  'instance-stopped',
  'instance-lost',
  'health-timeout',
  'health-lost',
  'provider-auth',
  'provider-rejected',
  'no-working-host',
  'outbid',
  'manifest-rejected',
  'graph-name-taken',
  'graph-deleted',
  'graph-failed',
  'graph-timeout',
  'gpus-unavailable',
  'secret-missing',
  'image-pull',
  'cluster-unavailable',
];

beforeAll(preloadPages);

describe('TroubleshootingPage', () => {
  it('has a section for every problem code, with a cause and what to do', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo });
    renderApp('/troubleshooting');

    await screen.findByRole('heading', { level: 1, name: 'Troubleshooting deployments' });
    for (const code of CODES) {
      const section = document.getElementById(code);
      expect(section, code).not.toBeNull();
      expect(section).toHaveTextContent('What to do');
    }
    expect(document.querySelectorAll('section[id]')).toHaveLength(CODES.length);
  });

  it('highlights the section named in the address', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo });
    renderApp('/troubleshooting#health-timeout');

    const section = await screen.findByRole('region', {
      name: 'The app did not answer its health check',
    });
    expect(section).toHaveAttribute('data-highlighted', 'true');
    expect(section).toHaveFocus();
    expect(section).toHaveTextContent('Hugging Face token');
    expect(document.getElementById('health-lost')).toHaveAttribute('data-highlighted', 'false');
  });
});
