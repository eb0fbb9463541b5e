/** A number clamped to 0..1; NaN becomes 0. */
export function clamp01(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
}
