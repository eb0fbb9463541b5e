import { describe, expect, it } from 'vitest';
import { clamp01 } from './clamp01';

describe('clamp01', () => {
  it.each<[number, number]>([
    [-0.5, 0],
    [0, 0],
    [0.25, 0.25],
    [1, 1],
    [1.5, 1],
    [Number.NEGATIVE_INFINITY, 0],
    [Number.POSITIVE_INFINITY, 1],
    [Number.NaN, 0],
  ])('%d → %d', (x, want) => expect(clamp01(x)).toBe(want));
});
