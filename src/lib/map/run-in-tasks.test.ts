import { describe, expect, it, vi } from 'vitest';
import { manualTasks } from '../../../tests/support/map/manual-tasks';
import { ignoreAbort, restartable, runAbortable, runInTasks, runSteps } from './run-in-tasks';

describe('runInTasks', () => {
  it('runs the items perTask at a time, one batch per task, the first in a new task', async () => {
    const tasks = manualTasks();
    const batches: number[][] = [];
    const done = vi.fn();
    const signal = new AbortController().signal;
    void runInTasks([1, 2, 3, 4, 5], (b) => batches.push(b), {
      signal,
      scheduler: tasks.scheduler,
      perTask: 2,
    }).then(done);
    await Promise.resolve();
    expect(batches).toEqual([]);
    await tasks.runNext();
    expect(batches).toEqual([[1, 2]]);
    await tasks.runNext();
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(done).not.toHaveBeenCalled();
    await tasks.runNext();
    expect(batches.at(-1)).toEqual([5]);
    expect(done).toHaveBeenCalledTimes(1);
    expect(tasks.pending).toBe(0);
  });

  it('stops before its next batch when aborted, rejecting with the reason, no task left', async () => {
    const tasks = manualTasks();
    const controller = new AbortController();
    const work = vi.fn();
    const run = runInTasks(['a', 'b', 'c'], work, {
      signal: controller.signal,
      scheduler: tasks.scheduler,
    });
    await tasks.runNext();
    controller.abort('step changed');
    await expect(run).rejects.toBe('step changed');
    expect(work).toHaveBeenCalledTimes(1);
    expect(tasks.pending).toBe(0);
  });

  it('with nothing to do, resolves without waiting for a task', async () => {
    const tasks = manualTasks();
    await runInTasks([], vi.fn(), {
      signal: new AbortController().signal,
      scheduler: tasks.scheduler,
    });
    expect(tasks.pending).toBe(0);
  });
});

describe('runSteps', () => {
  it('runs each step in a task of its own, in order', async () => {
    const tasks = manualTasks();
    const order: string[] = [];
    void runSteps(
      [() => order.push('styles'), () => order.push('map'), () => order.push('layers')],
      {
        signal: new AbortController().signal,
        scheduler: tasks.scheduler,
      },
    );
    await tasks.runNext();
    expect(order).toEqual(['styles']);
    expect(await tasks.runAll()).toBe(2);
    expect(order).toEqual(['styles', 'map', 'layers']);
  });
});

describe('runAbortable', () => {
  it('gives the work a signal that its returned teardown aborts, and ends quietly', async () => {
    const tasks = manualTasks();
    const after = vi.fn();
    const teardown = runAbortable(async (signal) => {
      await tasks.scheduler.task(signal);
      after();
    });
    expect(tasks.pending).toBe(1);
    teardown();
    expect(tasks.pending).toBe(0);
    await tasks.runAll();
    expect(after).not.toHaveBeenCalled();
  });

  it('lets a real failure through as an unhandled rejection', async () => {
    const failures: unknown[] = [];
    const onRejection = (e: unknown) => failures.push(e);
    process.on('unhandledRejection', onRejection);
    const boom = new Error('boom');
    runAbortable(() => Promise.reject(boom));
    await new Promise((done) => setTimeout(done, 10));
    process.off('unhandledRejection', onRejection);
    expect(failures).toEqual([boom]);
  });
});

describe('restartable', () => {
  it('aborts the run before when a new one starts', () => {
    const runs = restartable();
    const first = runs.restart();
    const second = runs.restart();
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
    runs.abort();
    expect(second.aborted).toBe(true);
  });

  it('aborts the current run with its parent, and starts aborted once the parent is', () => {
    const life = new AbortController();
    const runs = restartable(life.signal);
    const run = runs.restart();
    life.abort('removed');
    expect(run.aborted).toBe(true);
    expect(run.reason).toBe('removed');
    expect(runs.restart().aborted).toBe(true);
  });
});

describe('ignoreAbort', () => {
  it('drops the abort and rethrows a failure', () => {
    const c = new AbortController();
    c.abort('step changed');
    expect(() => ignoreAbort(c.signal)('step changed')).not.toThrow();
    expect(() => ignoreAbort(c.signal)(new Error('boom'))).toThrow('boom');
  });
});
