import type { HibernationSettings } from '@/lib/api';

import type { Hibernation } from './deployment';

/** The server's bounds (HibernationSettings): a GPU under 1-50 % for 1 minute to 24 hours. */
export const MIN_THRESHOLD_PCT = 1;
export const MAX_THRESHOLD_PCT = 50;
export const MIN_WINDOW_MINUTES = 1;
export const MAX_WINDOW_MINUTES = 24 * 60;

/** The settings form's values, as typed, so a half-typed number can be shown and explained. */
export interface HibernationValues {
  enabled: boolean;
  thresholdPct: string;
  windowMinutes: string;
}

export type HibernationErrors = Partial<Record<'thresholdPct' | 'windowMinutes', string>>;

export function toHibernationValues(hibernation: Hibernation): HibernationValues {
  return {
    enabled: hibernation.enabled,
    thresholdPct: String(hibernation.idle_threshold_pct),
    // The server keeps seconds; people think of an idle window in minutes.
    windowMinutes: String(Math.round(hibernation.idle_window_seconds / 60)),
  };
}

function wholeNumberError(text: string, min: number, max: number, what: string): string | null {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return `Enter a whole number of ${what}`;
  const number = Number(value);
  return number < min || number > max ? `Between ${min} and ${max} ${what}` : null;
}

export function validateHibernation(values: HibernationValues): HibernationErrors {
  const errors: HibernationErrors = {};
  const threshold = wholeNumberError(
    values.thresholdPct,
    MIN_THRESHOLD_PCT,
    MAX_THRESHOLD_PCT,
    'percent',
  );
  if (threshold) errors.thresholdPct = threshold;
  const window = wholeNumberError(
    values.windowMinutes,
    MIN_WINDOW_MINUTES,
    MAX_WINDOW_MINUTES,
    'minutes',
  );
  if (window) errors.windowMinutes = window;
  return errors;
}

/** The PUT body for valid values. */
export function toHibernationSettings(values: HibernationValues): HibernationSettings {
  return {
    enabled: values.enabled,
    idle_threshold_pct: Number(values.thresholdPct.trim()),
    idle_window_seconds: Number(values.windowMinutes.trim()) * 60,
  };
}

/** "14:05" in the viewer's time zone, for a countdown's target. */
export function formatHourMinute(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}
