/**
 * Percentages as a filled part of a whole. Nothing is rounded away: 78.3% of 100 cells is
 * 78 full cells and one cell filled to 0.3.
 */

export interface Waffle {
  cells: number;
  /** Whole cells filled. */
  filled: number;
  /** Fill (0..1) of the one partly filled cell after the full ones; 0 when none. */
  partial: number;
  /** Fill of every cell in order: 1, …, 1, partial, 0, …, 0. */
  fills: number[];
}

function checkPercent(percent: number): void {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`A percentage must be within 0..100, got ${percent}`);
  }
}

/** Removes float noise (0.29999999999999716 → 0.3) without rounding the stated precision away. */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** A waffle of `cells` cells (default 100) filled to `percent`. */
export function waffle(percent: number, cells = 100): Waffle {
  checkPercent(percent);
  if (!Number.isInteger(cells) || cells < 1) throw new RangeError(`Invalid cell count ${cells}`);
  const amount = clean((percent * cells) / 100);
  const filled = Math.floor(amount);
  const partial = clean(amount - filled);
  const fills = Array.from({ length: cells }, (_, i) =>
    i < filled ? 1 : i === filled ? partial : 0,
  );
  return { cells, filled, partial, fills };
}
