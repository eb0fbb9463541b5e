import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../../scripts/content/load-content';
import type { Step } from '../content/types';
import type { FeatureCollection } from '../geo/geojson';
import type { Place } from '../geo/places';
import { buildPresets } from '../geo/view';
import { fitPadding, moveKind, PHONE_PANEL_GAP, sceneFor, type MoveInput } from './map-scene';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = <T>(path: string): T => JSON.parse(readFileSync(ROOT + path, 'utf8')) as T;
const places = read<Place[]>('data/places.json');
const presets = buildPresets({
  districtOutline: read<FeatureCollection>('data/geo/maojian-outline.json'),
  shiyanDistricts: read<FeatureCollection>('data/geo/shiyan-districts.json'),
  provinces: read<FeatureCollection>('data/geo/provinces.json'),
  studyTour: read<FeatureCollection>('data/geo/study-tour.json'),
  places,
});
const story = loadContent(ROOT, ['zh-CN']).stories['zh-CN']!;
const stepById = (id: string): Step => {
  const s = story.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};
const scene = (id: string) => sceneFor(stepById(id), presets, places);

describe('sceneFor, on the story', () => {
  it('resolves every map step of the story without error', () => {
    const mapSteps = story.steps.filter((s) => s.stage === 'map');
    expect(mapSteps.length).toBeGreaterThanOrEqual(3);
    for (const s of mapSteps) expect(() => sceneFor(s, presets, places), s.id).not.toThrow();
  });

  it('study-tour: province view, the three counties and arcs from 茅箭区', () => {
    const s = scene('study-tour');
    expect(s.name).toBe('province');
    expect(s.scale).toBe('province');
    expect(s.highlight).toEqual(['jingshan', 'pujiang', 'nanbu']);
    expect(s.drawn.sort()).toEqual(['jingshan', 'maojian', 'nanbu', 'pujiang']);
    expect(s.arcs).toEqual([
      { from: 'maojian', to: 'jingshan' },
      { from: 'maojian', to: 'pujiang' },
      { from: 'maojian', to: 'nanbu' },
    ]);
    expect(s.layers).toContain('study-tour');
    expect(s.layers).toContain('arcs');
    expect(s.listed).toEqual([]);
  });

  it('regional-layout: district view with the three schematic regions alone', () => {
    const s = scene('regional-layout');
    expect(s.name).toBe('district');
    expect(s.scale).toBe('local');
    expect(s.highlight).toEqual(['region-centre', 'region-east', 'region-south']);
    expect(s.drawn).toEqual(['region-centre', 'region-east', 'region-south']);
    expect(s.layers).not.toContain('arcs');
  });

  it('famous-villages: 东沟 drawn, 营子 and 马家河 listed under their townships', () => {
    const s = scene('famous-villages');
    expect(s.name).toBe('tourism');
    expect(s.highlight).toEqual(['donggou']);
    expect(s.listed).toEqual(['yingzi', 'majiahe']);
    expect(s.context).toEqual(['dachuan', 'wudanglu']);
    expect(s.drawn).toEqual(expect.arrayContaining(['donggou', 'dachuan', 'wudanglu', 'maota']));
    expect(s.drawn).not.toContain('jingshan');
  });

  it('draws every drawn place inside the view bounds', () => {
    for (const id of ['study-tour', 'regional-layout', 'famous-villages']) {
      const s = scene(id);
      for (const pid of s.drawn) {
        const [lng, lat] = places.find((p) => p.id === pid)!.lngLat!;
        expect(lat, `${id}/${pid}`).toBeGreaterThanOrEqual(s.bounds[0][0]);
        expect(lat, `${id}/${pid}`).toBeLessThanOrEqual(s.bounds[1][0]);
        expect(lng, `${id}/${pid}`).toBeGreaterThanOrEqual(s.bounds[0][1]);
        expect(lng, `${id}/${pid}`).toBeLessThanOrEqual(s.bounds[1][1]);
      }
    }
  });
});

describe('sceneFor, edge cases', () => {
  const base: Step = { id: 'x', section: 's', paragraphs: ['p'], stage: 'map', figures: [] };

  it('names a fit view after its step, and falls back to the district view', () => {
    expect(sceneFor({ ...base, map: { fit: ['donggou'] } }, presets, places).name).toBe('fit-x');
    expect(
      sceneFor({ ...base, map: { view: 'tourism', fit: ['yingzi'] } }, presets, places).name,
    ).toBe('tourism');
    expect(sceneFor(base, presets, places).name).toBe('district');
  });

  it('takes the layers a step asks for and rejects unknown ones', () => {
    expect(sceneFor({ ...base, map: { layers: ['rivers'] } }, presets, places).layers).toEqual([
      'rivers',
    ]);
    expect(() => sceneFor({ ...base, map: { layers: ['roads'] } }, presets, places)).toThrow(
      /step "x" field "map.layers": unknown layer "roads"/,
    );
  });
});

describe('fitPadding', () => {
  it('gives the subject the whole phone band below the controls and the panel', () => {
    // The band no card covers (half of a 390x844 window); the panel's bottom 100 px down, and
    // room under it for the label above the highest point.
    const p = fitPadding({ width: 390, height: 422 }, 100, true);
    expect(p.paddingTopLeft).toEqual([48, 100 + PHONE_PANEL_GAP]);
    expect(p.paddingBottomRight).toEqual([48, 28]);
    expect(fitPadding({ width: 390, height: 422 }, 0, true).paddingTopLeft).toEqual([48, 48]);
  });

  it('keeps the subject in the upper ~55% of a window too short for the band', () => {
    const p = fitPadding({ width: 390, height: 844 }, 100, true, true);
    expect(p.paddingBottomRight).toEqual([48, 380]);
  });

  it('pads for the panel above and the credits below on desktop', () => {
    // The panel 12 px from the top and 120 px high: as far below it as the controls' row.
    const p = fitPadding({ width: 728, height: 800 }, 132, false);
    expect(p.paddingTopLeft).toEqual([80, 184]);
    expect(p.paddingBottomRight).toEqual([80, 56]);
  });

  it('leaves a third of a short box for the subject', () => {
    const p = fitPadding({ width: 390, height: 300 }, 200, true);
    const room = 300 - p.paddingTopLeft[1] - p.paddingBottomRight[1];
    expect(room).toBeGreaterThanOrEqual(99);
  });
});

describe('moveKind', () => {
  const m = (o: Partial<MoveInput>): MoveInput => ({
    reducedMotion: false,
    wasVisible: true,
    sameView: false,
    leftExplore: false,
    ...o,
  });
  it('flies between story views', () => expect(moveKind(m({}))).toBe('fly'));
  it('jumps under reduced motion', () => {
    expect(moveKind(m({ reducedMotion: true }))).toBe('jump');
    expect(moveKind(m({ reducedMotion: true, leftExplore: true, sameView: true }))).toBe('jump');
  });
  it('jumps when the map was hidden, or only its box changed', () => {
    expect(moveKind(m({ wasVisible: false }))).toBe('jump');
    expect(moveKind(m({ sameView: true }))).toBe('jump');
  });
  it('flies back to the story view when exploring ends', () => {
    expect(moveKind(m({ sameView: true, leftExplore: true }))).toBe('fly');
  });
});
