import { describe, expect, it } from 'vitest';
import { editionPage, langFromSearch } from './editions-url';

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
});
