/**
 * What "legible on a 320 px phone" means for a chart, as numbers the layouts keep to and the
 * tests check: no mark narrower than MIN_MARK px (more things than fit become one mark per a
 * stated number of them), no text smaller than MIN_TEXT px. Pure.
 */
import type { Label, Mark } from './chart-scene';

/** The smallest side of a mark, CSS px. */
export const MIN_MARK = 8;
/** The smallest font size of chart text, CSS px. */
export const MIN_TEXT = 12;

/** The smallest side of any of the marks (Infinity when there are none). */
export function smallestMark(marks: readonly Pick<Mark, 'w' | 'h'>[]): number {
  let min = Infinity;
  for (const m of marks) min = Math.min(min, m.w, m.h);
  return min;
}

/**
 * Sizes (px) at which ChartLabels sets a label's parts, as its CSS does: the number at `size`,
 * a head's unit at 0.8em and its label at 0.78em (never under MIN_TEXT), a big number's unit at
 * max(0.36em, MIN_TEXT) and its label at max(0.22em, 15px × textScale).
 */
export function labelTextSizes(l: Label, textScale = 1): number[] {
  const sizes = [l.size];
  if (l.role === 'head') {
    if (l.rest) sizes.push(l.size * HEAD_REST);
    if (l.sub) sizes.push(subSize(l.size));
  } else if (l.role === 'big') {
    if (l.rest) sizes.push(Math.max(MIN_TEXT, l.size * BIG_REST));
    if (l.sub) sizes.push(bigSubSize(l.size, textScale));
  }
  return sizes;
}

/** A big number's label (what it counts): 0.22em, at least 15px × textScale (0.9375rem). */
export function bigSubSize(size: number, textScale = 1): number {
  return Math.max(size * 0.22, 15 * textScale);
}

/** A head's unit, in ems of its number. */
export const HEAD_REST = 0.8;
/** A big number's unit, in ems of the number. */
export const BIG_REST = 0.36;

/** A head label's second part (what the figure counts): 0.78em, at least MIN_TEXT. */
export function subSize(size: number): number {
  return Math.max(MIN_TEXT, size * 0.78);
}
