import { describe, expect, it } from 'vitest';

import { linePath, linearScale, niceMax } from './chart';

describe('chart helpers', () => {
  it('maps a domain onto pixels, upside down for a y axis', () => {
    const y = linearScale([0, 2], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(1)).toBe(50);
    expect(y(2)).toBe(0);
  });

  it('draws a line through the points and breaks it where a value is missing', () => {
    const identity = (v: number) => v;
    const path = linePath(
      [
        { x: 0, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: null },
        { x: 3, y: 4 },
      ],
      identity,
      identity,
    );
    expect(path).toBe('M0.0,1.0L1.0,2.0M3.0,4.0');
  });

  it('rounds axis tops up to a readable number', () => {
    expect(niceMax(0.87)).toBe(1);
    expect(niceMax(3.2)).toBe(4);
    expect(niceMax(27)).toBe(30);
    expect(niceMax(0)).toBe(1);
  });
});
