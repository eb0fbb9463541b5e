/**
 * Which step is active, derived from where the steps are *now* (never from a history of
 * observer events): the last step whose top has passed the trigger line.
 */
import { clamp01 } from '../clamp01';

export interface Box {
  top: number;
  bottom: number;
}

export interface Active {
  /** Index of the active step (0 before the story starts). */
  index: number;
  /** How far the trigger line has moved through the active step, 0..1. */
  progress: number;
  /** False while the trigger line is still above the first step (the reader is in the header). */
  entered: boolean;
}

/** Boxes are in document order; triggerY is in the same coordinates (e.g. viewport px). */
export function resolveActive(boxes: readonly Box[], triggerY: number): Active {
  let index = -1;
  for (let i = 0; i < boxes.length; i++) {
    if (boxes[i].top <= triggerY) index = i;
    else break;
  }
  if (index < 0) return { index: 0, progress: 0, entered: false };
  const box = boxes[index];
  const height = box.bottom - box.top;
  const progress = height > 0 ? clamp01((triggerY - box.top) / height) : 1;
  return { index, progress, entered: true };
}

/** True when two readings differ enough to re-render (progress is quantised to 1/200). */
export function activeChanged(a: Active, b: Active): boolean {
  return (
    a.index !== b.index ||
    a.entered !== b.entered ||
    Math.round(a.progress * 200) !== Math.round(b.progress * 200)
  );
}

/**
 * The active step after a scrollama progress event: step `index` of `count` reports that the
 * trigger line has moved `progress` (0..1) through it. Inside the step (0 < progress < 1) the
 * event is the reading. At its bottom (1) the next step starts, unless a later step has already
 * reported; at its top (0) the previous step is fully read (before the first step: not
 * entered), unless an earlier step has already reported. Neighbouring steps' events can
 * arrive in either order, so an edge event never undoes a later reading.
 */
export function activeFromProgress(
  current: Active,
  index: number,
  progress: number,
  count: number,
): Active {
  if (progress > 0 && progress < 1) return { index, progress, entered: true };
  if (progress >= 1) {
    if (current.entered && current.index > index) return current;
    return index + 1 < count
      ? { index: index + 1, progress: 0, entered: true }
      : { index, progress: 1, entered: true };
  }
  if (current.entered && current.index < index) return current;
  if (!current.entered && index > 0) return current;
  return index > 0
    ? { index: index - 1, progress: 1, entered: true }
    : { index: 0, progress: 0, entered: false };
}
