/**
 * The stage's one scheduling primitive. Work that would block the page for long is split into
 * tasks: between two of them the browser can paint a scroll frame and handle input. Every wait
 * takes an AbortSignal (one per step change, or per piece of the page's lifetime); an aborted
 * wait rejects with the signal's reason, so the work after it never runs. No flags.
 *
 * Where the browser has the Prioritized Task Scheduling API, a new task is
 * `scheduler.postTask()`; otherwise `setTimeout(0)`. Idle work uses `requestIdleCallback` (with
 * a deadline), else a background-priority task, else `setTimeout(0)`.
 */

type TaskPriority = 'user-blocking' | 'user-visible' | 'background';

/** The parts of the platform the scheduler uses (the window, or a test's stand-in). */
export interface SchedulerPlatform {
  scheduler?: {
    postTask?: (
      callback: () => void,
      options?: { signal?: AbortSignal; priority?: TaskPriority },
    ) => Promise<unknown>;
  };
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout: (callback: () => void, ms?: number) => unknown;
  clearTimeout: (id: never) => void;
}

export interface TaskScheduler {
  /** Resolves in a new task; rejects with the signal's reason if it aborts first. */
  task(signal?: AbortSignal): Promise<void>;
  /**
   * Resolves when the browser is idle, or after `timeout` ms at the latest; rejects with the
   * signal's reason if it aborts first.
   */
  idle(signal?: AbortSignal, timeout?: number): Promise<void>;
}

const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('aborted', 'AbortError');

/** Whether an error is an aborted wait (expected: the step changed), not a failure. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted && error === signal.reason) return true;
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Wraps a callback-style timer in a promise that settles once: the callback resolves it, the
 * signal's abort cancels the timer and rejects it.
 */
function wait(
  signal: AbortSignal | undefined,
  start: (done: () => void) => () => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      cancel();
      reject(abortReason(signal!));
    };
    const cancel = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The scheduler on a platform (the browser's window by default). */
export function createScheduler(
  platform: SchedulerPlatform = globalThis as unknown as SchedulerPlatform,
): TaskScheduler {
  const postTask = platform.scheduler?.postTask?.bind(platform.scheduler);
  const timeout = (done: () => void) => {
    const id = platform.setTimeout(done, 0);
    return () => platform.clearTimeout(id as never);
  };
  const posted =
    (priority: TaskPriority) =>
    (signal: AbortSignal | undefined): Promise<void> => {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      // postTask rejects with the signal's reason itself when the signal aborts first.
      return postTask!(() => undefined, { signal, priority }).then(() => {
        if (signal?.aborted) throw abortReason(signal);
      });
    };

  const task = postTask ? posted('user-visible') : (s?: AbortSignal) => wait(s, timeout);
  const background = postTask ? posted('background') : (s?: AbortSignal) => wait(s, timeout);
  const ric = platform.requestIdleCallback?.bind(platform);
  const cic = platform.cancelIdleCallback?.bind(platform);

  return {
    task,
    idle(signal, ms = 500) {
      if (!ric || !cic) return background(signal);
      return wait(signal, (done) => {
        const id = ric(done, { timeout: ms });
        return () => cic(id);
      });
    },
  };
}

/** The page's scheduler (one per page is enough: it holds no state). */
export const stageScheduler: TaskScheduler = createScheduler();

/**
 * Brings the page's style and layout up to date now (a layout read forces them). DOM changes
 * made in a task of their own, outside a frame, are then laid out in that task instead of in
 * the next scroll frame, which would otherwise pay for them on top of its own work.
 */
export function layOutNow(doc: Document = document): void {
  void doc.documentElement.getBoundingClientRect();
}
