/**
 * A gently curved line between two places for the study-tour view (茅箭区 → each county):
 * a quadratic Bézier in lng/lat space. It is a drawing device, not a route.
 */
import type { LngLat } from './geojson';

/**
 * n points (n >= 2, endpoints included) from `from` to `to`. The control point sits at the
 * chord's midpoint, moved sideways by bend × chord length; bend > 0 bulges towards the north
 * (towards the east for a due north–south chord), bend < 0 the other way.
 */
export function arcPoints(from: LngLat, to: LngLat, n = 32, bend = 0.2): LngLat[] {
  if (!Number.isInteger(n) || n < 2)
    throw new Error(`arcPoints: n must be an integer >= 2, got ${n}`);
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  // Unit-free normal of the chord (-dy, dx), turned to point north (or east).
  const flip = dx < 0 || (dx === 0 && dy > 0) ? -1 : 1;
  const cx = (from[0] + to[0]) / 2 - dy * bend * flip;
  const cy = (from[1] + to[1]) / 2 + dx * bend * flip;
  const out: LngLat[] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    out.push([a * from[0] + b * cx + c * to[0], a * from[1] + b * cy + c * to[1]]);
  }
  out[0] = [from[0], from[1]];
  out[n - 1] = [to[0], to[1]];
  return out;
}
