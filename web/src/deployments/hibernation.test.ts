import { describe, expect, it } from 'vitest';

import type { Deployment, Hibernation, InstanceAttempt } from './deployment';
import {
  describeHours,
  diskPerHour,
  hibernatedStep,
  formatRunTime,
  formatTimeLeft,
  isTimeZone,
  parseRunTime,
} from './hibernation';

describe('hibernation schedule wording', () => {
  it('reads run times as people type them', () => {
    expect(parseRunTime('8h')).toBe(28_800);
    expect(parseRunTime('8')).toBe(28_800);
    expect(parseRunTime('1.5h')).toBe(5400);
    expect(parseRunTime('1h 30m')).toBe(5400);
    expect(parseRunTime('90 min')).toBe(5400);
    expect(parseRunTime('2d')).toBe(172_800);
    expect(parseRunTime('')).toBeNull();
    expect(parseRunTime('soon')).toBeNull();
    expect(parseRunTime('8 days')).toBeNull();
  });

  it('writes limits, countdowns and working hours for reading', () => {
    expect(formatRunTime(28_800)).toBe('8 h');
    expect(formatRunTime(5400)).toBe('1 h 30 min');
    expect(formatRunTime(176_400)).toBe('2 d 1 h');
    expect(formatTimeLeft((2 * 60 + 13) * 60_000 + 59_000)).toBe('2 h 13 min');
    expect(formatTimeLeft(30_000)).toBe('less than a minute');
    expect(formatTimeLeft((28 * 60 + 5) * 60_000)).toBe('1 d 4 h');
    expect(
      describeHours({
        time_zone: 'UTC',
        days: ['SATURDAY', 'MONDAY', 'WEDNESDAY', 'THURSDAY', 'SUNDAY'],
        start: '22:00',
        end: '06:00',
      }),
    ).toBe('Mon, Wed–Thu, Sat–Sun 22:00–06:00');
  });

  it('knows IANA time zones from anything else', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('+02:00')).toBe(false);
  });
});

describe('hibernation stages', () => {
  const base = { stage: null, snapshot_id: null, releases_at: null } as unknown as Hibernation;

  it('tells the stopped disk, the disk kept for good and the snapshot alone apart', () => {
    expect(hibernatedStep({ ...base, stage: 'stopped', snapshot_id: 'snap' })).toBe('stopped');
    expect(hibernatedStep({ ...base, stage: 'stopped' })).toBe('disk-only');
    expect(hibernatedStep({ ...base, stage: 'snapshot', snapshot_id: 'snap' })).toBe('snapshot');
    expect(hibernatedStep(base)).toBe('unknown');
  });

  it("prices the current instance's disk, else the last one's", () => {
    const attempt = (instance_id: number, storage_per_hour: number | null) =>
      ({ instance_id, storage_per_hour }) as InstanceAttempt;
    const deployment = (instance_id: number | null, attempts: InstanceAttempt[]) =>
      ({ instance_id, attempts }) as Deployment;

    expect(
      diskPerHour(deployment(2, [attempt(1, 0.01), attempt(2, 0.004), attempt(3, 0.02)])),
    ).toBe(0.004);
    expect(diskPerHour(deployment(null, [attempt(1, 0.01), attempt(3, 0.02)]))).toBe(0.02);
    expect(diskPerHour(deployment(1, [attempt(1, null)]))).toBeNull();
    expect(diskPerHour(deployment(null, []))).toBeNull();
  });
});
