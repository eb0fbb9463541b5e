import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintEnv } from './first-paint';

function fakeEnv(options: { hidden?: boolean; paintTiming?: boolean } = {}) {
  let paint: (() => void) | null = null;
  let frame: (() => void) | null = null;
  const stopped = vi.fn();
  const env: PaintEnv = {
    hidden: () => options.hidden ?? false,
    onFirstPaint(cb) {
      if (options.paintTiming === false) return null;
      paint = cb;
      return stopped;
    },
    frame: (cb) => void (frame = cb),
    setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  };
  return { env, paint: () => paint?.(), frame: () => frame?.(), stopped };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('afterFirstPaint', () => {
  it('waits for the first paint, then starts in a task of its own, once', () => {
    const start = vi.fn();
    const fake = fakeEnv();
    afterFirstPaint(start, fake.env);
    vi.advanceTimersByTime(1000);
    expect(start).not.toHaveBeenCalled();
    fake.paint();
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    expect(fake.stopped).toHaveBeenCalled();
    fake.paint();
    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once in a hidden tab', () => {
    const start = vi.fn();
    afterFirstPaint(start, fakeEnv({ hidden: true }).env);
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for a frame where there is no paint timing', () => {
    const start = vi.fn();
    const fake = fakeEnv({ paintTiming: false });
    afterFirstPaint(start, fake.env);
    vi.advanceTimersByTime(100);
    expect(start).not.toHaveBeenCalled();
    fake.frame();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the latest time if no paint is ever reported', () => {
    const start = vi.fn();
    afterFirstPaint(start, fakeEnv().env, 3000);
    vi.advanceTimersByTime(2999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
