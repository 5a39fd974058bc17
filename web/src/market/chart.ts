/** A linear map from a data interval onto a pixel interval. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * An SVG path through the points in order; a null value breaks the line (a gap in the data is
 * drawn as a gap, not bridged).
 */
export function linePath(
  points: readonly { x: number; y: number | null }[],
  x: (value: number) => number,
  y: (value: number) => number,
): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (point.y === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${x(point.x).toFixed(1)},${y(point.y).toFixed(1)}`;
    drawing = true;
  }
  return path;
}

/** A round upper bound for an axis: 0.87 -> 1, 3.2 -> 4, 27 -> 30. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}
