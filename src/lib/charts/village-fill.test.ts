import { describe, it, expect } from 'vitest';
import { villageCountFor, villageFill } from './village-fill';

describe('villageFill', () => {
  it.each<[number, number, number, number]>([
    [1, 2, 30, 15],
    [4, 5, 30, 24],
    [1, 3, 30, 10],
    [1, 1, 30, 30],
    [0, 5, 30, 0],
    [4, 5, 5, 4],
  ])('%d/%d of %d villages → %d filled', (num, den, villages, filled) => {
    expect(villageFill(num, den, villages)).toEqual({ villages, filled, empty: villages - filled });
  });

  it.each<[number, number, number]>([
    [4, 5, 32],
    [1, 3, 20],
    [1, 2, 7],
  ])('refuses to round %d/%d of %d', (num, den, villages) => {
    expect(() => villageFill(num, den, villages)).toThrow(/multiple/);
  });

  it.each<[number, number, number]>([
    [3, 2, 30],
    [1, 0, 30],
    [1.5, 2, 30],
    [1, 2, -2],
  ])('rejects %d/%d of %d', (num, den, villages) => {
    expect(() => villageFill(num, den, villages)).toThrow();
  });
});

describe('villageCountFor', () => {
  it.each<[number[], number, number, number]>([
    [[2, 5, 3], 20, 40, 30],
    [[2, 5, 3, 1], 1, 100, 30],
    [[2, 5, 3], 31, 100, 60],
    [[2], 7, 20, 8],
    [[4, 6], 10, 30, 12],
    [[], 5, 10, 5],
  ])('%j in [%d, %d] → %d', (dens, min, max, n) => {
    const got = villageCountFor(dens, min, max);
    expect(got).toBe(n);
    for (const d of dens) expect(() => villageFill(1, d, got)).not.toThrow();
  });

  it('throws when no count fits', () => {
    expect(() => villageCountFor([2, 5, 3], 31, 59)).toThrow();
  });
});
