import { useId } from 'react';

import { linePath, linearScale, niceMax } from './chart';

const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 52;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 24;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

export interface Series<P> {
  key: string;
  label: string;
  /** Tailwind stroke class, e.g. `stroke-primary`. */
  stroke: string;
  dashed?: boolean;
  value: (point: P) => number | null;
}

interface TimeSeriesChartProps<P extends { at: number }> {
  testId: string;
  /** What a screen reader hears for the whole chart. */
  summary: string;
  points: P[];
  series: Series<P>[];
  formatValue: (value: number) => string;
  /** Points up to this time come from a simulated backfill; a marked line separates them. */
  backfilledUntil?: number | null;
  /** Fills the band between the first two series (the on-demand / interruptible spread). */
  band?: boolean;
}

function formatTime(ms: number, spanMs: number): string {
  const date = new Date(ms);
  return spanMs > 2 * 86_400_000
    ? date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * Lines over time in SVG, drawn from the data alone: a y axis from zero to a round maximum with
 * three grid lines, the first and last time under the plot, a legend, and one path per series
 * (`data-points` says how many points it joins).
 */
export function TimeSeriesChart<P extends { at: number }>({
  testId,
  summary,
  points,
  series,
  formatValue,
  backfilledUntil,
  band,
}: TimeSeriesChartProps<P>) {
  const titleId = useId();
  const values = points.flatMap((p) =>
    series.map((s) => s.value(p)).filter((v): v is number => v !== null),
  );
  const top = niceMax(Math.max(0, ...values));
  const first = points[0]?.at ?? 0;
  const last = points[points.length - 1]?.at ?? 1;
  const x = linearScale([first, last === first ? first + 1 : last], [LEFT, LEFT + PLOT_W]);
  const y = linearScale([0, top], [TOP + PLOT_H, TOP]);
  const grid = [0, top / 3, (2 * top) / 3, top];
  const bandPath =
    band && series.length >= 2 ? spreadBand(points, series[0], series[1], x, y) : null;
  const boundary =
    backfilledUntil != null && backfilledUntil >= first && backfilledUntil < last
      ? x(backfilledUntil)
      : null;

  return (
    <figure className="space-y-2">
      <svg
        data-testid={testId}
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
      >
        <title id={titleId}>{summary}</title>
        {grid.map((value) => (
          <g key={value}>
            <line
              x1={LEFT}
              x2={LEFT + PLOT_W}
              y1={y(value)}
              y2={y(value)}
              className="stroke-border"
              strokeDasharray={value === 0 ? undefined : '3 4'}
            />
            <text
              x={LEFT - 6}
              y={y(value) + 4}
              textAnchor="end"
              className="fill-muted-foreground text-[11px]"
            >
              {formatValue(value)}
            </text>
          </g>
        ))}
        {bandPath && (
          <path d={bandPath} className="fill-primary/10" data-testid={`${testId}-band`} />
        )}
        {boundary !== null && (
          <g data-testid={`${testId}-backfill`}>
            <line
              x1={boundary}
              x2={boundary}
              y1={TOP}
              y2={TOP + PLOT_H}
              className="stroke-muted-foreground"
              strokeDasharray="2 3"
            />
            <text
              x={boundary - 4}
              y={TOP + 10}
              textAnchor="end"
              className="fill-muted-foreground text-[10px]"
            >
              simulated backfill
            </text>
          </g>
        )}
        {series.map((s) => {
          const path = linePath(
            points.map((p) => ({ x: p.at, y: s.value(p) })),
            x,
            y,
          );
          const count = points.filter((p) => s.value(p) !== null).length;
          return (
            <path
              key={s.key}
              d={path}
              data-series={s.key}
              data-points={count}
              fill="none"
              strokeWidth={1.75}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              className={s.stroke}
            />
          );
        })}
        {points.length > 0 && (
          <>
            <text x={LEFT} y={HEIGHT - 6} className="fill-muted-foreground text-[11px]">
              {formatTime(first, last - first)}
            </text>
            <text
              x={LEFT + PLOT_W}
              y={HEIGHT - 6}
              textAnchor="end"
              className="fill-muted-foreground text-[11px]"
            >
              {formatTime(last, last - first)}
            </text>
          </>
        )}
      </svg>
      <figcaption className="text-muted-foreground flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <svg width="18" height="6" aria-hidden="true">
              <line
                x1="0"
                x2="18"
                y1="3"
                y2="3"
                strokeWidth={2}
                strokeDasharray={s.dashed ? '4 3' : undefined}
                className={s.stroke}
              />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** The area between two series where both have values: upper line forward, lower line back. */
function spreadBand<P extends { at: number }>(
  points: P[],
  upper: Series<P>,
  lower: Series<P>,
  x: (v: number) => number,
  y: (v: number) => number,
): string | null {
  const both = points.filter((p) => upper.value(p) !== null && lower.value(p) !== null);
  if (both.length < 2) return null;
  const forward = both.map((p) => `${x(p.at).toFixed(1)},${y(upper.value(p) ?? 0).toFixed(1)}`);
  const back = [...both]
    .reverse()
    .map((p) => `${x(p.at).toFixed(1)},${y(lower.value(p) ?? 0).toFixed(1)}`);
  return `M${forward.join('L')}L${back.join('L')}Z`;
}
