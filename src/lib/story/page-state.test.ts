import { describe, expect, it } from 'vitest';
import { pageState } from './page-state';

const steps = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

describe('pageState', () => {
  it('before the reader enters the steps: first step current, no hash, no progress', () => {
    const s = pageState({ index: 0, progress: 0, entered: false }, steps, ['en']);
    expect(s).toEqual({ current: 0, progress: 0, hashId: null, links: { en: 'en.html' } });
  });

  it('at a middle step: that step, its hash, progress through the story, links keep it', () => {
    const s = pageState({ index: 2, progress: 0.5, entered: true }, steps, ['en']);
    expect(s.current).toBe(2);
    expect(s.hashId).toBe('c');
    expect(s.progress).toBeCloseTo(2.5 / 4);
    expect(s.links).toEqual({ en: 'en.html#c' });
  });

  it('from the English page the Chinese link goes to the folder index', () => {
    const s = pageState({ index: 1, progress: 0, entered: true }, steps, ['zh-CN']);
    expect(s.links).toEqual({ 'zh-CN': './#b' });
  });

  it('clamps a reading past the end to full progress and an unknown index to the first step', () => {
    expect(pageState({ index: 3, progress: 1, entered: true }, steps, []).progress).toBe(1);
    const odd = pageState({ index: 9, progress: 0, entered: true }, steps, []);
    expect(odd.current).toBe(0);
    expect(odd.hashId).toBe('a');
  });
});
