/**
 * Ids, wherever they appear: figures, steps, sections, stage kinds, map views, layers and
 * places, languages, figure tokens in the text. Each unknown, duplicate or malformed id
 * fails with one ContentError naming the file, the step (or figure, section, place), the
 * field and the id. Ids that only clash across files: ids-across-files.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { validateFigures } from './figures';
import { validatePlaceIds } from './place-ids';
import { parseStory } from './story';
import {
  ALL_KINDS,
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  replaceOnce,
  placeWithId,
} from '../../../tests/support/content/test-corpus';

const FILE = 'story.aml';
const edited = (from: string, to: string) =>
  errorOf(() => parseStory(replaceOnce(FULL_STORY, from, to), FILE, FIGURES, PLACES));
const step = (id: string) => `step "${id}"`;

describe('unknown ids in a story', () => {
  it.each([
    [
      'figure',
      'figures: forest',
      'figures: forest, teams-35',
      step('district'),
      'figures',
      '"teams-35"',
    ],
    [
      'figure token',
      '森林覆盖率{forest}',
      '森林覆盖率{forest-cover}',
      step('district'),
      'text',
      '{forest-cover}',
    ],
    [
      'section',
      'id: district\nsection: places',
      'id: district\nsection: middle',
      step('district'),
      'section',
      '"middle"',
    ],
    ['stage kind', 'stage: units', 'stage: piechart', step('first'), 'stage', '"piechart"'],
    ['map view', 'map.view: district', 'map.view: world', step('district'), 'map.view', '"world"'],
    [
      'highlighted place',
      'map.highlight: donggou, yingzi',
      'map.highlight: donggou, atlantis',
      step('district'),
      'map.highlight',
      '"atlantis"',
    ],
    [
      'fitted place',
      'map.fit: donggou, maojian',
      'map.fit: donggou, atlantis',
      step('villages'),
      'map.fit',
      '"atlantis"',
    ],
    [
      'map layer',
      'map.layers: outline, rivers',
      'map.layers: outline, roads',
      step('district'),
      'map.layers',
      '"roads"',
    ],
    [
      'map field',
      'map.view: district',
      'map.zoom: 9\nmap.view: district',
      step('district'),
      'map.zoom',
      'unknown field (known: view, fit, highlight, layers)',
    ],
    ['language', 'lang: zh-CN', 'lang: fr', null, 'lang', '"fr"'],
  ])('an unknown %s', (_what, from, to, item, field, named) => {
    const err = edited(from, to);
    expectNamed(err, FILE, item, field);
    expect(err.message).toContain(named);
  });

  it('an unknown figure kind', () => {
    const figures = structuredClone(ALL_KINDS) as object[];
    Object.assign(figures[0], { kind: 'ratio' });
    const err = errorOf(() => validateFigures({ figures }, 'figures.json'));
    expectNamed(err, 'figures.json', 'figure "households"', 'kind');
  });
});

describe('duplicate ids', () => {
  it.each([
    ['step', 'id: villages', 'id: district', step('district'), 'id'],
    ['section', 'id: places\ntitle: 地方', 'id: opening\ntitle: 地方', 'section "opening"', 'id'],
    [
      'figure in a step',
      'figures: households, villages',
      'figures: households, villages, households',
      step('first'),
      'figures',
    ],
    [
      'highlighted place',
      'map.highlight: donggou, yingzi',
      'map.highlight: donggou, yingzi, donggou',
      step('district'),
      'map.highlight',
    ],
    [
      'fitted place',
      'map.fit: donggou, maojian',
      'map.fit: donggou, maojian，donggou',
      step('villages'),
      'map.fit',
    ],
    [
      'layer',
      'map.layers: outline, rivers',
      'map.layers: outline, rivers, outline',
      step('district'),
      'map.layers',
    ],
  ])('a duplicate %s', (_what, from, to, item, field) => {
    const err = edited(from, to);
    expectNamed(err, FILE, item, field);
    expect(err.message).toContain('duplicate');
  });

  it('a duplicate figure id', () => {
    const figures = structuredClone(ALL_KINDS);
    figures[3].id = 'households';
    const err = errorOf(() => validateFigures({ figures }, 'figures.json'));
    expectNamed(err, 'figures.json', 'figure "households"', 'id');
    expect(err.message).toContain('duplicate figure id');
  });

  it('a duplicate place id', () => {
    const places = ['donggou', 'yingzi', 'donggou'].map(placeWithId);
    const err = errorOf(() => validatePlaceIds(places, 'places.json'));
    expectNamed(err, 'places.json', 'place "donggou"', 'id');
  });
});

describe('malformed ids', () => {
  it.each(['Households', 'house_holds', 'a--b', '-a', 'a-', '两户', ''])('figure id %j', (id) => {
    const figures = structuredClone(ALL_KINDS);
    figures[0].id = id;
    const err = errorOf(() => validateFigures({ figures }, 'figures.json'));
    expectNamed(err, 'figures.json', id ? `figure "${id}"` : 'figure #1', 'id');
  });

  it.each([
    [
      'a section id',
      'id: places\ntitle: 地方',
      'id: Places\ntitle: 地方',
      'section "Places"',
      'id',
    ],
    ['a step id', 'id: villages', 'id: Villages Step', step('Villages Step'), 'id'],
    [
      'a place id',
      'map.highlight: donggou, yingzi',
      'map.highlight: Donggou',
      step('district'),
      'map.highlight',
    ],
    [
      'a figure token in capitals',
      '森林覆盖率{forest}',
      '森林覆盖率{Forest}',
      step('district'),
      'text',
    ],
    [
      'a figure token with spaces',
      '森林覆盖率{forest}',
      '森林覆盖率{ forest }',
      step('district'),
      'text',
    ],
    [
      'an unclosed figure token',
      '森林覆盖率{forest}',
      '森林覆盖率{forest',
      step('district'),
      'text',
    ],
    [
      'a stray closing brace',
      '森林覆盖率{forest}',
      '森林覆盖率{forest}}',
      step('district'),
      'text',
    ],
  ])('%s', (_what, from, to, item, field) => {
    expectNamed(edited(from, to), FILE, item, field);
  });

  it.each([
    ['not a list', { places: [] }, null, 'places'],
    ['a place that is not an object', [placeWithId('donggou'), 'yingzi'], 'place #2', 'place'],
    [
      'a place without id',
      [placeWithId('donggou'), { ...placeWithId('x'), id: undefined }],
      'place #2',
      'id',
    ],
    ['an id that is a number', [{ ...placeWithId('x'), id: 7 }], 'place #1', 'id'],
    ['an id that is not kebab-case', [placeWithId('Dong Gou')], 'place "Dong Gou"', 'id'],
  ])('places.json: %s', (_what, raw, item, field) => {
    expectNamed(
      errorOf(() => validatePlaceIds(raw, 'places.json')),
      'places.json',
      item,
      field,
    );
  });
});

describe('map fields and stages', () => {
  it('a step that is not a map step may not have map fields', () => {
    const err = edited('stage: units', 'stage: units\nmap.view: district');
    expectNamed(err, FILE, step('first'), 'map');
    expect(err.message).toContain('only a map step has map fields');
  });

  it('a map step needs a view or places to fit', () => {
    const err = edited('map.view: district\n', '');
    expectNamed(err, FILE, step('district'), 'map');
  });
});
