import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { DeploymentDto, SnapshotDto } from '@/lib/api';
import { me, runningDeployment, serverInfo } from '@/test/fixtures';
import {
  callsTo,
  eventStream,
  mockApi,
  problem,
  type Handler,
  type HandlerRequest,
} from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { formatBytes } from './snapshot';

const id = runningDeployment.id!;
const path = `/api/v1/deployments/${id}`;
const deployment: DeploymentDto = {
  ...runningDeployment,
  hibernation: { enabled: true, idle_threshold_pct: 5, idle_window_seconds: 180, saved_usd: 0 },
};

const complete: SnapshotDto = {
  id: '5a0c0000-0000-4000-8000-000000000001',
  deployment_id: id,
  status: 'complete',
  storage: 's3',
  bytes: 2_684_354_560,
  chunk_count: 3,
  created_at: '2026-07-01T10:00:00Z',
  completed_at: '2026-07-01T10:02:00Z',
  age_seconds: 3 * 3600 + 120,
};

const uploading: SnapshotDto = {
  id: '5a0c0000-0000-4000-8000-000000000002',
  deployment_id: id,
  status: 'uploading',
  storage: 'local',
  created_at: '2026-07-01T13:01:00Z',
  age_seconds: 20,
};

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function serve(more: Record<string, Handler | unknown>) {
  return mockApi({
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    [`GET ${path}`]: deployment,
    [`GET ${path}/events`]: ({ init }: HandlerRequest) =>
      new Headers(init.headers).get('Accept')?.includes('text/event-stream') ? eventStream([]) : [],
    ...more,
  });
}

beforeAll(preloadPages);

describe('SnapshotsPanel', () => {
  it('lists status, size, age and storage, and deletes one only after confirmation', async () => {
    signIn();
    let snapshots = [uploading, complete];
    const fetchMock = serve({
      [`GET ${path}/snapshots`]: () => snapshots,
      [`DELETE ${path}/snapshots/${complete.id}`]: () => {
        snapshots = [uploading];
        return { status: 204 };
      },
    });
    const { user } = renderApp(`/deployments/${id}`);

    const table = await screen.findByTestId('snapshot-table');
    const rows = within(table).getAllByTestId('snapshot-row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'uploading—just nowServer disk',
      'complete2.5 GB3 h agoS3 bucket',
    ]);

    await user.click(within(rows[1]).getByTestId('delete-snapshot'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this snapshot?' });
    expect(dialog).toHaveTextContent('the snapshot taken 3 h ago (2.5 GB)');
    expect(callsTo(fetchMock, 'DELETE', `${path}/snapshots/${complete.id}`)).toHaveLength(0);

    await user.click(within(dialog).getByTestId('confirm-delete-snapshot'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(callsTo(fetchMock, 'DELETE', `${path}/snapshots/${complete.id}`)).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByTestId('snapshot-row')).toHaveLength(1));
  });

  it('marks the snapshot a hibernation relies on instead of offering to delete it', async () => {
    signIn();
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/auth/me': me,
      [`GET ${path}`]: {
        ...deployment,
        status: 'hibernated',
        hibernation: {
          ...deployment.hibernation!,
          stage: 'snapshot',
          snapshot_id: complete.id,
          releases_at: null,
        },
      },
      [`GET ${path}/events`]: ({ init }: HandlerRequest) =>
        new Headers(init.headers).get('Accept')?.includes('text/event-stream')
          ? eventStream([])
          : [],
      [`GET ${path}/snapshots`]: [uploading, complete],
    });
    renderApp(`/deployments/${id}`);

    const table = await screen.findByTestId('snapshot-table');
    const [other, workspace] = within(table).getAllByTestId('snapshot-row');
    expect(within(workspace).getByTestId('snapshot-in-use')).toHaveTextContent(
      'Hibernated workspace',
    );
    expect(within(workspace).queryByTestId('delete-snapshot')).not.toBeInTheDocument();
    expect(within(other).getByTestId('delete-snapshot')).toBeVisible();
  });

  it('says when there are none yet', async () => {
    signIn();
    serve({ [`GET ${path}/snapshots`]: [] });
    renderApp(`/deployments/${id}`);

    expect(await screen.findByTestId('snapshots-empty')).toHaveTextContent(
      'No snapshots yet: one is taken when the deployment hibernates',
    );
  });

  it('shows a refused delete in the dialog and keeps the snapshot', async () => {
    signIn();
    serve({
      [`GET ${path}/snapshots`]: [complete],
      [`DELETE ${path}/snapshots/${complete.id}`]: problem(
        404,
        'Not found',
        `Snapshot ${complete.id} does not exist`,
      ),
    });
    const { user } = renderApp(`/deployments/${id}`);

    await user.click(await screen.findByTestId('delete-snapshot'));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByTestId('confirm-delete-snapshot'));

    expect(await within(dialog).findByText(`Snapshot ${complete.id} does not exist`)).toBeVisible();
    expect(screen.getAllByTestId('snapshot-row')).toHaveLength(1);
  });

  it('reads sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2_684_354_560)).toBe('2.5 GB');
    expect(formatBytes(50 * 1024 ** 3)).toBe('50 GB');
  });
});
