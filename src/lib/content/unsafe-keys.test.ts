/**
 * __proto__, constructor and prototype as ArchieML keys or scope names, and as JSON keys: the
 * fixtures pollute Object.prototype when given to archieml 0.5 directly (first test: the
 * threat is real), and are refused with one ContentError before parsing, leaving
 * Object.prototype as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import archieml from 'archieml';
import { checkUnsafeKeys } from './archieml-keys';
import { parseJsonText } from './json-text';
import { loadFigures, loadStory } from '../../../scripts/content/load-content';
import {
  errorOf,
  expectNamed,
  fixture,
  fixtureText,
  FIGURES,
  PLACES,
  fullStoryRaw,
} from '../../../tests/support/content/test-corpus';
import { own, ownCopy, unsafeSegment } from './unsafe-keys';
import { validateStory } from './story';

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const polluted = () => (Object.prototype as Record<string, unknown>).url;

afterEach(() => {
  // Whatever a test did, the next one starts clean (and this one must have left it clean).
  delete (Object.prototype as Record<string, unknown>).url;
  delete (Object.prototype as Record<string, unknown>).polluted;
});

function expectClean() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(({} as Record<string, unknown>).url).toBeUndefined();
}

const STORIES: [string, string, string][] = [
  ['story.proto-key.aml', 'line 7', '__proto__'],
  ['story.proto-scope.aml', 'line 8', '__proto__'],
  ['story.constructor-scope.aml', 'line 8', 'constructor'],
  ['story.prototype-key.aml', 'line 17', 'prototype'],
];

describe('the hostile fixtures', () => {
  it.each(STORIES.slice(0, 2))('%s pollutes Object.prototype through archieml 0.5', (name) => {
    try {
      archieml.load(fixtureText(name));
      expect(polluted()).toBe('https://evil.example/');
    } finally {
      delete (Object.prototype as Record<string, unknown>).url;
    }
  });

  it('story.constructor-scope.aml makes archieml 0.5 throw a TypeError', () => {
    expect(() => archieml.load(fixtureText('story.constructor-scope.aml'))).toThrow(TypeError);
  });
});

describe('ArchieML keys and scopes', () => {
  it.each(STORIES)('%s is refused at %s, field %s', (name, line, field) => {
    const err = errorOf(() => loadStory(fixture(name), FIGURES, name));
    expectNamed(err, name, line, field);
    expect(err.message).toContain('is not allowed');
    expectClean();
  });

  it.each([
    ['a.__proto__.b: x', '__proto__'],
    ['constructor: x', 'constructor'],
    ['[steps.prototype]', 'prototype'],
    ['[+__proto__]', '__proto__'],
    ['{.constructor}', 'constructor'],
    ['[ __proto__ ]', '__proto__'],
  ])('%j', (line, field) => {
    expectNamed(
      errorOf(() => checkUnsafeKeys([[3, line]], 'story.aml')),
      'story.aml',
      'line 3',
      field,
    );
  });

  it.each([
    'text: the __proto__ of a prototype is a constructor',
    '* __proto__: in a list item',
    'protot: x',
    'a.proto__: x',
    '{scope}',
  ])('lets %j through (text, not a key)', (line) => {
    expect(() => checkUnsafeKeys([[1, line]], 'story.aml')).not.toThrow();
  });

  it('unsafeSegment finds the segment of a dotted name', () => {
    expect(unsafeSegment('map.view')).toBeNull();
    expect(unsafeSegment('a.constructor.b')).toBe('constructor');
    expect(unsafeSegment('__proto__')).toBe('__proto__');
  });
});

describe('JSON keys', () => {
  it('a figure with a "__proto__" key is refused, naming the key', () => {
    const err = errorOf(() => loadFigures(fixture('figures.proto-key.json'), 'figures.json'));
    expectNamed(err, 'figures.json', null, '__proto__');
    expectClean();
  });

  it.each([
    ['{"constructor": 1}', 'constructor'],
    ['[{"a": {"prototype": {}}}]', 'prototype'],
    ['{"\\u005f_proto__": {"url": "x"}}', '__proto__'],
  ])('%s', (text, field) => {
    expectNamed(
      errorOf(() => parseJsonText(text, 'x.json')),
      'x.json',
      null,
      field,
    );
  });

  it('other keys parse as before', () => {
    expect(parseJsonText('{"proto": {"constructors": [1]}}', 'x.json')).toEqual({
      proto: { constructors: [1] },
    });
  });
});

describe('own', () => {
  it('reads own properties only', () => {
    const inherited = Object.create({ url: 'x' }) as object;
    expect(own(inherited, 'url')).toBeUndefined();
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({ url: 'y' }, 'url')).toBe('y');
  });
});

describe('own properties only', () => {
  it('ownCopy keeps own keys, drops inherited ones, and copies without prototypes', () => {
    const inherited = Object.create({ url: 'x' }) as Record<string, unknown>;
    inherited.title = 't';
    const copy = ownCopy({ list: [inherited, 1], deep: { a: [{ b: null }] } }) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(copy)).toBeNull();
    const [source] = copy.list as Record<string, unknown>[];
    expect('url' in source).toBe(false);
    expect(source.title).toBe('t');
    expect(JSON.stringify(copy)).toBe('{"list":[{"title":"t"},1],"deep":{"a":[{"b":null}]}}');
  });

  it('a source that inherits a url is read without it', () => {
    const raw = fullStoryRaw();
    const sources = raw.sources as Record<string, unknown>[];
    sources[0] = Object.assign(
      Object.create({ url: 'https://evil.example/' }) as object,
      sources[0],
    );
    const story = validateStory(raw, 'story.aml', FIGURES, PLACES);
    expect(story.sources[0]!.url).toBeUndefined();
    expect(story.sources[1]!.url).toBe('https://example.org/map');
  });

  it('a step block that inherits its fields is not read', () => {
    const raw = fullStoryRaw();
    const steps = raw.steps as Record<string, unknown>[];
    const { stage, ...rest } = steps[0]!;
    steps[0] = Object.assign(Object.create({ stage }) as object, rest);
    expectNamed(
      errorOf(() => validateStory(raw, 'story.aml', FIGURES, PLACES)),
      'story.aml',
      'step "first"',
      'stage',
    );
  });
});
