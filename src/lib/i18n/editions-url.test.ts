import { describe, expect, it } from 'vitest';
import { editionPage, langFromSearch, withLang } from './editions-url';

describe('edition URLs', () => {
  it('maps editions to their prerendered pages', () => {
    expect(editionPage('zh-CN')).toBe('./');
    expect(editionPage('en')).toBe('en.html');
  });

  it.each([
    ['?lang=en', 'en'],
    ['?lang=zh-CN', 'zh-CN'],
    ['?lang=fr', null],
    ['?x=1', null],
    ['', null],
  ])('reads %j as %j', (search, want) => {
    expect(langFromSearch(search, ['zh-CN', 'en'])).toBe(want);
  });

  it('sets or clears ?lang= and keeps the hash', () => {
    expect(withLang('https://a.example/s/?x=1#forest-cover', 'en', 'zh-CN')).toBe(
      'https://a.example/s/?x=1&lang=en#forest-cover',
    );
    expect(withLang('https://a.example/s/?lang=en#toilets', 'zh-CN', 'zh-CN')).toBe(
      'https://a.example/s/#toilets',
    );
  });
});
