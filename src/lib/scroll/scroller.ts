/**
 * Wires scrollama to the page. scrollama's enter/exit/progress events, a scroll-end
 * fallback, resizes and hash jumps all lead to one thing: re-reading where the steps are now
 * (resolveActive), at most once per animation frame. So a fling, an End-key jump, a hash
 * link, a reload mid-page or an orientation change can never leave a stale step behind.
 */
import scrollama, { type DecimalType } from 'scrollama';
import { activeChanged, resolveActive, type Active } from './active';
import { windowViewport, type Viewport } from './viewport';

export interface ScrollerOptions {
  steps: HTMLElement[];
  onChange: (active: Active) => void;
  /** The visible area (default: the window). */
  viewport?: Viewport;
  /** The window whose timers and frames to use. */
  win?: Window;
  /**
   * The trigger line as a share of the visible area's height (scrollama's offset), read at
   * setup and after each resize: the layout decides it (attach.ts).
   */
  offset?: () => number;
}

export function createScroller({
  steps,
  onChange,
  win = window,
  viewport = windowViewport(win),
  offset: readOffset = () => 0.5,
}: ScrollerOptions): () => void {
  let last: Active | null = null;
  let frame = 0;
  let settle = 0;
  let resizeTimer = 0;
  let offset = readOffset();

  const measure = () => {
    win.cancelAnimationFrame(frame);
    frame = 0;
    const trigger = viewport.top() + viewport.height() * offset;
    const next = resolveActive(
      steps.map((el) => el.getBoundingClientRect()),
      trigger,
    );
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
  // scrollama's setup() adds a document scroll listener it never removes (it only tracks the
  // scroll direction, which we do not use): catch it here, so the teardown removes it.
  const release = catchScrollListeners(win.document, () => {
    scroller
      // Any share from 0 to 1 works (scrollama's types list only the tenths).
      .setup({ step: steps, offset: offset as DecimalType, progress: true, threshold: 4 })
      .onStepEnter(schedule)
      .onStepExit(schedule)
      .onStepProgress(schedule);
  });

  const onResize = () => {
    win.clearTimeout(resizeTimer);
    resizeTimer = win.setTimeout(() => {
      const next = readOffset();
      // A changed trigger line (a breakpoint crossed, a new band) moves scrollama's, without a new setup().
      if (next !== offset) {
        offset = next;
        // (scrollama 3.2 has offset(); its type declarations lag behind)
        (scroller as unknown as { offset(x: number): void }).offset(offset);
      } else {
        scroller.resize();
      }
      measure();
    }, 150);
  };

  const unlisten = viewport.listen((change) => {
    if (change === 'resize') onResize();
    else if (change === 'settle') measure();
    else {
      schedule();
      scheduleSettle();
    }
  });
  measure();

  return () => {
    unlisten();
    win.cancelAnimationFrame(frame);
    win.clearTimeout(settle);
    win.clearTimeout(resizeTimer);
    scroller.destroy();
    release();
  };
}

type Listener = [EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined];

/**
 * Runs `fn`, recording the scroll listeners it adds to `doc`; returns a function that removes
 * them.
 */
export function catchScrollListeners(doc: Document, fn: () => void): () => void {
  const caught: Listener[] = [];
  const add = doc.addEventListener;
  const own = Object.prototype.hasOwnProperty.call(doc, 'addEventListener');
  doc.addEventListener = function (
    this: Document,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (type === 'scroll' && listener) caught.push([listener, options]);
    if (listener) add.call(this, type, listener, options);
  } as Document['addEventListener'];
  try {
    fn();
  } finally {
    if (own) doc.addEventListener = add;
    else delete (doc as { addEventListener?: unknown }).addEventListener;
  }
  return () => {
    for (const [listener, options] of caught) doc.removeEventListener('scroll', listener, options);
    caught.length = 0;
  };
}
