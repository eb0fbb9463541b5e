/**
 * The map's incremental work (layers one per task, markers eight per task, the map's styles,
 * creation and moves each in a task of their own), on the stage's one scheduling primitive:
 * every piece waits for a new task with the run's AbortSignal, so an aborted run stops before
 * its next piece and leaves no timer behind.
 */
import { isAbort, stageScheduler, type TaskScheduler } from '../stage/scheduler';

export interface TaskOptions {
  /** Aborting it stops the run before its next piece (the promise rejects with the reason). */
  signal: AbortSignal;
  /** The page's scheduler unless a test passes its own. */
  scheduler?: TaskScheduler;
}

/**
 * Runs `work` on `items`, `perTask` at a time, each batch in a new task (the first one too:
 * the caller's own task has work enough). Resolves once every batch has run.
 */
export async function runInTasks<T>(
  items: readonly T[],
  work: (batch: T[], start: number) => void,
  { signal, scheduler = stageScheduler, perTask = 1 }: TaskOptions & { perTask?: number },
): Promise<void> {
  const size = Math.max(1, Math.floor(perTask));
  for (let start = 0; start < items.length; start += size) {
    await scheduler.task(signal);
    work(items.slice(start, start + size), start);
  }
}

/** Runs each step in a task of its own, in order (see runInTasks). */
export function runSteps(steps: readonly (() => void)[], options: TaskOptions): Promise<void> {
  return runInTasks(steps, ([step]) => step!(), options);
}

/**
 * Starts `work` with an AbortController of its own and returns the function that aborts it
 * (an effect's teardown). An aborted run ends quietly; any other failure is rethrown, so the
 * page reports it as before.
 */
export function runAbortable(work: (signal: AbortSignal) => Promise<unknown>): () => void {
  const controller = new AbortController();
  work(controller.signal).catch(ignoreAbort(controller.signal));
  return () => controller.abort();
}

/** A promise's catch handler that drops the signal's abort (expected) and rethrows the rest. */
export function ignoreAbort(signal: AbortSignal): (error: unknown) => void {
  return (error) => {
    if (!isAbort(error, signal)) throw error;
  };
}

export interface Restartable {
  /** Aborts the run before (if any) and returns the signal of a new one. */
  restart(): AbortSignal;
  /** Aborts the current run. */
  abort(): void;
}

/**
 * Something that runs again and again (a resize, a sync of layers), one AbortController per
 * run: starting a run aborts the one before, and aborting `parent` (the component's lifetime)
 * aborts the current one.
 */
export function restartable(parent?: AbortSignal): Restartable {
  let current: AbortController | null = null;
  return {
    restart() {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      if (parent?.aborted) controller.abort(parent.reason);
      else
        parent?.addEventListener('abort', () => controller.abort(parent.reason), {
          once: true,
          signal: controller.signal,
        });
      return controller.signal;
    },
    abort() {
      current?.abort();
    },
  };
}
