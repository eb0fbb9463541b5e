/**
 * When the scroller re-reads where the steps are (resolveActive on their boxes) instead of
 * trusting scrollama's step events. Pure: the scroller (scroller.ts) feeds it the signals its
 * viewport reports and acts on the answer.
 *
 * scrollama's events follow ordinary scrolling step by step. A re-read is for jumps, where
 * events may lag or be missing: the page loading (or coming back from the back/forward cache),
 * a hash link, a resize or an orientation change (the layout moved under the reader), the End
 * and Home keys, and a scroll that ends far from where the last event put the reader (a fling
 * faster than the observers).
 */

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
  | 'scroll';

/** What to do: nothing, re-read in the next frame, lay out again then re-read, or wait for the scroll to end. */
export type Reread = 'none' | 'read' | 'relayout' | 'after-scroll';

export interface RereadState {
  /** Scroll position when scrollama's last event was applied (null: none yet). */
  eventY: number | null;
  /** Scroll position now. */
  y: number;
  /** Height of the visible area, px. */
  height: number;
  /** A jump (End/Home) is waiting for its scroll to end. */
  jumpPending: boolean;
  /** scrollama observes this viewport (false in a live iframe: every scroll frame is read). */
  observed: boolean;
}

/** A scroll that ends further than this share of the visible height from the last event re-reads. */
export const FAR_SHARE = 0.1;

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
      return 'after-scroll';
    case 'scroll':
      return state.observed ? 'none' : 'read';
    case 'scroll-end':
      if (!state.observed || state.jumpPending || state.eventY === null) return 'read';
      return Math.abs(state.y - state.eventY) > state.height * FAR_SHARE ? 'read' : 'none';
  }
}
