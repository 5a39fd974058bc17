import { useId } from 'react';

import { formatDay } from './format';
import type { DailyLaunches } from './model';

const WIDTH = 600;
const HEIGHT = 180;
/** Room under the bars for the first and last day's labels. */
const AXIS = 22;
const TOP = 14;
const PLOT = HEIGHT - AXIS - TOP;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function dayTitle(day: DailyLaunches): string {
  const parts = [plural(day.launches, 'launch', 'launches')];
  if (day.ready) parts.push(`${day.ready} ready`);
  if (day.failed) parts.push(`${day.failed} failed`);
  return `${formatDay(day.day)}: ${parts.join(', ')}`;
}

/** What a screen reader hears for the whole chart: the span, the total and the busiest day. */
function chartSummary(days: DailyLaunches[]): string {
  if (days.length === 0) return 'Launches per day: no data';
  const total = days.reduce((sum, day) => sum + day.launches, 0);
  const busiest = days.reduce((best, day) => (day.launches > best.launches ? day : best), days[0]);
  const span = `Launches per day from ${formatDay(days[0].day)} to ${formatDay(days[days.length - 1].day)}`;
  return total === 0
    ? `${span}: none`
    : `${span}: ${plural(total, 'launch', 'launches')} in all, most on ${formatDay(busiest.day)} (${busiest.launches})`;
}

/**
 * Launches per day as an SVG bar chart, one bar per day; the part of a bar that failed is drawn
 * in red. Each bar has a tooltip (its SVG title) and the chart as a whole an accessible summary.
 */
export function LaunchesChart({ days }: { days: DailyLaunches[] }) {
  const titleId = useId();
  const max = Math.max(1, ...days.map((day) => day.launches));
  const slot = WIDTH / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const summary = chartSummary(days);
  const scale = (count: number) => (count / max) * PLOT;

  return (
    <svg
      data-testid="analytics-chart"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full overflow-visible"
    >
      <title id={titleId}>{summary}</title>
      <line
        x1={0}
        x2={WIDTH}
        y1={TOP + PLOT}
        y2={TOP + PLOT}
        className="stroke-border"
        strokeWidth={1}
      />
      <text x={0} y={TOP - 4} className="fill-muted-foreground text-[11px]">
        {max}
      </text>
      <line
        x1={0}
        x2={WIDTH}
        y1={TOP}
        y2={TOP}
        className="stroke-border"
        strokeDasharray="3 4"
        strokeWidth={1}
      />
      {days.map((day, index) => {
        const x = index * slot + (slot - barWidth) / 2;
        const height = scale(day.launches);
        const failedHeight = scale(Math.min(day.failed, day.launches));
        return (
          <g key={day.day || index}>
            <title>{dayTitle(day)}</title>
            {/* A hit area the full height of the plot, so short bars still show their tooltip. */}
            <rect x={index * slot} y={TOP} width={slot} height={PLOT} fill="transparent" />
            <rect
              data-testid="analytics-bar"
              data-day={day.day}
              data-launches={day.launches}
              x={x}
              y={TOP + PLOT - height}
              width={barWidth}
              height={height}
              rx={Math.min(2, barWidth / 4)}
              className="fill-primary"
            />
            {failedHeight > 0 && (
              <rect
                x={x}
                y={TOP + PLOT - height}
                width={barWidth}
                height={failedHeight}
                className="fill-destructive"
              />
            )}
          </g>
        );
      })}
      {days.every((day) => day.launches === 0) && (
        <text
          x={WIDTH / 2}
          y={TOP + PLOT / 2}
          textAnchor="middle"
          className="fill-muted-foreground text-[13px]"
        >
          No launches in this period
        </text>
      )}
      {days.length > 0 && (
        <>
          <text x={0} y={HEIGHT - 4} className="fill-muted-foreground text-[11px]">
            {formatDay(days[0].day)}
          </text>
          <text
            x={WIDTH}
            y={HEIGHT - 4}
            textAnchor="end"
            className="fill-muted-foreground text-[11px]"
          >
            {formatDay(days[days.length - 1].day)}
          </text>
        </>
      )}
    </svg>
  );
}
