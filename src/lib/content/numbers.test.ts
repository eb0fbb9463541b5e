/**
 * Numbers in wrong formats: in figures.json (numbers as text, JSON that is not a number,
 * values the figure's kind forbids) and in a story (digits written by hand, dates that do
 * not exist). Boundary values that are allowed load, so the rules are not too strict.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { validateFigures } from './figures';
import { loadFigures } from '../../../scripts/content/load-content';
import { parseStory } from './story';
import {
  ALL_KINDS,
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  fixtureText,
  replaceOnce,
  tempDir,
} from '../../../tests/support/content/test-corpus';
import type { Figure } from './types';

const FILE = 'figures.json';
const byId = (id: string) => ALL_KINDS.findIndex((f) => f.id === id);
/** figures.all-kinds.json with one figure's fields changed. */
function withFigure(id: string, change: Partial<Record<keyof Figure, unknown>>) {
  const figures: object[] = structuredClone(ALL_KINDS);
  Object.assign(figures[byId(id)], change);
  return { figures };
}
const figureError = (id: string, change: Partial<Record<keyof Figure, unknown>>) =>
  errorOf(() => validateFigures(withFigure(id, change), FILE));

describe('figure values written as text', () => {
  it.each(['1,000', '1e3', '2400', '２０００', '78.3%', 'NaN', 'Infinity', '', ' 12 ', '0x10'])(
    'value %j',
    (text) => {
      const err = figureError('households', { value: text });
      expectNamed(err, FILE, 'figure "households"', 'value');
      expect(err.message).toContain('must be a JSON number');
    },
  );

  it.each([
    ['of', 'villages', '12'],
    ['source', 'households', { paragraph: '5', quote: '2400多户贫困户' }],
  ])('%s as text', (field, id, value) => {
    const err = figureError(id, { [field]: value });
    expectNamed(err, FILE, `figure "${id}"`, field === 'source' ? 'source.paragraph' : field);
  });
});

describe('figures.json numbers that are not JSON', () => {
  const tmp = tempDir('numbers');
  afterAll(() => tmp.remove());
  const text = fixtureText('figures.all-kinds.json');

  it.each(['NaN', 'Infinity', '-Infinity', '1,000', '２０００', '+2400', '.5', '0x10', '02400'])(
    '"value": %s is not valid JSON',
    (literal) => {
      const path = tmp.write('f.json', replaceOnce(text, '"value": 2400,', `"value": ${literal},`));
      const err = errorOf(() => loadFigures(path, FILE));
      expectNamed(err, FILE, null, 'json');
      expect(err.message).toContain('not valid JSON');
    },
  );

  it('"value": 1e400 parses as Infinity and is refused', () => {
    const path = tmp.write('f.json', replaceOnce(text, '"value": 2400,', '"value": 1e400,'));
    expectNamed(
      errorOf(() => loadFigures(path, FILE)),
      FILE,
      'figure "households"',
      'value',
    );
  });

  it('"value": 2.4e3 is the JSON number 2400 and loads', () => {
    const path = tmp.write('f.json', replaceOnce(text, '"value": 2400,', '"value": 2.4e3,'));
    expect(loadFigures(path, FILE)[0].value).toBe(2400);
  });
});

describe('values a kind forbids', () => {
  it.each([
    ['households', { value: NaN }, 'value'],
    ['households', { value: Infinity }, 'value'],
    ['funds', { value: -Infinity }, 'value'],
    ['households', { value: -0 }, 'value'],
    ['households', { value: -1 }, 'value'],
    ['households', { value: 2400.5 }, 'value'],
    ['households', { value: 2 ** 53 }, 'value'],
    ['forest', { value: -0.1 }, 'value'],
    ['forest', { value: 100.1 }, 'value'],
    ['forest', { value: 780 }, 'value'],
    ['villages', { value: 13 }, 'value'],
    ['villages', { value: 1.5 }, 'value'],
    ['villages', { value: -1 }, 'value'],
    ['villages', { of: 0 }, 'of'],
    ['villages', { of: -12 }, 'of'],
    ['villages', { of: 12.5 }, 'of'],
    ['villages', { of: Infinity }, 'of'],
    ['villages', { of: undefined }, 'of'],
    ['funds', { value: -1 }, 'value'],
    ['since', { value: 1899 }, 'value'],
    ['since', { value: 2101 }, 'value'],
    ['since', { value: 2020.5 }, 'value'],
    ['water', { value: 0 }, 'value'],
    ['water', { value: 6 }, 'value'],
    ['water', { value: 2.5 }, 'value'],
    ['loop', { value: 3 }, 'value'],
    ['loop', { items: [] }, 'items'],
    ['households', { of: 3000 }, 'of'],
    ['households', { items: [{ zh: '甲', en: 'a' }] }, 'items'],
    ['households', { source: { paragraph: 0, quote: '2400多户贫困户' } }, 'source.paragraph'],
    ['households', { source: { paragraph: -5, quote: '2400多户贫困户' } }, 'source.paragraph'],
    ['households', { source: { paragraph: 5.5, quote: '2400多户贫困户' } }, 'source.paragraph'],
    ['households', { source: { paragraph: 2 ** 53, quote: '2400多户贫困户' } }, 'source.paragraph'],
  ])('%s with %o', (id, change, field) => {
    expectNamed(figureError(id, change), FILE, `figure "${id}"`, field);
  });

  it.each([
    ['households', { value: 0 }],
    ['forest', { value: 0 }],
    ['forest', { value: 100 }],
    ['villages', { value: 12 }],
    ['villages', { value: 0, of: 1 }],
    ['funds', { value: 0.5 }],
    ['since', { value: 1900 }],
    ['since', { value: 2100 }],
    ['water', { value: 1 }],
    ['water', { value: 5 }],
    ['households', { value: 2 ** 53 - 1 }],
  ])('the boundary %s with %o loads', (id, change) => {
    expect(validateFigures(withFigure(id, change), FILE)[byId(id)]).toMatchObject(change);
  });
});

describe('numbers in a story', () => {
  const story = (text: string) => parseStory(text, 'story.aml', FIGURES, PLACES);
  const STEP_TEXT = 'text: 森林覆盖率{forest}。';

  it.each(['1,000', '1e3', '２０００', '78.3%', '５０％', '3.5', '2020年'])(
    'a hand-written %j in a step text',
    (number) => {
      const err = errorOf(() => story(replaceOnce(FULL_STORY, STEP_TEXT, `text: 约${number}。`)));
      expectNamed(err, 'story.aml', 'step "district"', 'text');
      expect(err.message).toContain('malformed number');
    },
  );

  it('numbers written in words are text, not figures', () => {
    const text = replaceOnce(FULL_STORY, STEP_TEXT, 'text: 两个村{forest}，三成。');
    expect(story(text).steps[1].paragraphs).toEqual(['两个村{forest}，三成。']);
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2025-02-29',
    '2026-1-5',
    '２０２６-１１-２９',
    '29/11/2026',
    '2026-11-29T08:00',
    '20261129',
  ])('published: %s', (date) => {
    const err = errorOf(() =>
      story(replaceOnce(FULL_STORY, 'published: 2026-11-29', `published: ${date}`)),
    );
    expectNamed(err, 'story.aml', null, 'published');
  });

  it('published: 2024-02-29 (a leap day) loads', () => {
    const text = replaceOnce(FULL_STORY, 'published: 2026-11-29', 'published: 2024-02-29');
    expect(story(text).meta.published).toBe('2024-02-29');
  });
});
