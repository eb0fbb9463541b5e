import { afterEach, describe, expect, it, vi } from 'vitest';
import { followHash, replaceHash } from './hash';

function fakeWindow(hash = '') {
  const location = { pathname: '/story/', search: '?x=1', hash };
  const replaceState = vi.fn((_s: unknown, _t: string, url: string) => {
    location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
  });
  const win = {
    location,
    history: { state: { kept: true }, replaceState },
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  };
  return { win: win as unknown as Window, replaceState, location };
}

afterEach(() => vi.useRealTimers());

describe('replaceHash', () => {
  it('writes the step id as the hash, keeping path, query and history state', () => {
    const { win, replaceState } = fakeWindow();
    replaceHash('five-in-one', win);
    expect(replaceState).toHaveBeenCalledWith({ kept: true }, '', '/story/?x=1#five-in-one');
  });

  it('encodes the id, clears the hash for null and skips a write that changes nothing', () => {
    const { win, replaceState, location } = fakeWindow('#a');
    replaceHash('a', win);
    expect(replaceState).not.toHaveBeenCalled();
    replaceHash('多 b', win);
    expect(location.hash).toBe(`#${encodeURIComponent('多 b')}`);
    replaceHash(null, win);
    expect(replaceState).toHaveBeenLastCalledWith({ kept: true }, '', '/story/?x=1');
  });
});

describe('followHash', () => {
  it('writes only the step the reader stays on, after the delay', () => {
    vi.useFakeTimers();
    const { win, replaceState, location } = fakeWindow();
    const follow = followHash(250, win);
    for (const id of ['a', 'b', 'c']) {
      follow(id);
      vi.advanceTimersByTime(100);
    }
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(location.hash).toBe('#c');
  });

  it('does not restart the wait for the same id again (progress within a step)', () => {
    vi.useFakeTimers();
    const { win, location } = fakeWindow();
    const follow = followHash(250, win);
    follow('a');
    vi.advanceTimersByTime(200);
    follow('a');
    vi.advanceTimersByTime(50);
    expect(location.hash).toBe('#a');
    follow(null);
    vi.advanceTimersByTime(250);
    expect(location.hash).toBe('');
  });
});
