/**
 * Runs `start` once the page has painted its first text (the browser's first-contentful-paint
 * entry), in a task of its own. Where paint timing is not available it waits for a frame
 * instead; a hidden tab (which gets no frames and no paint) starts at once; and whatever
 * happens it starts after `latest` ms.
 */
export interface PaintEnv {
  hidden: () => boolean;
  /** Calls `cb` on the first-contentful-paint entry; returns a stop, or null without paint timing. */
  onFirstPaint: (cb: () => void) => (() => void) | null;
  frame: (cb: () => void) => void;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export function browserEnv(): PaintEnv {
  return {
    hidden: () => document.visibilityState === 'hidden',
    onFirstPaint(cb) {
      if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return null;
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) cb();
      });
      observer.observe({ type: 'paint', buffered: true });
      return () => observer.disconnect();
    },
    frame: (cb) => requestAnimationFrame(() => cb()),
    setTimeout: (cb, ms) => window.setTimeout(cb, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  };
}

export function afterFirstPaint(start: () => void, env = browserEnv(), latest = 3000): void {
  let started = false;
  let stop: (() => void) | null = null;
  const go = () => {
    if (started) return;
    started = true;
    stop?.();
    env.clearTimeout(timer);
    env.setTimeout(start, 0);
  };
  const timer = env.setTimeout(go, latest);
  if (env.hidden()) return go();
  stop = env.onFirstPaint(go);
  if (!stop) env.frame(go);
}
