import { Check, LoaderCircle, Timer, X } from 'lucide-react';

import { formatClock, formatElapsed } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { cn } from '@/lib/utils';

import type { Deployment, DeploymentEvent, PhaseTimes } from './deployment';
import { latestInfo } from './events';
import {
  elapsedMs,
  focusStep,
  isUnderWay,
  STEPS,
  stepStates,
  type Step,
  type StepState,
} from './stepper';

/** The phase whose time stamps a step as done; the health check ends when running begins. */
const STEP_PHASE: Record<Step, keyof PhaseTimes> = {
  Requested: 'requested',
  Provisioning: 'provisioning',
  Starting: 'starting',
  'Health check': 'running',
  Running: 'running',
};

/** What each step means for a DynamoGraphDeployment on Kubernetes. */
const KUBERNETES_LABEL: Record<Step, string> = {
  Requested: 'Requested',
  Provisioning: 'DGD created',
  Starting: 'Pods scheduled',
  'Health check': 'Workers ready',
  Running: 'Running',
};

const STATE_LABEL: Record<StepState, string> = {
  done: 'done',
  active: 'in progress',
  error: 'stopped here',
  upcoming: 'not yet',
};

/** When this attempt entered `phase`; a stamp older than the latest request is a past attempt's. */
function phaseStamp(phases: PhaseTimes, phase: keyof PhaseTimes): string | null {
  const stamp = phases[phase];
  if (!stamp || !phases.requested) return stamp;
  return Date.parse(stamp) >= Date.parse(phases.requested) ? stamp : null;
}

interface DeploymentStepperProps {
  deployment: Deployment;
  events: DeploymentEvent[];
}

/** Requested → Provisioning → Starting → Health check → Running, with a running stopwatch. */
export function DeploymentStepper({ deployment, events }: DeploymentStepperProps) {
  const ticking = isUnderWay(deployment.status);
  const now = useNow(1000, ticking);
  const states = stepStates(deployment.status, deployment.phases);
  const focus = deployment.status === 'running' ? STEPS.length - 1 : focusStep(states);
  const info = latestInfo(events, deployment.status);
  const note = info?.message ?? deployment.status_message;
  const elapsed = elapsedMs(deployment, now);

  return (
    <section
      aria-labelledby="progress-heading"
      data-testid="deployment-stepper"
      data-status={deployment.status}
      className="bg-card rounded-xl border p-6 shadow-sm"
    >
      <div className="mb-5 flex items-center justify-between gap-4">
        <h2 id="progress-heading" className="text-base font-semibold">
          Progress
        </h2>
        {elapsed !== null && (
          <p
            className="text-muted-foreground inline-flex items-center gap-1.5 text-sm tabular-nums"
            data-testid="deployment-elapsed"
          >
            <Timer className="size-4" aria-hidden="true" />
            {deployment.status === 'running' ? 'Ready in' : ticking ? 'Elapsed' : 'Took'}{' '}
            {formatElapsed(elapsed)}
          </p>
        )}
      </div>
      <ol className="space-y-0">
        {STEPS.map((step, index) => {
          const state = states[index];
          const stamp = phaseStamp(deployment.phases, STEP_PHASE[step]);
          const last = index === STEPS.length - 1;
          return (
            <li
              key={step}
              data-step={step}
              data-state={state}
              aria-current={state === 'active' ? 'step' : undefined}
              className="relative flex gap-3 pb-5 last:pb-0"
            >
              {!last && (
                <span
                  aria-hidden="true"
                  className={cn(
                    'absolute top-7 bottom-1 left-3 w-px -translate-x-1/2',
                    state === 'done' ? 'bg-primary/60' : 'bg-border',
                  )}
                />
              )}
              <StepIcon state={state} number={index + 1} />
              <div className="min-w-0 flex-1 pt-0.5">
                <p
                  className={cn(
                    'text-sm font-medium',
                    state === 'upcoming' && 'text-muted-foreground',
                    state === 'error' && 'text-destructive',
                  )}
                >
                  {deployment.kubernetes ? KUBERNETES_LABEL[step] : step}
                  <span className="sr-only">, {STATE_LABEL[state]}</span>
                  {state === 'done' && stamp && (
                    <span className="text-muted-foreground ml-2 font-mono text-xs font-normal">
                      {formatClock(stamp)}
                    </span>
                  )}
                </p>
                {index === focus && note && (
                  <p
                    className="text-muted-foreground mt-1 text-sm break-words"
                    data-testid="deployment-step-message"
                    aria-live="polite"
                  >
                    {note}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function StepIcon({ state, number }: { state: StepState; number: number }) {
  const base =
    'relative z-10 flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold';
  switch (state) {
    case 'done':
      return (
        <span
          aria-hidden="true"
          className={cn(base, 'border-primary bg-primary text-primary-foreground')}
        >
          <Check className="size-3.5" />
        </span>
      );
    case 'active':
      return (
        <span aria-hidden="true" className={cn(base, 'border-info bg-info/15 text-info')}>
          <LoaderCircle className="size-3.5 animate-spin motion-reduce:animate-none" />
        </span>
      );
    case 'error':
      return (
        <span
          aria-hidden="true"
          className={cn(base, 'border-destructive bg-destructive/15 text-destructive')}
        >
          <X className="size-3.5" />
        </span>
      );
    case 'upcoming':
      return (
        <span aria-hidden="true" className={cn(base, 'bg-card text-muted-foreground')}>
          {number}
        </span>
      );
  }
}
