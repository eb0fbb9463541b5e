/**
 * Attaches the scroller to a story's steps (`[data-step]` inside `stepsEl`): optionally
 * brings a start step to the trigger line first. The layout is the phone one while the
 * story's own box (`box`) is at most 768 px wide. Returns the teardown.
 */
import type { Active } from './active';
import { createScroller } from './scroller';
import type { Viewport } from './viewport';

export interface AttachOptions {
  box: HTMLElement;
  stepsEl: HTMLElement;
  onActive: (active: Active) => void;
  start?: string | null;
  viewport?: Viewport;
}

export function attachSteps({ box, stepsEl, onActive, start, viewport }: AttachOptions) {
  const steps = Array.from(stepsEl.querySelectorAll<HTMLElement>('[data-step]'));
  // Its scroll-margin puts the step just above the trigger line, so it becomes current.
  if (start) steps.find((el) => el.dataset.step === start)?.scrollIntoView({ block: 'start' });
  return createScroller({
    steps,
    onChange: onActive,
    viewport,
    narrow: () => box.clientWidth <= 768,
  });
}
