import { describe, it, expect } from 'vitest';
import { segmentDistance, simplifyLine, simplifyRing } from './simplify';

describe('segmentDistance', () => {
  it('measures to the segment, not the infinite line', () => {
    expect(segmentDistance([1, 1], [0, 0], [2, 0])).toBeCloseTo(1);
    expect(segmentDistance([3, 0], [0, 0], [2, 0])).toBeCloseTo(1);
    expect(segmentDistance([0, 2], [0, 0], [0, 0])).toBeCloseTo(2);
  });
});

describe('simplifyLine', () => {
  it('drops collinear and near-collinear points, keeps the endpoints', () => {
    const line = [
      [0, 0],
      [1, 0.001],
      [2, -0.001],
      [3, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps points farther than the tolerance', () => {
    const line = [
      [0, 0],
      [1, 1],
      [2, 0],
      [3, 1],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.5)).toEqual(line);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it('does not touch its input and handles short lines', () => {
    const line = [
      [0, 0],
      [1, 0],
      [2, 0],
    ];
    const copy = structuredClone(line);
    simplifyLine(line, 1);
    expect(line).toEqual(copy);
    expect(simplifyLine([[5, 5]], 1)).toEqual([[5, 5]]);
    expect(simplifyLine([], 1)).toEqual([]);
  });

  it('never moves a dropped point farther than the tolerance from the result', () => {
    const line = Array.from({ length: 200 }, (_, i) => [i / 10, Math.sin(i / 7) * 2]);
    const tol = 0.05;
    const out = simplifyLine(line, tol);
    expect(out.length).toBeLessThan(line.length);
    for (const p of line) {
      let best = Infinity;
      for (let i = 0; i < out.length - 1; i++) {
        best = Math.min(best, segmentDistance(p, out[i], out[i + 1]));
      }
      expect(best).toBeLessThanOrEqual(tol + 1e-12);
    }
  });
});

describe('simplifyRing', () => {
  const square = [
    [0, 0],
    [1, 0],
    [1, 0.5],
    [1, 1],
    [0, 1],
    [0, 0],
  ];

  it('keeps a ring closed', () => {
    const out = simplifyRing(square, 0.01)!;
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(out).toHaveLength(5);
  });

  it('returns null when the ring collapses below the tolerance', () => {
    expect(simplifyRing(square, 5)).toBeNull();
  });
});
