import { describe, it, expect } from 'vitest';
import { waffle } from './waffle';

describe('waffle', () => {
  it.each<[number, number, number, number]>([
    [78.3, 100, 78, 0.3],
    [85, 100, 85, 0],
    [97, 100, 97, 0],
    [72, 100, 72, 0],
    [80, 100, 80, 0],
    [0, 100, 0, 0],
    [100, 100, 100, 0],
    [78.3, 10, 7, 0.83],
    [50, 30, 15, 0],
    [0.05, 100, 0, 0.05],
  ])('%d%% of %d cells → %d full + %d', (percent, cells, filled, partial) => {
    const w = waffle(percent, cells);
    expect(w).toMatchObject({ cells, filled, partial });
    expect(w.fills).toHaveLength(cells);
    const sum = w.fills.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo((percent * cells) / 100, 9);
    expect(w.fills.filter((f) => f === 1)).toHaveLength(filled);
  });

  it('keeps the partial cell right after the full ones', () => {
    const w = waffle(78.3);
    expect(w.fills[77]).toBe(1);
    expect(w.fills[78]).toBe(0.3);
    expect(w.fills[79]).toBe(0);
  });

  it.each([-1, 100.1, Number.NaN])('rejects %d%%', (p) => expect(() => waffle(p)).toThrow());
  it('rejects a bad cell count', () => expect(() => waffle(50, 0)).toThrow());
});
