import { describe, expect, it } from 'vitest';
import { activeChanged, resolveActive } from './active';

const boxes = [
  { top: 100, bottom: 300 },
  { top: 300, bottom: 500 },
  { top: 500, bottom: 700 },
];

describe('resolveActive', () => {
  it.each([
    [0, { index: 0, progress: 0, entered: false }],
    [99, { index: 0, progress: 0, entered: false }],
    [100, { index: 0, progress: 0, entered: true }],
    [200, { index: 0, progress: 0.5, entered: true }],
    [300, { index: 1, progress: 0, entered: true }],
    [450, { index: 1, progress: 0.75, entered: true }],
    [699, { index: 2, progress: 0.995, entered: true }],
    // below the last step (the sources section): the last step stays active, fully read
    [5000, { index: 2, progress: 1, entered: true }],
  ])('trigger at %i', (y, expected) => {
    expect(resolveActive(boxes, y)).toEqual(expected);
  });

  it('handles no steps and zero-height steps', () => {
    expect(resolveActive([], 10)).toEqual({ index: 0, progress: 0, entered: false });
    expect(resolveActive([{ top: 0, bottom: 0 }], 10)).toEqual({
      index: 0,
      progress: 1,
      entered: true,
    });
  });

  it('gaps between steps keep the previous step active', () => {
    const gappy = [
      { top: 0, bottom: 100 },
      { top: 200, bottom: 300 },
    ];
    expect(resolveActive(gappy, 150).index).toBe(0);
    expect(resolveActive(gappy, 150).progress).toBe(1);
  });
});

describe('activeChanged', () => {
  const a = { index: 1, progress: 0.5, entered: true };
  it('detects index, entry and visible progress changes only', () => {
    expect(activeChanged(a, { ...a })).toBe(false);
    expect(activeChanged(a, { ...a, progress: 0.501 })).toBe(false);
    expect(activeChanged(a, { ...a, progress: 0.52 })).toBe(true);
    expect(activeChanged(a, { ...a, index: 2 })).toBe(true);
    expect(activeChanged(a, { ...a, entered: false })).toBe(true);
  });
});
