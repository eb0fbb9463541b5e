/**
 * When the scroller re-reads where the steps are (resolveActive on every step's box) instead
 * of trusting scrollama's step events. Pure: the scroller (scroller.ts) feeds it the signals
 * its viewport reports and acts on the answer.
 *
 * scrollama's events follow ordinary scrolling step by step. A re-read is for jumps, where
 * events may lag or be missing: the page loading (or coming back from the back/forward cache),
 * a hash link, a resize or an orientation change (the layout moved under the reader), the End
 * and Home keys, and a scroll that ends far from where the events put the reader (a fling
 * faster than the observers). The observers' events of a jump can also come late, after that
 * check (measured: 5 ms after it on a loaded machine, with a stale reading of the step before):
 * an event soon after a scroll ended is checked again.
 */
import type { Active, Box } from './active';

/** What the viewport reports. */
export type ViewportChange =
  | 'load'
  | 'hash'
  | 'resize'
  | 'orientation'
  | 'key-end'
  | 'key-home'
  | 'scroll-end'
  /** A scroll frame, reported only by a viewport scrollama cannot observe (a live iframe). */
  | 'scroll'
  /** One of scrollama's step events. */
  | 'event';

/**
 * What to do: nothing; re-read in the next frame; lay out again, then re-read; remember a jump
 * whose scroll has yet to end; or, once the events of the scroll's last frames are in, check
 * the reading against its step's box (settledFar) and re-read if it is off, or (after a jump)
 * re-read.
 */
export type Reread = 'none' | 'read' | 'relayout' | 'jump' | 'check' | 'read-settled';

export interface RereadState {
  /** A jump (End/Home) is waiting for its scroll to end. */
  jumpPending: boolean;
  /** scrollama observes this viewport (false in a live iframe: every scroll frame is read). */
  observed: boolean;
  /** Milliseconds since the last scroll ended (Infinity before the first). */
  sinceScrollEnd: number;
}

/** scrollama's events this soon after a scroll ended may be late ones of that scroll. */
export const LATE_EVENT_MS = 1000;

export function rereadFor(change: ViewportChange, state: RereadState): Reread {
  switch (change) {
    case 'load':
    case 'hash':
      return 'read';
    case 'resize':
    case 'orientation':
      return 'relayout';
    case 'key-end':
    case 'key-home':
      // The key scrolls (maybe smoothly): read where it lands.
      return 'jump';
    case 'scroll':
      return state.observed ? 'none' : 'read';
    case 'scroll-end':
      if (!state.observed) return 'read';
      return state.jumpPending ? 'read-settled' : 'check';
    case 'event':
      // Late events of a scroll that has ended would leave their stale reading: check it once
      // they stop. (While the reader scrolls on, the events are the reading, unchecked.)
      return state.observed && state.sinceScrollEnd < LATE_EVENT_MS ? 'check' : 'none';
  }
}

/** A settled reading whose progress is off by more than this many px re-reads. */
export const FAR_PX = 24;

/**
 * True when the reading the events left is not where the reader is: the trigger line is
 * outside the box of the step they made current (below the last step's box is still the last
 * step), or more than FAR_PX off the progress they report. `box` is the current step's box
 * (for a reading not yet entered, the first step's), in the trigger line's coordinates.
 */
export function settledFar(active: Active, box: Box, trigger: number, isLast: boolean): boolean {
  if (!active.entered) return box.top <= trigger;
  if (trigger < box.top || (trigger >= box.bottom && !isLast)) return true;
  const at = box.top + active.progress * (box.bottom - box.top);
  return Math.abs(Math.min(trigger, box.bottom) - at) > FAR_PX;
}
