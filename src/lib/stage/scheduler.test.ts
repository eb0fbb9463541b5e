import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, isAbort, layOutNow, type SchedulerPlatform } from './scheduler';

afterEach(() => vi.useRealTimers());

/** A platform with timers only (no postTask, no requestIdleCallback). */
const timersOnly = (): SchedulerPlatform => ({
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id),
});

describe('createScheduler without the Prioritized Task Scheduling API', () => {
  it('task() resolves in a later task, not in the current one', async () => {
    const tasks = createScheduler(timersOnly());
    const order: string[] = [];
    const done = tasks.task().then(() => order.push('next task'));
    await Promise.resolve();
    order.push('same task');
    await done;
    expect(order).toEqual(['same task', 'next task']);
  });

  it('an abort before the task runs rejects it and clears the timer', async () => {
    vi.useFakeTimers();
    const tasks = createScheduler(timersOnly());
    const controller = new AbortController();
    const after = vi.fn();
    const waiting = tasks.task(controller.signal).then(after);
    controller.abort();
    await expect(waiting).rejects.toSatisfy((e) => isAbort(e, controller.signal));
    expect(vi.getTimerCount()).toBe(0);
    expect(after).not.toHaveBeenCalled();
  });

  it('an already aborted signal rejects at once, with no timer set', async () => {
    vi.useFakeTimers();
    const tasks = createScheduler(timersOnly());
    const waiting = tasks.task(AbortSignal.abort());
    expect(vi.getTimerCount()).toBe(0);
    await expect(waiting).rejects.toSatisfy((e) => isAbort(e));
  });

  it('idle() uses requestIdleCallback with its deadline, and cancels it on abort', async () => {
    const ric = vi.fn((_cb: () => void, _o?: { timeout: number }) => 7);
    const cic = vi.fn();
    const tasks = createScheduler({
      ...timersOnly(),
      requestIdleCallback: ric,
      cancelIdleCallback: cic,
    });
    const controller = new AbortController();
    const waiting = tasks.idle(controller.signal, 300);
    expect(ric.mock.calls[0]![1]).toEqual({ timeout: 300 });
    controller.abort();
    await expect(waiting).rejects.toBeDefined();
    expect(cic).toHaveBeenCalledWith(7);
  });

  it('idle() resolves when the idle callback runs', async () => {
    let run: (() => void) | undefined;
    const tasks = createScheduler({
      ...timersOnly(),
      requestIdleCallback: (cb) => ((run = cb), 1),
      cancelIdleCallback: () => undefined,
    });
    const done = vi.fn();
    const waiting = tasks.idle().then(done);
    await Promise.resolve();
    expect(done).not.toHaveBeenCalled();
    run!();
    await waiting;
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('idle() falls back to a new task without requestIdleCallback', async () => {
    vi.useFakeTimers();
    const tasks = createScheduler(timersOnly());
    const done = vi.fn();
    const waiting = tasks.idle().then(done);
    expect(vi.getTimerCount()).toBe(1);
    await vi.runAllTimersAsync();
    await waiting;
    expect(done).toHaveBeenCalledTimes(1);
  });
});

describe('createScheduler with scheduler.postTask', () => {
  const withPostTask = () => {
    const postTask = vi.fn(
      (cb: () => void, options?: { signal?: AbortSignal; priority?: string }) =>
        new Promise<void>((resolve, reject) => {
          const id = setTimeout(() => (cb(), resolve()), 0);
          options?.signal?.addEventListener('abort', () => {
            clearTimeout(id);
            reject(options.signal!.reason);
          });
        }),
    );
    return { postTask, platform: { ...timersOnly(), scheduler: { postTask } } };
  };

  it('task() posts a user-visible task with the signal', async () => {
    const { postTask, platform } = withPostTask();
    const signal = new AbortController().signal;
    await createScheduler(platform).task(signal);
    expect(postTask).toHaveBeenCalledTimes(1);
    expect(postTask.mock.calls[0]![1]).toEqual({ signal, priority: 'user-visible' });
  });

  it('idle() without requestIdleCallback posts a background task', async () => {
    const { postTask, platform } = withPostTask();
    await createScheduler(platform).idle();
    expect(postTask.mock.calls[0]![1]).toMatchObject({ priority: 'background' });
  });

  it('an abort rejects the posted task with the reason', async () => {
    const { platform } = withPostTask();
    const controller = new AbortController();
    const waiting = createScheduler(platform).task(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toSatisfy((e) => isAbort(e, controller.signal));
  });
});

describe('isAbort', () => {
  it('tells an aborted wait from a failure', () => {
    expect(isAbort(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('boom'))).toBe(false);
    const c = new AbortController();
    c.abort('step changed');
    expect(isAbort('step changed', c.signal)).toBe(true);
  });
});

describe('layOutNow', () => {
  it('forces layout by reading a box', () => {
    const read = vi.fn(() => ({}));
    layOutNow({ documentElement: { getBoundingClientRect: read } } as unknown as Document);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
