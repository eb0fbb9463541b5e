/**
 * Frames between two sets of canvas marks, so one persistent chart layer moves from a step's
 * state to the next instead of swapping pictures. Marks with the same key move; marks without
 * a partner take over a leftover mark of the previous state in order (2000 cadres' squares
 * flow into the households' grid); what is still left grows from or shrinks to its centre.
 * Interrupting is starting a new morph from the frame on screen.
 */
import { cubicInOut } from 'svelte/easing';
import { interpolateRgb } from 'd3-interpolate';
import type { Mark } from './chart-scene';
import { TONE_COLORS } from '../palette';

/** A mark as drawn: its tone resolved to a colour, which may be between two tones. */
export interface DrawMark extends Omit<Mark, 'tone'> {
  color: string;
}

export function toDraw(m: Mark): DrawMark {
  return {
    key: m.key,
    x: m.x,
    y: m.y,
    w: m.w,
    h: m.h,
    r: m.r,
    color: TONE_COLORS[m.tone],
    fill: m.fill,
    open: m.open,
    reveal: m.reveal,
  };
}

/** Marks drawn at a reveal progress: those whose threshold it has reached. */
export function visible(marks: readonly DrawMark[], reveal: number): DrawMark[] {
  return marks.filter((m) => m.reveal <= reveal + 1e-9);
}

function collapsed(m: DrawMark): DrawMark {
  return { ...m, x: m.x + m.w / 2, y: m.y + m.h / 2, w: 0, h: 0, r: 0 };
}

/** Colour blends in 8 steps, one ramp per pair of colours: marks mid-way share a few colours
 * (so the painter can batch them) and no colour is parsed per mark or per frame. */
const STEPS = 8;
function rampCache(): (a: string, b: string) => string[] {
  const ramps = new Map<string, string[]>();
  return (a, b) => {
    const id = `${a}>${b}`;
    let ramp = ramps.get(id);
    if (!ramp) {
      const blend = interpolateRgb(a, b);
      ramp = Array.from({ length: STEPS + 1 }, (_, i) => (i === STEPS ? b : blend(i / STEPS)));
      ramps.set(id, ramp);
    }
    return ramp;
  };
}

/** One mark's way from a to b: writes the mark at t into `out` (reused from frame to frame, so
 * an animation makes no garbage per mark per frame). */
function between(
  a: DrawMark,
  b: DrawMark,
  ramp: (a: string, b: string) => string[],
): (t: number, out: DrawMark) => void {
  const colors = a.color === b.color ? null : ramp(a.color, b.color);
  const { x, y, w, h, r, fill, open } = a;
  const dx = b.x - x;
  const dy = b.y - y;
  const dw = b.w - w;
  const dh = b.h - h;
  const dr = b.r - r;
  const df = b.fill - fill;
  return (t, out) => {
    out.x = x + dx * t;
    out.y = y + dy * t;
    out.w = w + dw * t;
    out.h = h + dh * t;
    out.r = Math.max(0, r + dr * t);
    out.color = colors ? (colors[Math.round(t * STEPS)] ?? b.color) : b.color;
    out.fill = fill + df * t;
    out.open = t < 0.5 ? open : b.open;
  };
}

/**
 * Frames from `from` to `to`: t = 0 gives `from`, t ≥ 1 gives `to`, eased in between. The
 * frames in between are one array of marks updated in place: use a frame before asking for the
 * next (a new morph from the frame on screen copies what it needs).
 */
export function morph(
  from: readonly DrawMark[],
  to: readonly DrawMark[],
  ease: (t: number) => number = cubicInOut,
): (t: number) => DrawMark[] {
  const before = new Map(from.map((m) => [m.key, m]));
  const targets = new Set(to.map((m) => m.key));
  const leftovers = from.filter((m) => !targets.has(m.key));
  const ramp = rampCache();
  let spare = 0;
  const steps = to.map((m) => {
    const start = before.get(m.key) ?? leftovers[spare++] ?? collapsed(m);
    return between(start, m, ramp);
  });
  const exits = leftovers.slice(spare);
  for (const m of exits) steps.push(between(m, { ...collapsed(m), reveal: 0 }, ramp));
  const frame: DrawMark[] = [...to, ...exits].map((m, i) => ({
    ...m,
    reveal: i < to.length ? m.reveal : 0,
  }));
  return (t) => {
    if (t >= 1) return to.slice();
    const e = ease(Math.max(0, t));
    for (let i = 0; i < steps.length; i++) steps[i]!(e, frame[i]!);
    return frame;
  };
}
