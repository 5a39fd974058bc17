import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AttemptsTable } from './AttemptsTable';
import type { InstanceAttempt } from './deployment';

const attempt = (
  seq: number,
  outcome: string,
  reason: string | null,
  cost: number | null,
): InstanceAttempt => ({
  seq,
  instance_id: 9000 + seq,
  machine_id: 70 + seq,
  gpu_name: 'RTX 4090',
  price_per_hour: 0.4,
  outcome,
  reason,
  cost_usd: cost,
  storage_per_hour: null,
});

describe('AttemptsTable', () => {
  it('lists every host tried with why it was given up and the money spent', () => {
    render(
      <AttemptsTable
        strategy="roundrobin"
        attempts={[
          attempt(1, 'dead', 'the host reports broken, exited', 0.01),
          attempt(2, 'dead', 'the container could not start: OCI runtime create failed', 0.02),
          attempt(3, 'ready', null, 0.05),
        ]}
      />,
    );

    const rows = screen.getAllByTestId('attempt-row');
    expect(rows.map((row) => row.dataset.outcome)).toEqual(['dead', 'dead', 'ready']);
    expect(within(rows[0]).getByText('given up')).toBeInTheDocument();
    expect(within(rows[1]).getByText(/OCI runtime create failed/)).toBeInTheDocument();
    expect(screen.getByText(/\$0\.0800 spent so far/)).toBeInTheDocument();
    expect(rows.map((row) => within(row).getByTestId('attempt-cost').textContent)).toEqual([
      '$0.0100',
      '$0.0200',
      '$0.0500',
    ]);
  });

  it('says why an interruptible or hibernated instance was replaced', () => {
    render(
      <AttemptsTable
        strategy="roundrobin"
        attempts={[
          attempt(1, 'outbid', 'a higher bid took the GPU', 0.03),
          attempt(2, 'replaced', 'the GPU was rented while the instance was stopped', 0.04),
          attempt(3, 'ready', null, 0.01),
        ]}
      />,
    );

    const rows = screen.getAllByTestId('attempt-row');
    expect(within(rows[0]).getByText('outbid')).toBeInTheDocument();
    expect(within(rows[1]).getByText('GPU taken while stopped')).toBeInTheDocument();
  });
});
