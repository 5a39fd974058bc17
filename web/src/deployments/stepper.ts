import type { Deployment, DeploymentStatus, PhaseTimes } from './deployment';

export const STEPS = ['Requested', 'Provisioning', 'Starting', 'Health check', 'Running'] as const;

export type Step = (typeof STEPS)[number];

/** `active` steps are under way; `error` marks where a deployment stopped. */
export type StepState = 'done' | 'active' | 'error' | 'upcoming';

const REQUESTED = 0;
const PROVISIONING = 1;
const STARTING = 2;
const HEALTH_CHECK = 3;
const RUNNING = 4;

function states(doneBefore: number, marked: Partial<Record<number, StepState>>): StepState[] {
  return STEPS.map((_, index) => marked[index] ?? (index < doneBefore ? 'done' : 'upcoming'));
}

/**
 * The step of the furthest phase this attempt entered (`starting` enters Starting). Phase times are "last entered", and a retry re-stamps
 * `requested`, so a phase counts only when it was entered at or after the latest request.
 */
export function reachedStep(phases: PhaseTimes): number {
  const requested = phases.requested ? Date.parse(phases.requested) : Number.NaN;
  const reached = (time: string | null) =>
    time !== null && (Number.isNaN(requested) || Date.parse(time) >= requested);
  if (reached(phases.running)) return RUNNING;
  if (reached(phases.starting)) return STARTING;
  if (reached(phases.provisioning)) return PROVISIONING;
  return REQUESTED;
}

/**
 * One state per step. `starting` means the instance runs and the app boots while Dumont probes
 * its health path, so Starting and Health check are active together.
 */
export function stepStates(status: DeploymentStatus, phases: PhaseTimes): StepState[] {
  switch (status) {
    case 'pending':
      return states(REQUESTED, { [REQUESTED]: 'active' });
    case 'provisioning':
      return states(PROVISIONING, { [PROVISIONING]: 'active' });
    case 'starting':
      return states(STARTING, { [STARTING]: 'active', [HEALTH_CHECK]: 'active' });
    case 'running':
      return states(STEPS.length, {});
    case 'unhealthy':
      // The instance runs but the app does not answer its health path (or stopped answering).
      return states(HEALTH_CHECK, { [HEALTH_CHECK]: 'error' });
    case 'failed': {
      // Failing while starting means the app never passed its health check.
      const reached = reachedStep(phases);
      const at = reached === STARTING ? HEALTH_CHECK : reached;
      return states(at, { [at]: 'error' });
    }
    case 'hibernating':
    case 'hibernated':
      // It was running; hibernation is drawn on its own, beside the steps.
      return states(STEPS.length, {});
    case 'waking':
      return states(STARTING, { [STARTING]: 'active' });
    case 'destroying':
    case 'destroyed':
      return states(reachedStep(phases) + 1, {});
  }
}

/** The active (or failed) step the latest progress note belongs under. */
export function focusStep(stepStates: StepState[]): number {
  for (let index = stepStates.length - 1; index >= 0; index -= 1) {
    if (stepStates[index] === 'active' || stepStates[index] === 'error') return index;
  }
  return -1;
}

/**
 * The stopwatch: from the request to now while the deployment is on its way, to the moment it
 * became ready once running, and frozen at the last phase change otherwise.
 */
export function elapsedMs(deployment: Deployment, now: number): number | null {
  const { phases, status } = deployment;
  if (!phases.requested) return null;
  const start = Date.parse(phases.requested);
  if (Number.isNaN(start)) return null;
  const stamp: string | null =
    status === 'running'
      ? phases.running
      : status === 'failed'
        ? phases.failed
        : status === 'unhealthy'
          ? phases.unhealthy
          : status === 'destroying'
            ? phases.destroying
            : status === 'destroyed'
              ? phases.destroyed
              : null;
  const end = stamp ? Date.parse(stamp) : now;
  return Math.max(0, (Number.isNaN(end) ? now : end) - start);
}

/** True while the stopwatch should tick. */
export function isUnderWay(status: DeploymentStatus): boolean {
  return status === 'pending' || status === 'provisioning' || status === 'starting';
}
