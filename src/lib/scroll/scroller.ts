/**
 * Wires scrollama to the steps. Its step events drive the active step: each progress event
 * (the trigger line's way through one step, 4 px at a time) becomes the reading
 * (activeFromProgress). The geometric re-read of every step's box (resolveActive) runs only on
 * jumps, where events may lag or be missing: at setup, on load, hash links, resizes and
 * orientation changes, after End/Home, and when a scroll ends far from where the last event
 * put the reader, or a late event of that scroll moves the reading after it ended (reread.ts
 * decides). A layout change (a breakpoint crossed, a new band) moves
 * scrollama's trigger line with offset(), or resize(); setup() runs once.
 *
 * In a live iframe the reader's viewport is the host's, posted by message (embed/frame.svelte.ts).
 * scrollama cannot follow it there: its observers measure against this window's innerHeight
 * (the whole frame, not the host's visible part), and an IntersectionObserver in a
 * cross-origin frame ignores the rootMargins scrollama's trigger line is made of. So there,
 * and only there, every posted scroll frame re-reads the boxes (at most once per frame).
 */
import scrollama, { type DecimalType } from 'scrollama';
import { activeChanged, activeFromProgress, resolveActive, type Active } from './active';
import { rereadFor, settledFar, type ViewportChange } from './reread';
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

export interface Scroller {
  /** Re-reads the steps' boxes now (after the steps' content changed under the reader). */
  reread(): void;
  destroy(): void;
}

const NOT_ENTERED: Active = { index: 0, progress: 0, entered: false };

export function createScroller({
  steps,
  onChange,
  win = window,
  viewport = windowViewport(win),
  offset: readOffset = () => 0.5,
}: ScrollerOptions): Scroller {
  let last: Active | null = null;
  let frame = 0;
  let resizeTimer = 0;
  let offset = readOffset();
  let check = 0;
  let jumpPending = false;
  let scrollEndedAt = -Infinity;

  const emit = (next: Active) => {
    if (!last || activeChanged(last, next)) {
      last = next;
      onChange(next);
    }
  };
  const measure = () => {
    win.cancelAnimationFrame(frame);
    frame = 0;
    jumpPending = false;
    const trigger = viewport.top() + viewport.height() * offset;
    emit(
      resolveActive(
        steps.map((el) => el.getBoundingClientRect()),
        trigger,
      ),
    );
  };
  const readSoon = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };

  const scroller = viewport.observed ? scrollama() : null;
  // scrollama's setup() adds a document scroll listener it never removes (it only tracks the
  // scroll direction): catch it here, so the teardown removes it.
  const release = scroller
    ? catchScrollListeners(win.document, () => {
        scroller
          // Any share from 0 to 1 works (scrollama's types list only the tenths).
          .setup({ step: steps, offset: offset as DecimalType, progress: true, threshold: 4 })
          .onStepProgress(({ index, progress }) => {
            emit(activeFromProgress(last ?? NOT_ENTERED, index, progress, steps.length));
            on('event');
          });
      })
    : () => {};

  // scrollama 3.2 follows a step's change of size (its resizeStep) by re-creating that step's
  // trigger observer but not its progress observer, whose events would then stop (and the
  // trigger observer, now created after the progress ones, reports after them). So when a step
  // changes size (text reflowed, another edition, fonts), re-create them all in the next frame,
  // after scrollama's own handling, and re-read.
  const heights = steps.map((el) => el.offsetHeight);
  let refit = 0;
  const resized = scroller
    ? new ResizeObserver((entries) => {
        let changed = false;
        for (const { target } of entries) {
          const i = steps.indexOf(target as HTMLElement);
          const h = (target as HTMLElement).offsetHeight;
          if (i >= 0 && heights[i] !== h) {
            heights[i] = h;
            changed = true;
          }
        }
        if (changed && !refit)
          refit = win.requestAnimationFrame(() => {
            refit = 0;
            scroller.resize();
            measure();
          });
      })
    : null;
  for (const step of resized ? steps : []) resized!.observe(step);

  const relayout = () => {
    const next = readOffset();
    if (scroller) {
      // A changed trigger line (a breakpoint crossed, a new band) moves scrollama's, without a
      // new setup(); otherwise the visible height may have changed: measure again.
      // (scrollama 3.2 has offset(); its type declarations lag behind)
      if (next !== offset) (scroller as unknown as { offset(x: number): void }).offset(next);
      else scroller.resize();
    }
    offset = next;
    measure();
  };

  // A scroll has ended: two frames on, the observers' events of its last frames are in. Is the
  // reading they left where the reader is? One box read; all of them only if it is not.
  const checkSettled = () => {
    check = 0;
    if (!last || jumpPending) return measure();
    const i = last.entered ? last.index : 0;
    const el = steps[i];
    const trigger = viewport.top() + viewport.height() * offset;
    if (el && settledFar(last, el.getBoundingClientRect(), trigger, i === steps.length - 1))
      measure();
  };
  const checkSoon = () => {
    win.cancelAnimationFrame(check);
    check = win.requestAnimationFrame(() => (check = win.requestAnimationFrame(checkSettled)));
  };

  const on = (change: ViewportChange) => {
    const now = win.performance.now();
    if (change === 'scroll-end') scrollEndedAt = now;
    const action = rereadFor(change, {
      jumpPending,
      observed: viewport.observed,
      sinceScrollEnd: now - scrollEndedAt,
    });
    if (action === 'read') readSoon();
    else if (action === 'check' || action === 'read-settled') checkSoon();
    else if (action === 'jump') jumpPending = true;
    else if (action === 'relayout') {
      win.clearTimeout(resizeTimer);
      resizeTimer = win.setTimeout(relayout, 150);
    }
  };
  const unlisten = viewport.onChange(on);
  const unscroll = viewport.observed ? () => {} : viewport.onScroll(() => on('scroll'));
  measure();

  return {
    reread: measure,
    destroy() {
      unlisten();
      unscroll();
      win.cancelAnimationFrame(frame);
      win.cancelAnimationFrame(check);
      win.cancelAnimationFrame(refit);
      win.clearTimeout(resizeTimer);
      resized?.disconnect();
      scroller?.destroy();
      release();
    },
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
