/**
 * Scroll-linked reveal: how much of a chart shows as the reader scrolls through a step.
 */
import { cubicInOut, cubicOut } from 'svelte/easing';
import { clamp01 } from '../clamp01';

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
