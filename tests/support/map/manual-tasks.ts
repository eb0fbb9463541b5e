/**
 * A stand-in for the browser's task queue in unit tests: the stage scheduler (createScheduler)
 * on a platform whose timers and idle callbacks wait in a queue until the test runs them, one
 * task at a time.
 */
import { createScheduler, type TaskScheduler } from '../../../src/lib/stage/scheduler';

export interface ManualTasks {
  scheduler: TaskScheduler;
  /** Tasks waiting to run (aborted ones are cleared from the queue). */
  readonly pending: number;
  /** Runs the oldest waiting task, then the promise callbacks it starts. */
  runNext(): Promise<void>;
  /** Runs `n` tasks, one after the other. */
  run(n: number): Promise<void>;
  /** Runs tasks until none waits (at most `limit`); returns how many ran. */
  runAll(limit?: number): Promise<number>;
}

/** Lets every pending promise callback run (a real macrotask of Node's). */
const settle = () => new Promise<void>((done) => setImmediate(done));

export function manualTasks(): ManualTasks {
  const queue = new Map<number, () => void>();
  let nextId = 1;
  const add = (fn: () => void) => {
    const id = nextId++;
    queue.set(id, fn);
    return id;
  };
  const scheduler = createScheduler({
    setTimeout: add,
    clearTimeout: (id) => void queue.delete(id as number),
    requestIdleCallback: add,
    cancelIdleCallback: (id) => void queue.delete(id),
  });
  async function runNext() {
    await settle();
    const first = queue.entries().next();
    if (first.done) throw new Error('manualTasks: no task is waiting');
    const [id, fn] = first.value;
    queue.delete(id);
    fn();
    await settle();
  }
  return {
    scheduler,
    get pending() {
      return queue.size;
    },
    runNext,
    async run(n) {
      for (let i = 0; i < n; i++) await runNext();
    },
    async runAll(limit = 1000) {
      let ran = 0;
      await settle();
      while (queue.size > 0 && ran < limit) {
        await runNext();
        ran++;
      }
      return ran;
    },
  };
}
