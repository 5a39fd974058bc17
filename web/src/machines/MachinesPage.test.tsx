import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { MachineDetailDto, MachineHistoryDto } from '@/lib/api';
import { me, serverInfo } from '@/test/fixtures';
import { bodyOf, callsTo, mockApi } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);
afterEach(() => window.localStorage.clear());

const history: MachineHistoryDto = {
  total: 2,
  machines: [
    {
      machine_id: 12_001,
      gpu_name: 'RTX 4090',
      attempts: 4,
      successes: 0,
      failures: 3,
      success_rate: 0,
      last_attempt_at: '2026-07-01T12:00:00Z',
      blacklisted: true,
      blacklisted_until: '2026-07-02T12:00:00Z',
    },
    {
      machine_id: 12_002,
      gpu_name: 'RTX 3090',
      attempts: 2,
      successes: 2,
      failures: 0,
      success_rate: 1,
      median_seconds_to_ready: 42.5,
      last_attempt_at: '2026-07-01T11:00:00Z',
      blacklisted: false,
    },
  ],
  gpu_models: [
    {
      gpu_name: 'RTX 4090',
      machines: 1,
      attempts: 4,
      successes: 0,
      failures: 3,
      success_rate: 0,
    },
  ],
};

const detail: MachineDetailDto = {
  summary: history.machines![0],
  blacklist: [
    {
      machine_id: 12_001,
      source: 'automatic',
      reason: '3 of 3 attempts failed (success rate 0 %, below 30 %)',
      offence: 1,
      started_at: '2026-07-01T12:00:00Z',
      expires_at: '2026-07-02T12:00:00Z',
      active: true,
    },
  ],
  attempts: [
    {
      at: '2026-07-01T12:00:00Z',
      outcome: 'failed',
      gpu_name: 'RTX 4090',
      image: 'jupyter/base-notebook:latest',
      failure_stage: 'provisioning',
      reason_code: 'container-failed',
      reason_message: 'The instance will not run: OCI runtime create failed',
    },
    {
      at: '2026-07-01T11:00:00Z',
      outcome: 'race_loser',
      gpu_name: 'RTX 4090',
      image: 'jupyter/base-notebook:latest',
    },
  ],
};

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

describe('MachinesPage', () => {
  it('asks a signed-out visitor to sign in', async () => {
    mockApi({ 'GET /api/v1/info': serverInfo });
    renderApp('/machines');
    expect(await screen.findByText('Sign in to see host history')).toBeInTheDocument();
  });

  it("lists machines with their record and shows a machine's attempts", async () => {
    signIn();
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': { ...me, role: 'USER' },
      'GET /api/v1/machines/history': history,
      'GET /api/v1/machines/12001': detail,
    });
    const { user } = renderApp('/machines');

    const table = await screen.findByTestId('machines-table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('12001');
    expect(rows[1]).toHaveTextContent('0%');
    expect(rows[1]).toHaveTextContent('Until');
    expect(rows[2]).toHaveTextContent('100%');
    expect(rows[2]).toHaveTextContent('43 s');
    expect(screen.queryByRole('button', { name: 'Clear' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Blacklist a machine' })).not.toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: '12001' }));
    const panel = await screen.findByTestId('machine-panel');
    expect(panel).toHaveTextContent('container-failed');
    expect(panel).toHaveTextContent('Lost a race');
    expect(panel).toHaveTextContent('offence 1');
  });

  it('lets an admin blacklist by hand, checking the form first, and clear with a reason', async () => {
    signIn();
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      'GET /api/v1/machines/history': history,
      'POST /api/v1/machines/blacklist': { status: 201, body: detail.blacklist![0] },
      'DELETE /api/v1/machines/blacklist/12001': { ...detail.blacklist![0], active: false },
    });
    const { user } = renderApp('/machines');

    const form = await screen.findByRole('form', { name: 'Blacklist a machine' });
    await user.type(within(form).getByLabelText('Machine id'), 'abc');
    await user.click(within(form).getByRole('button', { name: 'Blacklist machine' }));
    expect(await within(form).findByText('A machine id is a positive number')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', '/api/v1/machines/blacklist')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Machine id'));
    await user.type(within(form).getByLabelText('Machine id'), '12002');
    await user.type(within(form).getByLabelText('Reason'), 'Ports never open');
    await user.type(within(form).getByLabelText(/Hours/), '12');
    await user.click(within(form).getByRole('button', { name: 'Blacklist machine' }));
    await waitFor(() =>
      expect(callsTo(fetchMock, 'POST', '/api/v1/machines/blacklist')).toHaveLength(1),
    );
    expect(bodyOf(callsTo(fetchMock, 'POST', '/api/v1/machines/blacklist')[0])).toEqual({
      machine_id: 12002,
      reason: 'Ports never open',
      duration_hours: 12,
    });

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.type(
      await screen.findByLabelText('Reason', { selector: '#clear-reason-12001' }),
      'Host fixed',
    );
    await user.click(screen.getByTestId('confirm-clear-12001'));
    await waitFor(() =>
      expect(callsTo(fetchMock, 'DELETE', '/api/v1/machines/blacklist/12001')).toHaveLength(1),
    );
    expect(
      callsTo(fetchMock, 'DELETE', '/api/v1/machines/blacklist/12001')[0].url.searchParams.get(
        'reason',
      ),
    ).toBe('Host fixed');
  });
});
