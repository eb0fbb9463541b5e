/**
 * Where the reader's visible area is, relative to the steps' getBoundingClientRect(). On a
 * page or in a script embed it is the window. In an iframe whose host posts its scroll
 * position, it is the host's viewport, seen from inside the iframe (embed/frame.svelte.ts).
 */
import type { ViewportChange } from './reread';

export interface Viewport {
  width(): number;
  height(): number;
  /** Top of the visible area in the steps' client coordinates (0 for the window). */
  top(): number;
  /**
   * True when it is this window's viewport, which IntersectionObservers (scrollama) see; false
   * for a host's viewport posted into an iframe.
   */
  readonly observed: boolean;
  /** Calls fn on every scroll frame; returns the unsubscribe. For what must follow each frame. */
  onScroll(fn: () => void): () => void;
  /** Calls fn on the changes the scroller re-reads on (see reread.ts); returns the unsubscribe. */
  onChange(fn: (change: ViewportChange) => void): () => void;
}

const KEYS: Record<string, ViewportChange> = { End: 'key-end', Home: 'key-home' };

export function windowViewport(win: Window = window): Viewport {
  return {
    width: () => win.innerWidth,
    height: () => win.innerHeight,
    top: () => 0,
    observed: true,
    onScroll(fn) {
      win.addEventListener('scroll', fn, { passive: true });
      return () => win.removeEventListener('scroll', fn);
    },
    onChange(fn) {
      const on = (change: ViewportChange) => () => fn(change);
      const onKey = (event: KeyboardEvent) => {
        const change = KEYS[event.key];
        if (change && !event.defaultPrevented) fn(change);
      };
      const events: [string, EventListener][] = [
        ['resize', on('resize')],
        ['orientationchange', on('orientation')],
        ['hashchange', on('hash')],
        ['load', on('load')],
        ['pageshow', on('load')],
        ['keydown', onKey as EventListener],
      ];
      // No scrollend (Safari): a scroll's end is the first 120 ms without a scroll event.
      let timer = 0;
      const scrollEnd = 'onscrollend' in (win as object);
      if (scrollEnd) events.push(['scrollend', on('scroll-end')]);
      else {
        const end = on('scroll-end');
        const scroll = () => {
          win.clearTimeout(timer);
          timer = win.setTimeout(end, 120);
        };
        events.push(['scroll', scroll]);
      }
      for (const [type, f] of events) win.addEventListener(type, f, { passive: true });
      return () => {
        win.clearTimeout(timer);
        for (const [type, f] of events) win.removeEventListener(type, f);
      };
    },
  };
}
