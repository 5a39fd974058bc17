import type { HibernationSettings, WorkingHoursDto } from '@/lib/api';

import type { Deployment, Hibernation, Weekday, WorkingHours } from './deployment';

/** The server's bounds (HibernationSettings): a GPU under 1-50 % for 1 minute to 24 hours. */
export const MIN_THRESHOLD_PCT = 1;
export const MAX_THRESHOLD_PCT = 50;
export const MIN_WINDOW_MINUTES = 1;
export const MAX_WINDOW_MINUTES = 24 * 60;

/** The server's bounds for the run time limit: 1 minute to 7 days. */
export const MIN_RUN_SECONDS = 60;
export const MAX_RUN_SECONDS = 7 * 24 * 3600;

/** The week as the server names it, Monday first, with the short names people read. */
export const WEEKDAYS: readonly { day: Weekday; short: string }[] = [
  { day: 'MONDAY', short: 'Mon' },
  { day: 'TUESDAY', short: 'Tue' },
  { day: 'WEDNESDAY', short: 'Wed' },
  { day: 'THURSDAY', short: 'Thu' },
  { day: 'FRIDAY', short: 'Fri' },
  { day: 'SATURDAY', short: 'Sat' },
  { day: 'SUNDAY', short: 'Sun' },
];

const WORK_WEEK: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/** The element ids of the schedule's fields, where the form moves focus to an invalid one. */
export const SCHEDULE_IDS = {
  hoursOn: 'hibernation-hours',
  days: 'hibernation-days',
  start: 'hibernation-start',
  end: 'hibernation-end',
  timeZone: 'hibernation-time-zone',
  maxRunOn: 'hibernation-max-run-on',
  maxRun: 'hibernation-max-run',
} as const;

/** The settings form's values, as typed, so a half-typed number can be shown and explained. */
export interface HibernationValues {
  enabled: boolean;
  thresholdPct: string;
  windowMinutes: string;
  /** Working hours on: the fields below are sent; off: none. */
  hoursOn: boolean;
  timeZone: string;
  days: Weekday[];
  /** "09:00", as an `<input type="time">` gives it. */
  start: string;
  end: string;
  maxRunOn: boolean;
  /** "8h", "1h 30m", "2d", or a number of hours. */
  maxRun: string;
}

export type HibernationField =
  'thresholdPct' | 'windowMinutes' | 'timeZone' | 'days' | 'start' | 'end' | 'maxRun';

export type HibernationErrors = Partial<Record<HibernationField, string>>;

/** The browser's own time zone, which new working hours start from. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether the browser knows `zone` as an IANA time zone (the server has the last word). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function toHibernationValues(hibernation: Hibernation): HibernationValues {
  const hours = hibernation.working_hours;
  return {
    enabled: hibernation.enabled,
    thresholdPct: String(hibernation.idle_threshold_pct),
    // The server keeps seconds; people think of an idle window in minutes.
    windowMinutes: String(Math.round(hibernation.idle_window_seconds / 60)),
    hoursOn: hours !== null,
    timeZone: hours?.time_zone ?? browserTimeZone(),
    days: hours ? sortedDays(hours.days) : WORK_WEEK,
    start: hours?.start ?? '09:00',
    end: hours?.end ?? '19:00',
    maxRunOn: hibernation.max_run_seconds !== null,
    maxRun:
      hibernation.max_run_seconds === null ? '8h' : formatRunInput(hibernation.max_run_seconds),
  };
}

function sortedDays(days: Weekday[]): Weekday[] {
  return WEEKDAYS.map((w) => w.day).filter((day) => days.includes(day));
}

function wholeNumberError(text: string, min: number, max: number, what: string): string | null {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return `Enter a whole number of ${what}`;
  const number = Number(value);
  return number < min || number > max ? `Between ${min} and ${max} ${what}` : null;
}

/**
 * A run time as typed: "8h", "90m", "1h 30m", "2d", "1.5h" or a bare number of hours; null when
 * it is none of these.
 */
export function parseRunTime(text: string): number | null {
  const value = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 3600);
  const match = /^(?:(\d+)\s*d)?\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/.exec(value);
  if (!match || value === '' || !(match[1] || match[2] || match[3])) return null;
  const [, days, hours, minutes] = match;
  return Math.round(
    Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60,
  );
}

/** 28800 -> "8h", 5400 -> "1h 30m", 172800 -> "2d": what the field shows for a saved limit. */
function formatRunInput(seconds: number): string {
  return durationParts(seconds, ['d', 'h', 'm']).join(' ') || '0m';
}

function durationParts(seconds: number, names: [string, string, string], separator = ''): string[] {
  const parts: string[] = [];
  const units = [86_400, 3600, 60];
  let rest = Math.round(seconds);
  units.forEach((unit, i) => {
    if (rest >= unit) {
      parts.push(`${Math.floor(rest / unit)}${separator}${names[i]}`);
      rest %= unit;
    }
  });
  return parts;
}

/** 28800 -> "8 h", 5400 -> "1 h 30 min", 176400 -> "2 d 1 h": a limit for people to read. */
export function formatRunTime(seconds: number): string {
  return durationParts(seconds, ['d', 'h', 'min'], ' ').join(' ') || `${seconds} s`;
}

/** A countdown to the minute: "2 h 13 min", "1 d 4 h", "13 min", "less than a minute". */
export function formatTimeLeft(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes >= 24 * 60)
    return durationParts(Math.floor(minutes / 60) * 3600, ['d', 'h', 'min'], ' ').join(' ');
  return durationParts(minutes * 60, ['d', 'h', 'min'], ' ').join(' ');
}

