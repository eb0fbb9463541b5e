/** How long the marks' transitions last (morph.ts draws them). */
export const MAX_DURATION = 600;

/**
 * Transition length in ms: 0 when instant (the reader prefers reduced motion, or the chart is
 * hidden), never above 600.
 */
export function tweenDuration(instant: boolean, ms = 500): number {
  if (instant) return 0;
  return Math.min(MAX_DURATION, Math.max(0, Number.isFinite(ms) ? ms : MAX_DURATION));
}
