/**
 * Splitting work into tasks, so that no single piece of it blocks the page for long: the
 * browser can paint a scroll frame and handle input between two pieces.
 */

/** Resolves in a new task (after the browser has had a chance to render and handle input). */
export function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** Runs `fn` when the browser is idle (or after `timeout` ms at the latest). Returns a
 * function that cancels the call if it has not run yet. */
export function whenIdle(fn: () => void, timeout = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => fn(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

/**
 * Brings the page's style and layout up to date now (a layout read forces them). DOM changes
 * made in a task of their own, outside a frame, are then laid out in that task instead of in
 * the next scroll frame, which would otherwise pay for them on top of its own work.
 */
export function layOutNow(doc: Document = document): void {
  void doc.documentElement.getBoundingClientRect();
}
