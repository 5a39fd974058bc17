import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { templateAnalytics } from '@/test/fixtures';

import { LaunchesChart } from './LaunchesChart';
import { toAnalytics } from './model';

const days = toAnalytics(templateAnalytics).daily;

describe('LaunchesChart', () => {
  it('draws one bar per day with an accessible summary', () => {
    render(<LaunchesChart days={days} />);

    const chart = screen.getByRole('img', {
      name: 'Launches per day from Feb 14 to Mar 15: 34 launches in all, most on Mar 15 (9)',
    });
    expect(chart).toHaveAttribute('data-testid', 'analytics-chart');
    const bars = screen.getAllByTestId('analytics-bar');
    expect(bars).toHaveLength(30);
    expect(bars.map((bar) => bar.getAttribute('data-day'))).toEqual(days.map((day) => day.day));
  });

  it('scales bars to the busiest day and titles each with its counts', () => {
    render(<LaunchesChart days={days} />);
    const bars = screen.getAllByTestId('analytics-bar');

    const busiest = Number(bars[29].getAttribute('height'));
    expect(Number(bars[0].getAttribute('height'))).toBeCloseTo((busiest * 5) / 9);
    expect(Number(bars[1].getAttribute('height'))).toBe(0);
    expect(bars[29].parentElement?.querySelector('title')).toHaveTextContent(
      'Mar 15: 9 launches, 8 ready, 1 failed',
    );
    expect(bars[1].parentElement?.querySelector('title')).toHaveTextContent('Feb 15: 0 launches');
  });

  it('says so when nothing was launched', () => {
    render(
      <LaunchesChart days={days.map((day) => ({ ...day, launches: 0, ready: 0, failed: 0 }))} />,
    );
    expect(
      screen.getByRole('img', { name: 'Launches per day from Feb 14 to Mar 15: none' }),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('analytics-bar')).toHaveLength(30);
    expect(screen.getByText('No launches in this period')).toBeInTheDocument();
  });
});
