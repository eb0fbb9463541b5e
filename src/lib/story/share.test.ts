import { describe, expect, it } from 'vitest';
import { shareLink, stepLink } from './share';

describe('stepLink', () => {
  it('puts the step id in the hash, replacing any', () => {
    expect(stepLink('https://example.com/story/en.html', 'village-teams')).toBe(
      'https://example.com/story/en.html#village-teams',
    );
    expect(stepLink('https://example.com/story/?lang=en#cover', 'tap-water')).toBe(
      'https://example.com/story/?lang=en#tap-water',
    );
  });
  it('links the page itself before the story starts', () => {
    expect(stepLink('https://example.com/story/#cover', null)).toBe('https://example.com/story/');
  });
});

describe('shareLink', () => {
  const data = { title: 'T', url: 'https://example.com/#a' };

  it('uses the Web Share API where there is one', async () => {
    const shared: ShareData[] = [];
    const copied: string[] = [];
    const out = await shareLink(
      {
        share: async (d) => void shared.push(d),
        clipboard: { writeText: async (t) => void copied.push(t) },
      },
      data,
    );
    expect(out).toBe('shared');
    expect(shared).toEqual([data]);
    expect(copied).toEqual([]);
  });

  it('treats a closed share sheet as done', async () => {
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    const out = await shareLink({ share: () => Promise.reject(abort) }, data);
    expect(out).toBe('shared');
  });

  it('copies the link where sharing is missing, refused or not allowed', async () => {
    for (const nav of [
      {},
      { share: () => Promise.reject(Object.assign(new Error('no'), { name: 'NotAllowedError' })) },
      { share: async () => undefined, canShare: () => false },
    ]) {
      const copied: string[] = [];
      const out = await shareLink(
        { ...nav, clipboard: { writeText: async (t) => void copied.push(t) } },
        data,
      );
      expect(out).toBe('copied');
      expect(copied).toEqual([data.url]);
    }
  });

  it('says so when the link can be neither shared nor copied', async () => {
    expect(await shareLink({}, data)).toBe('failed');
    expect(
      await shareLink(
        { clipboard: { writeText: () => Promise.reject(new Error('denied')) } },
        data,
      ),
    ).toBe('failed');
  });
});
