/**
 * Unit charts: one mark stands for a stated number of units and the count is exact. A value
 * that is not a multiple of the units per mark ends in one partial mark whose fraction is kept.
 */

export interface GridBox {
  width: number;
  height: number;
  /** Space between cells, in the box's units. Default 0. */
  gap?: number;
  /** At most this many columns (unitGrid only). */
  maxCols?: number;
  /** groupedUnitGrid only: 'stack' groups top to bottom, 'side' left to right; 'auto' (default)
   * stacks in a tall box and sets side by side in a wide one. */
  direction?: 'auto' | 'stack' | 'side';
}

export interface UnitMark {
  x: number;
  y: number;
  size: number;
}

export interface GroupedUnitMark extends UnitMark {
  group: string;
  /** Index of the mark within its group. */
  index: number;
}

export interface MarkCount {
  full: number;
  /** Fraction (0..1, exclusive of 1) of the last, partial mark; 0 when there is none. */
  partial: number;
  /** Marks drawn: full marks plus the partial one, if any. */
  total: number;
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`${what} must be a whole number >= 0, got ${n}`);
}

function checkBox(box: GridBox): number {
  const gap = box.gap ?? 0;
  if (
    !(box.width > 0) ||
    !(box.height > 0) ||
    !(gap >= 0) ||
    !Number.isFinite(box.width + box.height + gap)
  ) {
    throw new RangeError(`Invalid box ${JSON.stringify(box)}`);
  }
  return gap;
}

/** The smallest round number of units per mark (1, 2, 5, 10, 20, 50 …) so no value needs more
 * than maxMarks marks (a partial last mark counts as one). */
export function unitsPerMark(values: readonly number[], maxMarks: number): number {
  checkCount(maxMarks, 'maxMarks');
  if (maxMarks < 1) throw new RangeError('maxMarks must be >= 1');
  const top = Math.max(0, ...values);
  if (!Number.isFinite(top)) throw new RangeError('values must be finite');
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) {
      if (Math.ceil(top / (step * magnitude)) <= maxMarks) return step * magnitude;
    }
  }
}

/** Full marks, the partial last mark and the marks drawn for a value at perMark units per mark. */
export function unitMarks(value: number, perMark: number): MarkCount {
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`Invalid value ${value}`);
  if (!(perMark > 0) || !Number.isFinite(perMark))
    throw new RangeError(`Invalid perMark ${perMark}`);
  const full = Math.floor(value / perMark);
  const partial = Math.round(((value - full * perMark) / perMark) * 1e9) / 1e9;
  if (partial >= 1) return { full: full + 1, partial: 0, total: full + 1 };
  return { full, partial, total: partial > 0 ? full + 1 : full };
}

function cellSize(cross: number, lanes: number, main: number, lines: number, gap: number): number {
  return Math.min((cross - gap * (lanes - 1)) / lanes, (main - gap * (lines - 1)) / lines);
}

/** Positions of exactly `count` square cells filling the box row by row, as large as fit. */
export function unitGrid(count: number, box: GridBox): UnitMark[] {
  checkCount(count, 'count');
  const gap = checkBox(box);
  if (count === 0) return [];
  const maxCols = Math.min(count, box.maxCols ?? count);
  if (!(maxCols >= 1)) throw new RangeError('maxCols must be >= 1');
  let cols = 1;
  let size = -Infinity;
  for (let c = 1; c <= maxCols; c++) {
    const s = cellSize(box.width, c, box.height, Math.ceil(count / c), gap);
    if (s > size) [cols, size] = [c, s];
  }
  if (!(size > 0)) throw new RangeError(`${count} cells do not fit the box`);
  return Array.from({ length: count }, (_, i) => ({
    x: (i % cols) * (size + gap),
    y: Math.floor(i / cols) * (size + gap),
    size,
  }));
}

/** Several groups of cells of one common size, one empty row (stacked) or column (side by side)
 * between groups; each group fills row by row. */
export function groupedUnitGrid(
  groups: ReadonlyArray<{ id: string; count: number }>,
  box: GridBox,
): GroupedUnitMark[] {
  groups.forEach((g) => checkCount(g.count, `count of ${g.id}`));
  const gap = checkBox(box);
  const present = groups.filter((g) => g.count > 0);
  if (present.length === 0) return [];
  const dir = box.direction ?? 'auto';
  const stack = dir === 'stack' || (dir === 'auto' && box.height > box.width);
  const [cross, main] = stack ? [box.width, box.height] : [box.height, box.width];
  // lanes: cells across the cross axis; lines: cells along the main axis, blank separators included.
  let lanes = 1;
  let size = -Infinity;
  for (let l = 1; l <= Math.max(...present.map((g) => g.count)); l++) {
    const lines = present.reduce((sum, g) => sum + Math.ceil(g.count / l), present.length - 1);
    const s = cellSize(cross, l, main, lines, gap);
    if (s > size) [lanes, size] = [l, s];
  }
  if (!(size > 0)) throw new RangeError('the groups do not fit the box');
  const marks: GroupedUnitMark[] = [];
  let offset = 0;
  for (const g of present) {
    const lines = Math.ceil(g.count / lanes);
    for (let i = 0; i < g.count; i++) {
      const [col, row] = stack
        ? [i % lanes, offset + Math.floor(i / lanes)]
        : [offset + (i % lines), Math.floor(i / lines)];
      marks.push({ x: col * (size + gap), y: row * (size + gap), size, group: g.id, index: i });
    }
    offset += lines + 1;
  }
  return marks;
}
