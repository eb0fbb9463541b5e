import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../../scripts/content/load-content';
import type { Step } from '../content/types';
import type { Place } from '../geo/places';
import { DACHUAN, MAOTA, place } from '../../../tests/support/geo/test-places';
import { placeSteps, sheetSteps, stepLabel, stepPlaces } from './place-steps';

function step(id: string, map?: Step['map']): Step {
  return { id, section: 's', paragraphs: ['x'], stage: map ? 'map' : 'numbers', figures: [], map };
}

const PLACES: Place[] = [
  place({ id: 'maojian', kind: 'district-seat', lngLat: [110.8, 32.6], precision: 'approximate' }),
  place({
    id: 'maota',
    kind: 'township',
    name: MAOTA,
    lngLat: [110.8, 32.5],
    precision: 'township',
  }),
  place({
    id: 'dachuan',
    kind: 'township',
    name: DACHUAN,
    lngLat: [110.7, 32.5],
    precision: 'township',
  }),
  place({ id: 'donggou', township: MAOTA, lngLat: [110.83, 32.5], precision: 'approximate' }),
  place({ id: 'yingzi', township: DACHUAN }),
  place({
    id: 'garden',
    kind: 'site',
    township: MAOTA,
    lngLat: [110.81, 32.5],
    precision: 'exact',
  }),
  place({ id: 'jingshan', kind: 'county', lngLat: [113.1, 31], precision: 'exact' }),
  place({ id: 'region-south', kind: 'region', lngLat: [110.8, 32.5], precision: 'schematic' }),
];

describe('stepPlaces', () => {
  it('names the highlighted and fitted places, once each, in that order', () => {
    const s = step('s', { view: 'tourism', highlight: ['garden'], fit: ['garden', 'donggou'] });
    expect(stepPlaces(s, PLACES)).toEqual(['garden', 'donggou', 'maota']);
  });

  it('adds the township of a place listed for want of a coordinate, and of a village', () => {
    expect(stepPlaces(step('s', { view: 'tourism', highlight: ['yingzi'] }), PLACES)).toEqual([
      'yingzi',
      'dachuan',
    ]);
    expect(stepPlaces(step('s', { view: 'tourism', highlight: ['donggou'] }), PLACES)).toEqual([
      'donggou',
      'maota',
    ]);
  });

  it('does not add the township of a located site', () => {
    expect(stepPlaces(step('s', { view: 'tourism', highlight: ['garden'] }), PLACES)).toEqual([
      'garden',
    ]);
  });

  it('adds the district to the district view and to the study-tour arcs', () => {
    expect(
      stepPlaces(step('s', { view: 'district', highlight: ['region-south'] }), PLACES),
    ).toEqual(['region-south', 'maojian']);
    expect(stepPlaces(step('s', { view: 'province', highlight: ['jingshan'] }), PLACES)).toEqual([
      'jingshan',
      'maojian',
    ]);
  });

  it('ignores unknown ids and steps without a map', () => {
    expect(stepPlaces(step('s', { view: 'tourism', highlight: ['nowhere'] }), PLACES)).toEqual([]);
    expect(stepPlaces(step('s'), PLACES)).toEqual([]);
  });
});

describe('placeSteps', () => {
  it('lists every step of a place in story order; a place no step shows is absent', () => {
    const steps = [
      step('a'),
      step('tour', { view: 'province', highlight: ['jingshan'] }),
      step('layout', { view: 'district', highlight: ['region-south'] }),
      step('villages', { view: 'tourism', highlight: ['donggou', 'yingzi'] }),
    ];
    const index = placeSteps(steps, PLACES);
    expect(index.get('maojian')).toEqual(['tour', 'layout']);
    expect(index.get('donggou')).toEqual(['villages']);
    expect(index.get('maota')).toEqual(['villages']);
    expect(index.has('garden')).toBe(false);
    expect(index.has('a')).toBe(false);
  });
});

describe('sheetSteps', () => {
  it('links the steps of any of the places, once each, in story order, with their names', () => {
    const steps = [
      step('tour', { view: 'province', highlight: ['jingshan'] }),
      step('layout', { view: 'district', highlight: ['region-south'] }),
      step('villages', { view: 'tourism', highlight: ['donggou', 'yingzi'] }),
    ];
    const index = placeSteps(steps, PLACES);
    const out = sheetSteps(['donggou', 'maojian'], index, steps, PLACES, 'en');
    expect(out.map((s) => s.id)).toEqual(['tour', 'layout', 'villages']);
    expect(out[2]!.label).toBe(stepLabel(steps[2]!, PLACES, 'en'));
    expect(sheetSteps(['garden'], index, steps, PLACES, 'en')).toEqual([]);
  });
});

describe('stepLabel', () => {
  it('names the places the step names, in the edition', () => {
    const s = step('s', { view: 'tourism', highlight: ['donggou', 'yingzi'], fit: ['donggou'] });
    const named = [
      place({ id: 'donggou', name: { zh: '东沟村', en: 'Donggou Village' } }),
      place({ id: 'yingzi', name: { zh: '营子村', en: 'Yingzi Village' } }),
    ];
    expect(stepLabel(s, named, 'zh-CN')).toBe('东沟村、营子村');
    expect(stepLabel(s, named, 'en')).toBe('Donggou Village, Yingzi Village');
  });

  it('falls back to the step id', () => {
    expect(stepLabel(step('s', { view: 'district' }), PLACES, 'en')).toBe('s');
  });
});

describe('placeSteps, on the story', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const places = JSON.parse(readFileSync(`${root}data/places.json`, 'utf8')) as Place[];
  const stories = loadContent(root).stories;

  it('is the same in both editions', () => {
    const zh = placeSteps(stories['zh-CN']!.steps, places);
    const en = placeSteps(stories.en!.steps, places);
    expect([...en]).toEqual([...zh]);
  });

  it('leads every place a map step names, and the district, into the story', () => {
    const index = placeSteps(stories['zh-CN']!.steps, places);
    const named = stories['zh-CN']!.steps.flatMap((s) => [
      ...(s.map?.highlight ?? []),
      ...(s.map?.fit ?? []),
    ]);
    for (const id of [...named, 'maojian']) expect(index.get(id)?.length, id).toBeGreaterThan(0);
    const steps = new Set(
      stories['zh-CN']!.steps.filter((s) => s.stage === 'map').map((s) => s.id),
    );
    for (const ids of index.values()) for (const id of ids) expect(steps.has(id)).toBe(true);
  });
});