/** "Mon–Fri 09:00–19:00", "Mon, Wed–Thu 22:00–06:00", "every day 08:00–20:00". */
export function describeHours(hours: WorkingHours): string {
  return `${describeDays(hours.days)} ${hours.start}–${hours.end}`;
}

function describeDays(days: Weekday[]): string {
  if (days.length === 7) return 'every day';
  const runs: string[] = [];
  let first: number | null = null;
  WEEKDAYS.forEach((w, i) => {
    const inside = days.includes(w.day);
    if (inside && first === null) first = i;
    const runEnds = first !== null && (!inside || i === WEEKDAYS.length - 1);
    if (runEnds) {
      const last = inside ? i : i - 1;
      const from = WEEKDAYS[first!].short;
      runs.push(first === last ? from : `${from}–${WEEKDAYS[last].short}`);
      first = null;
    }
  });
  return runs.join(', ');
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
  if (values.hoursOn) {
    if (!isTimeZone(values.timeZone.trim())) {
      errors.timeZone = 'Enter a time zone such as Europe/Paris or UTC';
    }
    if (values.days.length === 0) errors.days = 'Pick at least one day';
    if (!/^\d\d:\d\d$/.test(values.start)) errors.start = 'Enter a time such as 09:00';
    if (!/^\d\d:\d\d$/.test(values.end)) errors.end = 'Enter a time such as 19:00';
    else if (values.end === values.start) {
      errors.end = 'End at another time than the start (an earlier one runs overnight)';
    }
  }
  if (values.maxRunOn) {
    const seconds = parseRunTime(values.maxRun);
    if (seconds === null) errors.maxRun = 'Enter a duration such as 8h, 90m or 2d';
    else if (seconds < MIN_RUN_SECONDS || seconds > MAX_RUN_SECONDS) {
      errors.maxRun = 'Between 1 minute and 7 days';
    }
  }
  return errors;
}

/**
 * The PUT body. It replaces every setting, so the schedule always travels: null (none) rather
 * than left out, which the generated type cannot say.
 */
export type HibernationRequest = Omit<HibernationSettings, 'working_hours' | 'max_run_seconds'> & {
  working_hours: WorkingHoursDto | null;
  max_run_seconds: number | null;
};

/** The PUT body for valid values. */
export function toHibernationSettings(values: HibernationValues): HibernationRequest {
  return {
    enabled: values.enabled,
    idle_threshold_pct: Number(values.thresholdPct.trim()),
    idle_window_seconds: Number(values.windowMinutes.trim()) * 60,
    working_hours: values.hoursOn
      ? {
          time_zone: values.timeZone.trim(),
          days: sortedDays(values.days),
          start: values.start,
          end: values.end,
        }
      : null,
    max_run_seconds: values.maxRunOn ? parseRunTime(values.maxRun) : null,
  };
}

/** Whether the form differs from what is saved: what would be sent, compared. */
export function sameSettings(a: HibernationValues, b: HibernationValues): boolean {
  const comparable = (v: HibernationValues) =>
    JSON.stringify({
      enabled: v.enabled,
      thresholdPct: v.thresholdPct.trim(),
      windowMinutes: v.windowMinutes.trim(),
      hours: v.hoursOn ? [v.timeZone.trim(), sortedDays(v.days), v.start, v.end] : null,
      maxRun: v.maxRunOn ? (parseRunTime(v.maxRun) ?? v.maxRun.trim()) : null,
    });
  return comparable(a) === comparable(b);
}

/** "14:05" in the viewer's time zone, for a countdown's target. */
export function formatHourMinute(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * Where a hibernated deployment's workspace is: on its stopped instance's disk until that is
 * released (`stopped`), there for good because no snapshot was taken (`disk-only`), or in the
 * snapshot alone (`snapshot`); `unknown` when the server does not say (an older one).
 */
export type HibernatedStep = 'stopped' | 'disk-only' | 'snapshot' | 'unknown';

export function hibernatedStep(hibernation: Hibernation): HibernatedStep {
  if (hibernation.stage === 'snapshot') return 'snapshot';
  if (hibernation.stage === 'stopped') {
    return hibernation.snapshot_id === null ? 'disk-only' : 'stopped';
  }
  return 'unknown';
}

/**
 * What its disk costs per hour while the instance is stopped: the current instance's share of its
 * price (an older attempt's is no guide, as hosts price disks differently); null when unknown.
 */
export function diskPerHour(deployment: Deployment): number | null {
  const current =
    deployment.attempts.find((a) => a.instance_id === deployment.instance_id) ??
    deployment.attempts.at(-1);
  return current?.storage_per_hour ?? null;
}

/** What a wake does in each step, for the Wake button's label and tooltip. */
export function wakeAction(step: HibernatedStep): { label: string; explanation: string } {
  switch (step) {
    case 'snapshot':
      return {
        label: 'Wake on a new GPU',
        explanation:
          'Rents a new GPU and restores the workspace snapshot before the app starts (1–2 min).',
      };
    case 'disk-only':
      return {
        label: 'Wake',
        explanation:
          'Starts the same instance again with its disk, usually within a minute. If its GPU was taken meanwhile, a new instance starts with a fresh workspace.',
      };
    case 'stopped':
      return {
        label: 'Wake',
        explanation:
          'Starts the same instance again, usually within a minute; if its GPU was taken meanwhile, a new one restores the snapshot.',
      };
    case 'unknown':
      return {
        label: 'Wake',
        explanation:
          'Starts the same instance again, usually within a minute; if its GPU was taken, Dumont rents a new one.',
      };
  }
}
