/**
 * Wires scrollama to the page. scrollama's enter/exit/progress events, a scroll-end
 * fallback, resizes and hash jumps all lead to one thing: re-reading where the steps are now
 * (resolveActive), once per animation frame. So a fling, an End-key jump, a hash link, a
 * reload mid-page or an orientation change can never leave a stale step behind.
 */
import scrollama from 'scrollama';
import { activeChanged, resolveActive, triggerOffset, type Active } from './active';

export interface ScrollerOptions {
  steps: HTMLElement[];
  onChange: (active: Active) => void;
  /** The window to listen to (the host page's, when embedded). */
  win?: Window;
}

type Offset = 0.5 | 0.6;

export function createScroller({ steps, onChange, win = window }: ScrollerOptions): () => void {
  let last: Active | null = null;
  let frame = 0;
  let settle = 0;
  let resizeTimer = 0;
  let offset = triggerOffset(win.innerWidth) as Offset;

  const measure = () => {
    win.cancelAnimationFrame(frame);
    frame = 0;
    const trigger = win.innerHeight * offset;
    const boxes = steps.map((el) => el.getBoundingClientRect());
    const next = resolveActive(boxes, trigger);
    if (!last || activeChanged(last, next)) {
      last = next;
      onChange(next);
    }
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };
  // After a fling or a jump, read once more when scrolling has stopped: directly, not in a
  // frame, so the final state lands even where frames are throttled (background tabs).
  const scheduleSettle = () => {
    win.clearTimeout(settle);
    settle = win.setTimeout(measure, 120);
  };

  const scroller = scrollama();
  const setup = () =>
    scroller
      .setup({ step: steps, offset, progress: true, threshold: 4 })
      .onStepEnter(schedule)
      .onStepExit(schedule)
      .onStepProgress(schedule);
  setup();

  const onResize = () => {
    win.clearTimeout(resizeTimer);
    resizeTimer = win.setTimeout(() => {
      const next = triggerOffset(win.innerWidth) as Offset;
      if (next !== offset) {
        offset = next;
        scroller.destroy();
        setup();
      } else {
        scroller.resize();
      }
      schedule();
    }, 150);
  };

  const listeners: [EventTarget, string, EventListener][] = [
    [win, 'scroll', scheduleSettle],
    [win, 'scrollend', measure],
    [win, 'resize', onResize],
    [win, 'orientationchange', onResize],
    [win, 'hashchange', scheduleSettle],
    [win, 'load', schedule],
    [win, 'pageshow', schedule],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn, { passive: true });
  measure();

  return () => {
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
    win.cancelAnimationFrame(frame);
    win.clearTimeout(settle);
    win.clearTimeout(resizeTimer);
    scroller.destroy();
  };
}
