/**
 * Clipping projected shapes to the picture (plus a margin), so a printed map carries only
 * what shows: Sutherland–Hodgman for polygon rings, Liang–Barsky for lines.
 */
import type { Point } from './projection';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Edge = (p: Point) => number;

/** Signed distances inside each edge of the rectangle (>= 0 inside). */
function edges(r: Rect): Edge[] {
  return [(p) => p[0] - r.x0, (p) => r.x1 - p[0], (p) => p[1] - r.y0, (p) => r.y1 - p[1]];
}

function cut(a: Point, b: Point, da: number, db: number): Point {
  const t = da / (da - db);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** The part of a closed ring inside the rectangle (open: no repeated last point); [] if none. */
export function clipRing(ring: readonly Point[], r: Rect): Point[] {
  let out: Point[] = ring.slice();
  const last = out[out.length - 1];
  if (out.length > 1 && last && last[0] === out[0]![0] && last[1] === out[0]![1]) out.pop();
  for (const inside of edges(r)) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[i]!;
      const b = input[(i + 1) % input.length]!;
      const da = inside(a);
      const db = inside(b);
      if (da >= 0) out.push(a);
      if (da >= 0 !== db >= 0) out.push(cut(a, b, da, db));
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? out : [];
}

/** The runs of a line inside the rectangle. */
export function clipLine(line: readonly Point[], r: Rect): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  const end = () => {
    if (run.length > 1) runs.push(run);
    run = [];
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const seg = clipSegment(line[i]!, line[i + 1]!, r);
    if (!seg) {
      end();
      continue;
    }
    const [a, b] = seg;
    const prev = run[run.length - 1];
    if (!prev || prev[0] !== a[0] || prev[1] !== a[1]) {
      end();
      run.push(a);
    }
    run.push(b);
    // The segment left the rectangle: the next visible part is a new run.
    if (b !== line[i + 1]) end();
  }
  end();
  return runs;
}

/** Liang–Barsky: the part of segment a–b inside the rectangle, or null. */
export function clipSegment(a: Point, b: Point, r: Rect): [Point, Point] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const tests: [number, number][] = [
    [-dx, a[0] - r.x0],
    [dx, r.x1 - a[0]],
    [-dy, a[1] - r.y0],
    [dy, r.y1 - a[1]],
  ];
  for (const [p, q] of tests) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  const at = (t: number): Point => [a[0] + dx * t, a[1] + dy * t];
  return [t0 === 0 ? a : at(t0), t1 === 1 ? b : at(t1)];
}
