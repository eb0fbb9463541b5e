/**
 * Chart marks as printed shapes, drawn as the canvas painter (../charts/paint.ts) draws them:
 * a whole mark filled; a part-filled mark (the remainder of a unit chart) outlined, with its
 * share filled from the left edge; an open mark (an approximate figure, 多/余) a dashed
 * outline with a small plus sign, never filled. Light tones get a dark outline on paper.
 */
import type { Mark } from '../charts/chart-scene';
import { PRINT_MARKS } from '../palette';

export interface PrintMark {
  key: string;
  kind: 'whole' | 'partial' | 'open';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius (a circle is a square with r = w / 2). */
  r: number;
  fill: string;
  /** Outline colour, or null for a dark whole mark. */
  stroke: string | null;
  /** Width filled from the left edge (partial marks). */
  filled: number;
  /** The plus sign of an open mark ("and more"), as path data, or null when too small. */
  plus: string | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

function plusSign(m: Mark): string | null {
  if (m.w < 9) return null;
  const cx = m.x + m.w / 2;
  const cy = m.y + m.h / 2;
  const arm = m.w * 0.22;
  return (
    `M${round(cx - arm)},${round(cy)}H${round(cx + arm)}` +
    `M${round(cx)},${round(cy - arm)}V${round(cy + arm)}`
  );
}

export function printMark(m: Mark): PrintMark {
  const paint = PRINT_MARKS[m.tone];
  const kind = m.open ? 'open' : m.fill >= 0.999 ? 'whole' : 'partial';
  const r = Math.min(m.r, m.w / 2, m.h / 2);
  // Outlines of tiny cells would fill them: a light tone then prints its fill alone.
  const stroke =
    kind === 'whole' ? (m.w >= 4 && m.h >= 4 ? paint.stroke : null) : (paint.stroke ?? paint.fill);
  return {
    key: m.key,
    kind,
    x: round(m.x),
    y: round(m.y),
    w: round(m.w),
    h: round(m.h),
    r: round(r),
    fill: paint.fill,
    stroke,
    filled:
      kind === 'partial' ? round(m.w * Math.max(0, m.fill)) : kind === 'whole' ? round(m.w) : 0,
    plus: kind === 'open' ? plusSign(m) : null,
  };
}

export interface MarkCounts {
  whole: number;
  partial: number;
  open: number;
}

export function countMarks(marks: readonly PrintMark[]): MarkCounts {
  const counts = { whole: 0, partial: 0, open: 0 };
  for (const m of marks) counts[m.kind]++;
  return counts;
}
