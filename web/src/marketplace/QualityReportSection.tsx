import { CircleCheck, CircleX, ShieldCheck, TriangleAlert } from 'lucide-react';

import { humanize } from '@/lib/format';
import { cn } from '@/lib/utils';
import { DetailSection } from '@/templates/DetailSection';

import type { CheckLevel, QualityReport } from './model';

const LEVEL_ORDER: Record<CheckLevel, number> = { fail: 0, warn: 1, pass: 2 };

const LEVEL_ICON = {
  pass: { icon: CircleCheck, className: 'text-success', label: 'Passed' },
  warn: { icon: TriangleAlert, className: 'text-warning', label: 'Warning' },
  fail: { icon: CircleX, className: 'text-destructive', label: 'Failed' },
} as const;

function scoreTone(score: number): string {
  if (score >= 90) return 'bg-success';
  if (score >= 60) return 'bg-warning';
  return 'bg-destructive';
}

/** What the publishing pipeline found in the latest version: a score and every check it ran. */
export function QualityReportSection({
  report,
  version,
}: {
  report: QualityReport;
  version: string;
}) {
  const checks = [...report.checks].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const warnings = checks.filter((check) => check.level !== 'pass').length;
  return (
    <DetailSection
      icon={ShieldCheck}
      title="Quality report"
      description={`What Dumont checked when ${version ? `version ${version}` : 'this version'} was published.`}
    >
      <div data-testid="quality-report" className="space-y-4">
        <div className="flex items-center gap-4">
          <p className="text-2xl font-semibold tabular-nums" data-testid="quality-score">
            {report.score}
            <span className="text-muted-foreground text-sm font-normal">/100</span>
          </p>
          <div
            role="meter"
            aria-label="Quality score"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={report.score}
            className="bg-muted h-2 flex-1 overflow-hidden rounded-full"
          >
            <div
              className={cn('h-full rounded-full', scoreTone(report.score))}
              style={{ width: `${Math.max(0, Math.min(100, report.score))}%` }}
            />
          </div>
          <p className="text-muted-foreground text-sm">
            {warnings === 0 ? 'All checks pass' : `${warnings} to improve`}
          </p>
        </div>
        <ul className="divide-y">
          {checks.map((check, index) => {
            const level = LEVEL_ICON[check.level];
            const Icon = level.icon;
            return (
              <li
                key={`${check.code}-${index}`}
                data-testid="quality-check"
                data-level={check.level}
                className="flex items-start gap-3 py-2 text-sm"
              >
                <Icon
                  className={cn('mt-0.5 size-4 shrink-0', level.className)}
                  aria-label={level.label}
                  role="img"
                />
                <div className="min-w-0">
                  <p className="font-medium">{humanize(check.code)}</p>
                  {check.level !== 'pass' && (
                    <p className="text-muted-foreground">
                      {check.message}
                      {check.field && <span className="font-mono text-xs"> ({check.field})</span>}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </DetailSection>
  );
}
