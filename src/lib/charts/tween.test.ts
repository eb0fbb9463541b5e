import { describe, it, expect } from 'vitest';
import { tweenDuration } from './tween';

describe('tweenDuration', () => {
  it.each<[boolean, number | undefined, number]>([
    [true, undefined, 0],
    [true, 400, 0],
    [false, undefined, 500],
    [false, 300, 300],
    [false, 2000, 600],
    [false, -5, 0],
  ])('instant %s, asked %s → %d', (instant, ms, expected) => {
    expect(tweenDuration(instant, ms)).toBe(expected);
  });
});
