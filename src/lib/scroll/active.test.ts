import { describe, expect, it } from 'vitest';
import { activeChanged, activeFromProgress, resolveActive } from './active';

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

describe('activeFromProgress', () => {
  const at = (index: number, progress: number, entered = true) => ({ index, progress, entered });
  const none = at(0, 0, false);

  it('takes a reading inside a step as it is', () => {
    expect(activeFromProgress(at(1, 0.2), 1, 0.6, 3)).toEqual(at(1, 0.6));
    expect(activeFromProgress(none, 2, 0.3, 3)).toEqual(at(2, 0.3));
    // going back up into an earlier step
    expect(activeFromProgress(at(2, 0.1), 1, 0.9, 3)).toEqual(at(1, 0.9));
  });

  it('starts the next step when one is read to its end; the last stays fully read', () => {
    expect(activeFromProgress(at(0, 0.9), 0, 1, 3)).toEqual(at(1, 0));
    expect(activeFromProgress(at(2, 0.9), 2, 1, 3)).toEqual(at(2, 1));
  });

  it('goes back to the previous step, fully read, when the trigger leaves a step upwards', () => {
    expect(activeFromProgress(at(2, 0.1), 2, 0, 3)).toEqual(at(1, 1));
    expect(activeFromProgress(at(0, 0.1), 0, 0, 3)).toEqual(none);
  });

  it('never lets a late edge event undo a later reading', () => {
    // step 1 already reports the trigger inside it; step 0's exit (progress 1) comes after
    expect(activeFromProgress(at(1, 0.05), 0, 1, 3)).toEqual(at(1, 0.05));
    // going up: step 0 already reports; step 1's exit (progress 0) comes after
    expect(activeFromProgress(at(0, 0.95), 1, 0, 3)).toEqual(at(0, 0.95));
    // the trigger reaching a step's top from above (progress 0) while the previous is current
    expect(activeFromProgress(at(1, 0.99), 2, 0, 3)).toEqual(at(1, 0.99));
    // before the story, a lower step's top edge changes nothing
    expect(activeFromProgress(none, 1, 0, 3)).toEqual(none);
  });
});
