import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { runningDeployment, unhealthyDeployment } from '@/test/fixtures';

import { toDeployment, toDeploymentEvent, type DeploymentStatus } from './deployment';
import { DeploymentStepper } from './DeploymentStepper';
import { elapsedMs, stepStates } from './stepper';

const phases = toDeployment(runningDeployment).phases;
const early = { ...phases, starting: null, running: null };

describe('stepStates', () => {
  it.each<[DeploymentStatus, string]>([
    ['pending', 'active upcoming upcoming upcoming upcoming'],
    ['provisioning', 'done active upcoming upcoming upcoming'],
    ['starting', 'done done active active upcoming'],
    ['running', 'done done done done done'],
    ['unhealthy', 'done done done error upcoming'],
    ['destroyed', 'done done done done done'],
  ])('%s → %s', (status, expected) => {
    expect(stepStates(status, phases).join(' ')).toBe(expected);
  });

  it('marks where a failed deployment stopped', () => {
    expect(stepStates('failed', { ...early, provisioning: null }).join(' ')).toBe(
      'error upcoming upcoming upcoming upcoming',
    );
    expect(stepStates('failed', early).join(' ')).toBe('done error upcoming upcoming upcoming');
    expect(stepStates('failed', { ...phases, running: null }).join(' ')).toBe(
      'done done done error upcoming',
    );
  });

  it("ignores phases of an earlier attempt once a retry re-stamps 'requested'", () => {
    const retried = { ...phases, requested: '2025-11-24T12:00:00Z' };
    expect(stepStates('failed', retried).join(' ')).toBe(
      'error upcoming upcoming upcoming upcoming',
    );
    expect(
      stepStates('destroyed', { ...retried, provisioning: '2025-11-24T12:00:01Z' }).join(' '),
    ).toBe('done done upcoming upcoming upcoming');
  });

  it('times the deployment from the request to ready, or to now while under way', () => {
    const running = toDeployment(runningDeployment);
    expect(elapsedMs(running, Date.parse('2025-11-24T11:00:00Z'))).toBe(31_000);
    const provisioning = { ...running, status: 'provisioning' as const };
    expect(elapsedMs(provisioning, Date.parse('2025-11-24T10:01:05Z'))).toBe(65_000);
  });
});

describe('DeploymentStepper', () => {
  function steps() {
    return within(screen.getByTestId('deployment-stepper')).getAllByRole('listitem');
  }

  it.each<[DeploymentStatus, string[]]>([
    ['pending', ['Requested']],
    ['provisioning', ['Provisioning']],
    ['starting', ['Starting', 'Health check']],
    ['running', []],
  ])('shows %s as the active step', (status, active) => {
    const deployment = { ...toDeployment(runningDeployment), status };
    render(<DeploymentStepper deployment={deployment} events={[]} />);

    const current = steps().filter((step) => step.getAttribute('aria-current') === 'step');
    expect(current.map((step) => step.dataset.step)).toEqual(active);
    expect(steps().map((step) => step.dataset.step)).toEqual([
      'Requested',
      'Provisioning',
      'Starting',
      'Health check',
      'Running',
    ]);
  });

  it('puts the latest progress note under the active step, with the time so far', () => {
    const deployment = {
      ...toDeployment(runningDeployment),
      status: 'provisioning' as const,
      phases: { ...early, requested: new Date(Date.now() - 75_000).toISOString() },
    };
    const events = [
      toDeploymentEvent({
        seq: 2,
        type: 'status',
        status: 'provisioning',
        message: 'Instance 9001 ordered',
        at: '2025-11-24T10:00:02Z',
      }),
      toDeploymentEvent({
        seq: 3,
        type: 'info',
        status: 'provisioning',
        message: 'Provider: loading (pulling image)',
        at: '2025-11-24T10:00:08Z',
      }),
    ];
    render(<DeploymentStepper deployment={deployment} events={events} />);

    const provisioning = steps()[1];
    expect(provisioning).toHaveAttribute('data-state', 'active');
    expect(within(provisioning).getByTestId('deployment-step-message')).toHaveTextContent(
      'Provider: loading (pulling image)',
    );
    expect(screen.getByTestId('deployment-elapsed')).toHaveTextContent(/Elapsed 1:1\d/);
  });

  it('marks the health check as where an unhealthy deployment stands, with its reason', () => {
    render(<DeploymentStepper deployment={toDeployment(unhealthyDeployment)} events={[]} />);

    const healthCheck = steps()[3];
    expect(healthCheck).toHaveAttribute('data-state', 'error');
    expect(healthCheck).toHaveTextContent('Health check, stopped here');
    expect(healthCheck).toHaveTextContent('vLLM did not answer its health check within 120 s');
    expect(screen.getByTestId('deployment-elapsed')).toHaveTextContent('Took 3:00');
  });
});
