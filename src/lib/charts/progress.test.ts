import { describe, it, expect } from 'vitest';
import { revealProgress, stepProgressEase, travelCount } from './progress';

describe('stepProgressEase', () => {
  it.each<[number, number]>([
    [0, 0],
    [0.1, 0],
    [0.45, 0.5],
    [0.8, 1],
    [1, 1],
    [-1, 0],
    [2, 1],
  ])('default window: %d → %d', (p, expected) => {
    expect(stepProgressEase(p)).toBeCloseTo(expected, 9);
  });

  it('is monotone', () => {
    let last = 0;
    for (let i = 0; i <= 100; i++) {
      const v = stepProgressEase(i / 100);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
  });

  it('takes a window and an easing', () => {
    expect(stepProgressEase(0.5, { start: 0, end: 1, ease: (t) => t })).toBe(0.5);
    expect(() => stepProgressEase(0.5, { start: 0.8, end: 0.2 })).toThrow();
  });

  it('is complete by the end of its window and nothing before its start', () => {
    expect(stepProgressEase(0.9)).toBe(1);
    expect(stepProgressEase(0.05)).toBe(0);
  });
});

describe('revealProgress', () => {
  it('goes from 0 to 1 within the first third of the step, monotonically', () => {
    expect(revealProgress(0)).toBe(0);
    expect(revealProgress(0.3)).toBe(1);
    expect(revealProgress(1)).toBe(1);
    let last = 0;
    for (let i = 0; i <= 100; i++) {
      const r = revealProgress(i / 100);
      expect(r).toBeGreaterThanOrEqual(last);
      last = r;
    }
  });
});

describe('travelCount', () => {
  it.each<[number, number, number]>([
    [4, 0, 1],
    [4, 0.17, 1],
    [4, 0.18, 2],
    [4, 0.5, 3],
    [4, 0.7, 4],
    [4, 1, 4],
    [5, Number.NaN, 1],
  ])('%d items at %d → %d', (n, p, expected) => {
    expect(travelCount(n, p)).toBe(expected);
  });

  it('rejects an empty list', () => {
    expect(() => travelCount(0, 0.5)).toThrow();
  });
});
