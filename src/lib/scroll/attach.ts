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
  // Its scroll-margin puts the step just above the trigger line, so it becomes current. Steps
  // not yet laid out have estimated sizes (content-visibility): aim again, frame by frame,
  // until the step stays put.
  const target = start ? steps.find((el) => el.dataset.step === start) : undefined;
  let aim = 0;
  if (target) {
    let tries = 0;
    const again = () => {
      const before = target.getBoundingClientRect().top;
      target.scrollIntoView({ block: 'start' });
      if (++tries < 6 && Math.abs(target.getBoundingClientRect().top - before) > 1)
        aim = requestAnimationFrame(again);
    };
    target.scrollIntoView({ block: 'start' });
    aim = requestAnimationFrame(again);
  }
  const stop = createScroller({
    steps,
    onChange: onActive,
    viewport,
    narrow: () => box.clientWidth <= 768,
  });
  return () => {
    cancelAnimationFrame(aim);
    stop();
  };
}
