import { formatCost } from '@/lib/format';
import { cn } from '@/lib/utils';

import { formatBudget, THRESHOLDS } from './model';

const WIDTH = 640;
const HEIGHT = 64;
const LEFT = 8;
const RIGHT = 8;
const BAR_Y = 18;
const BAR_H = 20;
const PLOT_W = WIDTH - LEFT - RIGHT;

interface BudgetGaugeProps {
  spentUsd: number;
  budgetUsd: number;
  /** The thresholds the server says the spend has reached. */
  reached: number[];
}

function fillClass(share: number): string {
  if (share >= 1) return 'fill-destructive';
  if (share >= 0.8) return 'fill-amber-500';
  return 'fill-primary';
}

/**
 * This month's spend as a bar against the budget, drawn in SVG: the scale runs to the budget, or
 * past it when overspent, with a tick at each threshold (50, 80, 100 %) that says whether the spend
 * has reached it.
 */
export function BudgetGauge({ spentUsd, budgetUsd, reached }: BudgetGaugeProps) {
  const share = budgetUsd > 0 ? spentUsd / budgetUsd : 0;
  const scale = Math.max(1, share); // the bar's full width, as a share of the budget
  const x = (fraction: number) => LEFT + (Math.min(fraction, scale) / scale) * PLOT_W;
  const percent = Math.round(share * 100);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full"
      role="img"
      aria-label={`${formatCost(spentUsd)} spent of a ${formatBudget(budgetUsd)} budget (${percent} %)`}
      data-testid="budget-gauge"
      data-share={share.toFixed(4)}
    >
      <rect x={LEFT} y={BAR_Y} width={PLOT_W} height={BAR_H} rx={4} className="fill-muted" />
      <rect
        x={LEFT}
        y={BAR_Y}
        width={Math.max(0, x(share) - LEFT)}
        height={BAR_H}
        rx={4}
        className={fillClass(share)}
        data-testid="budget-gauge-fill"
      />
      {THRESHOLDS.map((threshold) => {
        const tx = x(threshold / 100);
        const hit = reached.includes(threshold);
        return (
          <g
            key={threshold}
            data-testid="budget-threshold"
            data-threshold={threshold}
            data-reached={hit}
          >
            <line
              x1={tx}
              x2={tx}
              y1={BAR_Y - 6}
              y2={BAR_Y + BAR_H + 4}
              strokeWidth={2}
              strokeDasharray={threshold === 100 ? undefined : '3 2'}
              className={hit ? 'stroke-foreground' : 'stroke-muted-foreground'}
            />
            <text
              x={tx}
              y={BAR_Y + BAR_H + 18}
              textAnchor={threshold === 100 && scale === 1 ? 'end' : 'middle'}
              className={cn(
                'text-[11px]',
                hit ? 'fill-foreground font-semibold' : 'fill-muted-foreground',
              )}
            >
              {threshold} %
            </text>
          </g>
        );
      })}
    </svg>
  );
}
