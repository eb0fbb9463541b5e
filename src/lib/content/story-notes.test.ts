/**
 * Notes on sources: a figure of the report is a {figure-id} token (filled in as in the cards)
 * or stands in a quotation of the report's words that data/figures.json quotes; never typed
 * by hand. Edits of story.full.aml's first note; figures.all-kinds.json has households
 * (2400多户, quoted "2400多户贫困户") and since (2020, quoted "2020年以来").
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './story';
import { formatFigureInText } from '../format/number';
import {
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  replaceOnce,
} from '../../../tests/support/content/test-corpus';

const FILE = 'story.aml';
const withNote = (note: string, lang = 'zh-CN') =>
  parseStory(
    replaceOnce(replaceOnce(FULL_STORY, '* 一条说明', `* ${note}`), 'lang: zh-CN', `lang: ${lang}`),
    FILE,
    FIGURES,
    PLACES,
  ).notes[0];

describe('a note prints', () => {
  it.each(['zh-CN', 'en'] as const)('a {figure-id} as the cards do (%s)', (lang) => {
    const households = formatFigureInText(FIGURES.get('households')!, lang);
    expect(withNote('报道说有{households}。', lang)).toBe(`报道说有${households}。`);
  });

  it.each([
    ['a quotation of the report with its figure', '报道写的是“2400多户贫困户”。'],
    ['a quotation of a year', '原文为“2020年以来”。'],
    ['a number that is no figure of the report', '该县已于2018年撤县设市。'],
    ['a quotation without numbers', '原文为“党建引领”。'],
  ])('%s as it is', (_what, note) => {
    expect(withNote(note)).toBe(note);
  });
});

describe('a quotation inside a quotation', () => {
  it('‘…’ in a note matches “…” in the quote of data/figures.json', () => {
    const tourism = {
      ...FIGURES.get('forest')!,
      id: 'tourism',
      value: 80,
      source: { paragraph: 3, quote: '80%农户吃上“旅游饭”' },
    };
    const figures = new Map([...FIGURES, ['tourism', tourism]]);
    const note = '“80%农户吃上‘旅游饭’”未说明统计范围。';
    const story = replaceOnce(FULL_STORY, '* 一条说明', `* ${note}`);
    expect(parseStory(story, FILE, figures, PLACES).notes[0]).toBe(note);
    const wrong = replaceOnce(FULL_STORY, '* 一条说明', '* “80%农户吃上旅游饭”');
    expectNamed(
      errorOf(() => parseStory(wrong, FILE, figures, PLACES)),
      FILE,
      'note #1',
      'note',
    );
  });
});

describe('a note refuses', () => {
  it.each([
    [
      'a figure typed by hand',
      '入社贫困户2400多户。',
      '"2400" is a figure of the report typed by hand: write {households}',
    ],
    ['a figure typed with a comma', 'more than 2,400 households', '"2,400" is a figure'],
    ['a year of the report typed by hand', '自2020年以来。', 'write {since}'],
    [
      'a quotation that is not the report’s words for the figure',
      '报道写的是“2400户”。',
      "is not the report's words for households",
    ],
    ['an unknown figure', '报道说有{teams}。', 'unknown figure id "{teams}"'],
    ['a malformed token', '报道说有{households。', 'malformed figure token'],
  ])('%s', (_what, note, detail) => {
    const err = errorOf(() => withNote(note));
    expectNamed(err, FILE, 'note #1', 'note');
    expect(err.message).toContain(detail);
  });
});
