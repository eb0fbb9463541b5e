/**
 * A step's emphasis lines (emphasis.figures, items, reveal, travel, nested, sameScale,
 * within): read into the step, and every wrong one stops with one ContentError naming the
 * step and the field. Edits of story.full.aml, whose first step is a units step of
 * households (a count) and villages (a fraction).
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './story';
import type { Figure } from './types';
import {
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  replaceOnce,
} from '../../../tests/support/content/test-corpus';

const FILE = 'story.aml';
const FIRST = 'stage: units\nfigures: households, villages';
/** FIGURES and a second count, "teams" (35), for emphasis.within. */
const WITH_TEAMS: ReadonlyMap<string, Figure> = new Map([
  ...FIGURES,
  ['teams', { ...FIGURES.get('households')!, id: 'teams', value: 35 }],
]);
/** The first step with `head` for its stage and figures lines, and `lines` after them. */
const first = (lines: string, head = FIRST) =>
  parseStory(replaceOnce(FULL_STORY, FIRST, `${head}\n${lines}`), FILE, WITH_TEAMS, PLACES)
    .steps[0]!;

describe('emphasis read into the step', () => {
  it.each([
    ['emphasis.figures: households', FIRST, { figures: ['households'] }],
    ['emphasis.figures: none', FIRST, { figures: [] }],
    ['emphasis.reveal: households', FIRST, { reveal: 'households' }],
    ['emphasis.items: 2', 'stage: loop\nfigures: loop', { items: [1] }],
    [
      'emphasis.items: 1, 2\nemphasis.travel: true',
      'stage: cascade\nfigures: loop',
      {
        items: [0, 1],
        travel: true,
      },
    ],
    ['emphasis.nested: true', 'stage: villages\nfigures: villages', { nested: true }],
    [
      'emphasis.sameScale: households, teams',
      'stage: units\nfigures: households, teams',
      {
        sameScale: [['households', 'teams']],
      },
    ],
    [
      'emphasis.within.inner: households\nemphasis.within.outer: teams',
      'stage: units\nfigures: households, teams',
      { within: { inner: 'households', outer: 'teams' } },
    ],
  ])('%j', (lines, head, emphasis) => {
    expect(first(lines, head).emphasis).toEqual(emphasis);
  });

  it('a step without emphasis lines has none', () => {
    expect(first('').emphasis).toBeUndefined();
  });
});

describe('a wrong emphasis', () => {
  it.each([
    [
      'emphasis.figures: forest',
      FIRST,
      'emphasis.figures',
      '"forest" is not a figure of this step',
    ],
    ['emphasis.figures: nope', FIRST, 'emphasis.figures', 'unknown figure id "nope"'],
    ['emphasis.figures: households, households', FIRST, 'emphasis.figures', 'duplicate'],
    ['emphasis.reveal: villages', FIRST, 'emphasis.reveal', '"villages" is not a count'],
    ['emphasis.reveal: households, villages', FIRST, 'emphasis.reveal', 'must name one figure'],
    ['emphasis.travel: true', FIRST, 'emphasis.travel', 'only a cascade or loop step'],
    ['emphasis.travel: yes', 'stage: loop\nfigures: loop', 'emphasis.travel', 'must be "true"'],
    ['emphasis.nested: true', FIRST, 'emphasis.nested', 'only a villages step'],
    ['emphasis.items: 1', FIRST, 'emphasis.items', 'the step has no list figure'],
    [
      'emphasis.items: 3',
      'stage: loop\nfigures: loop',
      'emphasis.items',
      '"loop" has 2 items, not 3',
    ],
    ['emphasis.items: 0', 'stage: loop\nfigures: loop', 'emphasis.items', 'counting from 1'],
    ['emphasis.items: the last', 'stage: loop\nfigures: loop', 'emphasis.items', 'counting from 1'],
    ['emphasis.sameScale: households', FIRST, 'emphasis.sameScale.0', 'two figures or more'],
    ['emphasis.sameScale: households, villages', FIRST, 'emphasis.sameScale', 'not a count'],
    [
      'emphasis.sameScale: households, teams',
      'stage: bars\nfigures: households, teams',
      'emphasis.sameScale',
      'only a units or honours or numbers step',
    ],
    [
      'emphasis.within.inner: teams\nemphasis.within.outer: households',
      'stage: units\nfigures: households, teams',
      'emphasis.within',
      '"teams" is fewer than "households"',
    ],
    [
      'emphasis.within.inner: households\nemphasis.within.outer: households',
      FIRST,
      'emphasis.within',
      'two figures',
    ],
    ['emphasis.within.inner: households', FIRST, 'emphasis.within.outer', 'missing'],
    ['emphasis.colour: red', FIRST, 'emphasis.colour', 'unknown field (known: figures, items'],
    ['emphasis: households', FIRST, 'emphasis', 'must be emphasis.figures'],
  ])('%j on %j', (lines, head, field, detail) => {
    const err = errorOf(() => first(lines, head));
    expectNamed(err, FILE, 'step "first"', field);
    expect(err.message).toContain(detail);
  });

  it('a map step has no chart to stress', () => {
    const text = replaceOnce(
      FULL_STORY,
      'map.view: district',
      'map.view: district\nemphasis.figures: forest',
    );
    const err = errorOf(() => parseStory(text, FILE, FIGURES, PLACES));
    expectNamed(err, FILE, 'step "district"', 'emphasis');
    expect(err.message).toContain('a map step has no chart to stress');
  });
});
