import { CircleCheck, CircleX, ShieldCheck, TriangleAlert } from 'lucide-react';

import { humanize } from '@/lib/format';
import { cn } from '@/lib/utils';
import { DetailSection } from '@/templates/DetailSection';

import type { CheckLevel, QualityCheck, QualityReport } from './model';

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

/** Names for the pipeline's check codes; others are humanised. */
const CHECK_NAMES: Record<string, string> = {
  slug: 'Slug',
  'documentation-url': 'Documentation URL',
  documentation: 'Documentation link',
  'paper-doi': 'Paper DOI',
  funding: 'Funding source',
  'readme-size': 'README size',
  readme: 'README',
  image: 'Image reference',
  'image-pinned': 'Image pinned to a tag or digest',
  'health-path': 'Health check path',
  env: 'Environment variables',
  'env-secret': 'No secrets in the environment',
  gpu: 'GPU requirements',
  cuda: 'CUDA version',
  'app-auth': 'App access',
  architecture: 'Architectures',
  maintenance: 'Maintenance status',
};

function checkName(code: string): string {
  return CHECK_NAMES[code] ?? humanize(code);
}

function CheckItem({ check }: { check: QualityCheck }) {
  const level = LEVEL_ICON[check.level];
  const Icon = level.icon;
  return (
    <li
      data-testid="quality-check"
      data-level={check.level}
      className="flex items-start gap-2.5 py-1.5 text-sm"
    >
      <Icon
        className={cn('mt-0.5 size-4 shrink-0', level.className)}
        aria-label={level.label}
        role="img"
      />
      <div className="min-w-0">
        <p className="font-medium">{checkName(check.code)}</p>
        {check.level !== 'pass' && (
          <p className="text-muted-foreground">
            {check.message}
            {check.field && <span className="font-mono text-xs"> ({check.field})</span>}
          </p>
        )}
      </div>
    </li>
  );
}

/**
 * What the publishing pipeline found in the latest version: a score, what to improve, and (folded
 * away) every check that passed.
 */
export function QualityReportSection({
  report,
  version,
}: {
  report: QualityReport;
  version: string;
}) {
  const issues = report.checks
    .filter((check) => check.level !== 'pass')
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  // A rule may report a pass twice (its requirement and its advice): show each once.
  const passed = report.checks.filter(
    (check, index, all) =>
      check.level === 'pass' &&
      !issues.some((issue) => issue.code === check.code) &&
      all.findIndex((other) => other.level === 'pass' && other.code === check.code) === index,
  );
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
            {issues.length === 0 ? 'All checks pass' : `${issues.length} to improve`}
          </p>
        </div>
        {issues.length > 0 && (
          <ul className="divide-y">
            {issues.map((check, index) => (
              <CheckItem key={`${check.code}-${index}`} check={check} />
            ))}
          </ul>
        )}
        {passed.length > 0 && (
          <details className="group">
            <summary className="text-muted-foreground hover:text-foreground cursor-pointer text-sm select-none">
              {passed.length} {passed.length === 1 ? 'check' : 'checks'} passed
            </summary>
            <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
              {passed.map((check) => (
                <CheckItem key={check.code} check={check} />
              ))}
            </ul>
          </details>
        )}
      </div>
    </DetailSection>
  );
}
