/**
 * Where the reader's visible area is, relative to the steps' getBoundingClientRect(). On a
 * page or in a script embed it is the window. In an iframe whose host posts its scroll
 * position, it is the host's viewport, seen from inside the iframe (see embed/frame-viewport).
 */
export interface Viewport {
  width(): number;
  height(): number;
  /** Top of the visible area in the steps' client coordinates (0 for the window). */
  top(): number;
  /** Calls fn when the visible area scrolls or resizes; returns the unsubscribe. */
  listen(fn: (change: 'scroll' | 'resize' | 'settle') => void): () => void;
}

export function windowViewport(win: Window = window): Viewport {
  return {
    width: () => win.innerWidth,
    height: () => win.innerHeight,
    top: () => 0,
    listen(fn) {
      const scroll = () => fn('scroll');
      const resize = () => fn('resize');
      const settle = () => fn('settle');
      const events: [string, EventListener][] = [
        ['scroll', scroll],
        ['scrollend', settle],
        ['resize', resize],
        ['orientationchange', resize],
        ['hashchange', scroll],
        ['load', settle],
        ['pageshow', settle],
      ];
      for (const [type, f] of events) win.addEventListener(type, f, { passive: true });
      return () => {
        for (const [type, f] of events) win.removeEventListener(type, f);
      };
    },
  };
}
