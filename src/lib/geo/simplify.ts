/**
 * Douglas–Peucker line simplification in plain coordinate space. Used by
 * scripts/data/import-geo.ts (in degrees) and by the print maps (src/lib/print/svg-path.ts, in
 * pixels, after d3-geo has projected and clipped); the tolerance is in the coordinates' unit.
 */
import type { Position } from './geojson';

/** Distance from p to the segment a–b. */
export function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Keeps the first and last point and every point needed so that no dropped point lies
 * farther than tolerance from the simplified line. Returns a new array; input untouched.
 */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxDist = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i], points[first], points[last]);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index >= 0 && maxDist > tolerance) {
      keep[index] = true;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring (first point equals last). Returns null when the ring collapses
 * to fewer than 3 distinct points, i.e. it is smaller than the tolerance.
 */
export function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
  const out = simplifyLine(ring, tolerance);
  return out.length >= 4 ? out : null;
}
