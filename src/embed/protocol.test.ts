import { describe, expect, it } from 'vitest';
import { originOf, parseHello, parseViewport, stickyOffset } from './protocol';

describe('viewport messages', () => {
  it('accepts a well-formed message and copies only its fields', () => {
    const msg = { type: 'maojian-story:viewport', top: -320, height: 844, width: 390, extra: 1 };
    expect(parseViewport(msg)).toEqual({
      type: 'maojian-story:viewport',
      top: -320,
      height: 844,
      width: 390,
    });
  });

  it.each([
    ['a string', 'maojian-story:viewport'],
    ['another type', { type: 'other', top: 0, height: 1, width: 1 }],
    ['a text number', { type: 'maojian-story:viewport', top: '0', height: 800, width: 400 }],
    ['NaN', { type: 'maojian-story:viewport', top: NaN, height: 800, width: 400 }],
    ['zero height', { type: 'maojian-story:viewport', top: 0, height: 0, width: 400 }],
    ['a huge offset', { type: 'maojian-story:viewport', top: 1e12, height: 800, width: 400 }],
    ['an array', [1, 2, 3]],
  ])('rejects %s', (_what, data) => {
    expect(parseViewport(data)).toBeNull();
  });
});

describe('hello messages', () => {
  it('accept only safe ids', () => {
    expect(parseHello({ type: 'maojian-story:hello', id: 'story-1' })).toEqual({
      type: 'maojian-story:hello',
      id: 'story-1',
    });
    expect(parseHello({ type: 'maojian-story:hello', id: '<img onerror=x>' })).toBeNull();
    expect(parseHello({ type: 'maojian-story:hello', id: '' })).toBeNull();
    expect(parseHello({ type: 'maojian-story:scroll-to', id: 'a', offset: 1 })).toBeNull();
  });
});

describe('originOf', () => {
  it.each([
    ['https://news.example.com/a/b?c#d', 'https://news.example.com'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080'],
    ['javascript:alert(1)', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%j → %j', (url, want) => {
    expect(originOf(url)).toBe(want);
  });
});

describe('stickyOffset', () => {
  it.each([
    [0, 500, 3000, 800, 0], // the box has not reached the top yet
    [900, 500, 3000, 800, 400], // scrolled 400 px into the box
    [5000, 500, 3000, 800, 2200], // past the box: the stage rests at its end
    [600, 500, 700, 800, 0], // a box shorter than the stage never moves it
  ])('view %i, box %i+%i, stage %i → %i', (view, top, height, stage, want) => {
    expect(stickyOffset(view, top, height, stage)).toBe(want);
  });
});
