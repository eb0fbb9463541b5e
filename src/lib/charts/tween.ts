/**
 * Interruptible transitions between two sets of keyed marks. interpolateMarks returns a function
 * of t (0..1) that gives the marks of that frame; to interrupt a transition, pass the current
 * frame's marks as `from` of the next one.
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';

export const MAX_DURATION = 600;

export interface TweenMark {
  key: string;
  x: number;
  y: number;
  size: number;
}

export interface TweenOptions {
  /** Where entering marks grow from; by default their own position. */
  origin?: { x: number; y: number };
  /** Easing of t; default d3-ease cubicInOut. */
  ease?: (t: number) => number;
}

/** Transition length in ms: 0 when the reader prefers reduced motion, never above 600. */
export function tweenDuration(reducedMotion: boolean, ms = 500): number {
  if (reducedMotion) return 0;
  return Math.min(MAX_DURATION, Math.max(0, Number.isFinite(ms) ? ms : MAX_DURATION));
}

function between<M extends TweenMark>(a: TweenMark, b: M): (t: number) => M {
  const x = interpolateNumber(a.x, b.x);
  const y = interpolateNumber(a.y, b.y);
  const size = interpolateNumber(a.size, b.size);
  return (t) => ({ ...b, x: x(t), y: y(t), size: size(t) });
}

/**
 * Frames from `from` to `to`, matching marks by key: a kept mark moves, an entering mark grows
 * from size 0 at the origin, an exiting mark shrinks to size 0 where it is. t = 0 gives `from`,
 * t = 1 gives `to`; in between, entering marks follow `to`'s order, exiting ones come last.
 */
export function interpolateMarks<M extends TweenMark>(
  from: readonly M[],
  to: readonly M[],
  options: TweenOptions = {},
): (t: number) => M[] {
  const ease = options.ease ?? easeCubicInOut;
  const before = new Map(from.map((m) => [m.key, m]));
  const after = new Set(to.map((m) => m.key));
  if (before.size !== from.length || after.size !== to.length)
    throw new Error('Mark keys must be unique');
  const moves = to.map((m) => {
    const start = before.get(m.key) ?? { ...m, ...(options.origin ?? {}), size: 0 };
    return between(start, m);
  });
  const exits = from.filter((m) => !after.has(m.key)).map((m) => between(m, { ...m, size: 0 }));
  return (t) => {
    if (!(t > 0)) return from.slice();
    if (t >= 1) return to.slice();
    const e = ease(t);
    return [...moves.map((f) => f(e)), ...exits.map((f) => f(e))];
  };
}
