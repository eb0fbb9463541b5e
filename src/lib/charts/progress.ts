/**
 * Scroll-linked reveal: how much of a chart shows as the reader scrolls through a step.
 */
import { cubicInOut, cubicOut } from 'svelte/easing';

function clamp01(p: number): number {
  return Number.isNaN(p) ? 0 : Math.min(1, Math.max(0, p));
}

/** Marks shown at scroll progress 0..1 through a step: monotone, 0 → none, 1 → all. */
export function revealCount(total: number, progress: number): number {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`Invalid total ${total}`);
  const p = clamp01(progress);
  if (p >= 1) return total;
  // The small epsilon keeps float noise (0.29 × 100 = 28.999…) from dropping a mark.
  return Math.min(total, Math.floor(total * p + 1e-9));
}

export interface StepEaseOptions {
  /** Progress at which the reveal starts. Default 0.1. */
  start?: number;
  /** Progress at which it is complete, so the full chart is seen before the step leaves. Default 0.8. */
  end?: number;
  ease?: (t: number) => number;
}

/** Maps step progress to eased reveal progress 0..1 within [start, end], clamped outside. */
export function stepProgressEase(progress: number, options: StepEaseOptions = {}): number {
  const { start = 0.1, end = 0.8, ease = cubicInOut } = options;
  if (!(start >= 0 && end <= 1 && start < end))
    throw new RangeError(`Invalid window ${start}..${end}`);
  return clamp01(ease(clamp01((clamp01(progress) - start) / (end - start))));
}

/** Scroll-linked reveal of a step's accumulating marks: starts at once and is complete by a
 * third of the step, while the step's text is still in view. */
export function revealProgress(progress: number): number {
  return stepProgressEase(progress, { start: 0, end: 0.3, ease: cubicOut });
}

/** Items stressed at a progress through the step, for a highlight that travels along a
 * cascade or round a loop: 1 at the start, all n by 70% of the step. */
export function travelCount(n: number, progress: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Invalid item count ${n}`);
  return Math.min(n, 1 + Math.floor((clamp01(progress) / 0.7) * n));
}
