import { afterEach, describe, expect, it, vi } from 'vitest';
import { layOutNow, nextTask, whenIdle } from './tasks';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('tasks', () => {
  it('nextTask resolves after the current task, not in it', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('next task'));
    await Promise.resolve();
    order.push('same task');
    await done;
    expect(order).toEqual(['same task', 'next task']);
  });

  it('whenIdle uses requestIdleCallback with the timeout where there is one', () => {
    const ric = vi.fn((cb: () => void, _o: { timeout: number }) => cb());
    vi.stubGlobal('requestIdleCallback', ric);
    const fn = vi.fn();
    whenIdle(fn, 300);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(ric.mock.calls[0]![1]).toEqual({ timeout: 300 });
  });

  it('whenIdle falls back to a new task', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const fn = vi.fn();
    whenIdle(fn);
    expect(fn).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('whenIdle can be cancelled before it runs, either way', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    vi.stubGlobal('requestIdleCallback', undefined);
    whenIdle(fn)();
    const pending: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => pending.push(cb));
    vi.stubGlobal('cancelIdleCallback', (id: number) => pending.splice(id - 1, 1));
    whenIdle(fn)();
    vi.runAllTimers();
    pending.forEach((cb) => cb());
    expect(fn).not.toHaveBeenCalled();
  });

  it('layOutNow reads the layout of the document it is given', () => {
    const read = vi.fn(() => ({}) as DOMRect);
    const doc = { documentElement: { getBoundingClientRect: read } } as unknown as Document;
    layOutNow(doc);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
