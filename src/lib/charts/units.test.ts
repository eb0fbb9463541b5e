import { describe, it, expect } from 'vitest';
import { groupedUnitGrid, unitGrid, unitMarks, unitsPerMark, type UnitMark } from './units';

const EPS = 1e-9;

function expectInside(marks: UnitMark[], width: number, height: number): void {
  const outside = marks.filter(
    (m) =>
      !(m.size > 0) ||
      m.x < -EPS ||
      m.y < -EPS ||
      m.x + m.size > width + EPS ||
      m.y + m.size > height + EPS,
  );
  expect(outside).toEqual([]);
}

/** Sweep along x: only marks starting within one size to the right can overlap. */
function overlaps(marks: UnitMark[]): boolean {
  const sorted = [...marks].sort((a, b) => a.x - b.x || a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.size - EPS; j++) {
      if (Math.abs(a.y - sorted[j]!.y) < Math.min(a.size, sorted[j]!.size) - EPS) return true;
    }
  }
  return false;
}

describe('test helpers', () => {
  it('overlaps() sees an overlap', () => {
    const size = 10;
    expect(
      overlaps([
        { x: 0, y: 0, size },
        { x: 5, y: 5, size },
      ]),
    ).toBe(true);
    expect(
      overlaps([
        { x: 0, y: 0, size },
        { x: 10, y: 0, size },
      ]),
    ).toBe(false);
  });
});

describe('unitsPerMark', () => {
  it.each<[number[], number, number]>([
    [[86], 100, 1],
    [[2000, 2400], 300, 10],
    [[2000, 2400], 250, 10],
    [[2000, 2400], 200, 20],
    [[4900], 300, 20],
    [[4900], 49, 100],
    [[4900], 48, 200],
    [[242, 15, 19, 12], 100, 5],
    [[2774], 1000, 5],
    [[], 10, 1],
    [[0], 10, 1],
  ])('%j with at most %d marks → %d per mark', (values, maxMarks, expected) => {
    const per = unitsPerMark(values, maxMarks);
    expect(per).toBe(expected);
    for (const v of values) expect(unitMarks(v, per).total).toBeLessThanOrEqual(maxMarks);
  });

  it('throws without room for a mark', () => {
    expect(() => unitsPerMark([10], 0)).toThrow();
  });
});

describe('unitMarks', () => {
  it.each<[number, number, number, number, number]>([
    [2000, 10, 200, 0, 200],
    [2400, 10, 240, 0, 240],
    [4900, 20, 245, 0, 245],
    [86, 10, 8, 0.6, 9],
    [242, 5, 48, 0.4, 49],
    [2774, 10, 277, 0.4, 278],
    [7, 1, 7, 0, 7],
    [0, 10, 0, 0, 0],
    [1, 3, 0, 0.333333333, 1],
  ])('%d at %d per mark', (value, per, full, partial, total) => {
    const m = unitMarks(value, per);
    expect(m).toEqual({ full, partial, total });
    // The count is exact: full marks plus the partial mark give back the value.
    expect((m.full + m.partial) * per).toBeCloseTo(value, 6);
  });

  it.each([
    [-1, 10],
    [10, 0],
    [Number.NaN, 1],
  ])('throws for %d, %d', (v, p) => expect(() => unitMarks(v, p)).toThrow());
});

describe('unitGrid', () => {
  const boxes = [
    { width: 320, height: 560, gap: 1 },
    { width: 960, height: 540, gap: 2 },
    { width: 100, height: 100 },
  ];
  for (const box of boxes) {
    it.each([0, 1, 2, 7, 35, 86, 200, 240, 2400, 4900])(
      `gives exactly %d marks in ${box.width}×${box.height}`,
      (n) => {
        const marks = unitGrid(n, box);
        expect(marks).toHaveLength(n);
        expectInside(marks, box.width, box.height);
        expect(overlaps(marks)).toBe(false);
        expect(new Set(marks.map((m) => m.size)).size).toBeLessThanOrEqual(1);
      },
    );
  }

  it.each<[number, number, number, number]>([
    [1, 100, 50, 50],
    [4, 100, 100, 50],
    [2, 100, 100, 50],
    [7, 100, 1000, 100],
    [100, 100, 100, 10],
  ])('%d cells in %d×%d are %d wide', (n, width, height, size) => {
    expect(unitGrid(n, { width, height })[0]?.size).toBeCloseTo(size, 9);
  });

  it('fills row by row and honours maxCols', () => {
    const marks = unitGrid(6, { width: 600, height: 600, maxCols: 2 });
    expect(marks.map((m) => [m.x / m.size, m.y / m.size])).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it.each([
    [-1, { width: 10, height: 10 }],
    [2.5, { width: 10, height: 10 }],
    [5, { width: 0, height: 10 }],
    [5, { width: 10, height: 10, gap: 5 }],
  ])('throws for %d in %j', (n, box) => expect(() => unitGrid(n, box)).toThrow());
});

describe('groupedUnitGrid', () => {
  const cases: Array<[string, { width: number; height: number; gap?: number }, 'stack' | 'side']> =
    [
      ['phone', { width: 340, height: 600, gap: 1 }, 'stack'],
      ['desktop', { width: 900, height: 480, gap: 1 }, 'side'],
    ];
  it.each(cases)('%s: cadres then households, exact counts, one size', (_n, box, dir) => {
    const groups = [
      { id: 'cadres', count: 200 },
      { id: 'households', count: 240 },
    ];
    const marks = groupedUnitGrid(groups, box);
    expect(marks.filter((m) => m.group === 'cadres')).toHaveLength(200);
    expect(marks.filter((m) => m.group === 'households')).toHaveLength(240);
    expect(new Set(marks.map((m) => m.size)).size).toBe(1);
    expectInside(marks, box.width, box.height);
    expect(overlaps(marks)).toBe(false);
    const ends = (id: string, axis: 'x' | 'y') => {
      const v = marks.filter((m) => m.group === id).map((m) => m[axis]);
      return [Math.min(...v), Math.max(...v)];
    };
    const axis = dir === 'stack' ? 'y' : 'x';
    // The second group begins after the first ends, with a blank line between.
    expect(ends('households', axis)[0]).toBeGreaterThan(ends('cadres', axis)[1]! + marks[0]!.size);
  });

  it.each([1, 7, 86, 2400, 4900])('many groups keep exact counts (%d)', (n) => {
    const groups = [
      { id: 'a', count: n },
      { id: 'b', count: 0 },
      { id: 'c', count: 3 },
    ];
    for (const direction of ['stack', 'side'] as const) {
      const marks = groupedUnitGrid(groups, { width: 500, height: 500, direction });
      expect(marks).toHaveLength(n + 3);
      expect(marks.filter((m) => m.group === 'a').map((m) => m.index)).toEqual([
        ...Array(n).keys(),
      ]);
      expectInside(marks, 500, 500);
      expect(overlaps(marks)).toBe(false);
    }
  });

  it('returns no marks for empty groups', () => {
    expect(groupedUnitGrid([{ id: 'a', count: 0 }], { width: 10, height: 10 })).toEqual([]);
    expect(groupedUnitGrid([], { width: 10, height: 10 })).toEqual([]);
  });
});
