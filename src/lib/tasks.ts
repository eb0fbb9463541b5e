/**
 * Splitting work into tasks, so that no single piece of it blocks the page for long: the
 * browser can paint a scroll frame and handle input between two pieces.
 */

/** Resolves in a new task (after the browser has had a chance to render and handle input). */
export function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** Runs `fn` when the browser is idle (or after `timeout` ms at the latest). */
export function whenIdle(fn: () => void, timeout = 500): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 0);
}
