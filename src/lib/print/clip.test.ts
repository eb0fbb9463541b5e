import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, clipSegment, type Rect } from './clip';
import type { Point } from './projection';

const BOX: Rect = { x0: 0, y0: 0, x1: 10, y1: 10 };

describe('clipRing', () => {
  it('keeps a ring inside the box (dropping the repeated last point)', () => {
    const ring: Point[] = [
      [1, 1],
      [5, 1],
      [5, 5],
      [1, 1],
    ];
    expect(clipRing(ring, BOX)).toEqual(ring.slice(0, 3));
  });

  it('cuts a ring that crosses the box to its part inside', () => {
    const ring: Point[] = [
      [-5, 2],
      [5, 2],
      [5, 8],
      [-5, 8],
    ];
    const out = clipRing(ring, BOX);
    expect(out.every(([x, y]) => x >= 0 && x <= 10 && y >= 0 && y <= 10)).toBe(true);
    expect(out).toContainEqual([0, 2]);
    expect(out).toContainEqual([0, 8]);
  });

  it('gives the box itself for a ring around it, and nothing for one outside', () => {
    const around: Point[] = [
      [-5, -5],
      [15, -5],
      [15, 15],
      [-5, 15],
    ];
    expect(clipRing(around, BOX)).toHaveLength(4);
    const outside: Point[] = [
      [20, 20],
      [30, 20],
      [30, 30],
    ];
    expect(clipRing(outside, BOX)).toEqual([]);
  });
});

describe('clipSegment', () => {
  it('keeps, cuts or drops a segment', () => {
    expect(clipSegment([1, 1], [2, 2], BOX)).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(clipSegment([-10, 5], [20, 5], BOX)).toEqual([
      [0, 5],
      [10, 5],
    ]);
    expect(clipSegment([-10, -5], [20, -5], BOX)).toBeNull();
  });
});

describe('clipLine', () => {
  it('splits a line that leaves and re-enters the box into runs', () => {
    const line: Point[] = [
      [1, 5],
      [5, 5],
      [5, 20],
      [8, 20],
      [8, 5],
      [9, 5],
    ];
    const runs = clipLine(line, BOX);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toEqual([
      [1, 5],
      [5, 5],
      [5, 10],
    ]);
    expect(runs[1]![0]).toEqual([8, 10]);
    expect(runs[1]![runs[1]!.length - 1]).toEqual([9, 5]);
  });

  it('gives nothing for a line outside', () => {
    expect(
      clipLine(
        [
          [20, 20],
          [30, 30],
        ],
        BOX,
      ),
    ).toEqual([]);
  });
});
