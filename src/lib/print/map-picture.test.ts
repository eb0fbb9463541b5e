import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load';
import type { Step } from '../content/types';
import { isDrawable } from '../geo/places';
import { listedText, markerText } from '../map/labels';
import { sceneFor } from '../map/scene';
import { mapPicture, PRINT_MAP_BOX } from './map-picture';
import { buildPrintMaps, readCredits, readMapData } from './print-maps';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const content = loadContent(ROOT);
const data = readMapData(ROOT);
const story = content.stories['zh-CN']!;
const mapSteps = story.steps.filter((s) => s.stage === 'map');
const stepById = (id: string): Step => story.steps.find((s) => s.id === id)!;
const byId = new Map(data.places.map((p) => [p.id, p]));

describe('mapPicture, on the story', () => {
  it.each(mapSteps.map((s) => s.id))(
    '%s: the district outline, every place the step names',
    (id) => {
      const step = stepById(id);
      const p = mapPicture(step, data);
      const scene = sceneFor(step, data.presets, data.places);
      expect(p.view).toBe(scene.name);
      // 茅箭区's outline is drawn, inside the picture.
      const outline = p.shapes.find((s) => s.layer === 'outline');
      expect(outline?.d).toMatch(/^M-?\d+[ -]\d+l/);
      // Every highlighted place with a coordinate is a labelled point in the picture ...
      for (const hid of scene.highlight) {
        const pt = p.points.find((q) => q.id === hid);
        expect(pt, hid).toBeDefined();
        expect(pt!.role).toBe('highlight');
        expect(pt!.x).toBeGreaterThan(0);
        expect(pt!.x).toBeLessThan(p.width);
        expect(pt!.y).toBeGreaterThan(0);
        expect(pt!.y).toBeLessThan(p.height);
        const place = byId.get(hid)!;
        expect(pt!.text.zh).toBe(markerText(place, 'zh-CN', p.scale));
        expect(pt!.text.en).toBe(markerText(place, 'en', p.scale));
      }
      // ... and every named place without one is listed as text.
      expect(p.listed.map((l) => l.id).sort()).toEqual([...scene.listed].sort());
      for (const l of p.listed) {
        expect(l.text.zh).toBe(listedText(byId.get(l.id)!, 'zh-CN'));
        expect(l.text.en).toBe(listedText(byId.get(l.id)!, 'en'));
      }
      for (const pt of p.points) expect(isDrawable(byId.get(pt.id)!)).toBe(true);
    },
  );

  it('study-tour: the province view, the three counties highlighted, arcs from the district', () => {
    const p = mapPicture(stepById('study-tour'), data);
    expect(p.scale).toBe('province');
    expect(p.shapes.filter((s) => s.layer === 'arcs')).toHaveLength(3);
    expect(p.shapes.some((s) => s.layer === 'provinces')).toBe(true);
    expect(p.areaLabels.map((l) => l.text.zh)).toEqual(
      expect.arrayContaining(['湖北省', '四川省', '汉江']),
    );
    // A wide view gives a shorter picture.
    expect(p.height).toBeLessThan(PRINT_MAP_BOX.height);
  });

  it('regional-layout: the schematic regions, labelled as schematic', () => {
    const p = mapPicture(stepById('regional-layout'), data);
    const regions = p.points.filter((q) => q.kind === 'region');
    expect(regions).toHaveLength(3);
    for (const r of regions) {
      expect(r.text.zh).toMatch(/（示意）$/);
      expect(r.text.en).toMatch(/\(schematic\)$/);
    }
  });

  it('famous-villages: 东沟 drawn as approximate, 营子 and 马家河 listed', () => {
    const p = mapPicture(stepById('famous-villages'), data);
    expect(p.points.find((q) => q.id === 'donggou')).toMatchObject({
      role: 'highlight',
      precision: 'approximate',
    });
    expect(p.listed.map((l) => l.text.zh)).toEqual([
      '营子村（大川镇）· 无公开坐标',
      '马家河村（武当路街道）· 无公开坐标',
    ]);
    // The townships of the listed places are drawn as context.
    expect(p.points.filter((q) => q.role === 'context').map((q) => q.id)).toEqual(
      expect.arrayContaining(['dachuan', 'wudanglu']),
    );
  });

  it('draws highlighted places last, on top', () => {
    for (const step of mapSteps) {
      const roles = mapPicture(step, data).points.map((q) => q.role);
      const first = roles.indexOf('highlight');
      if (first >= 0) expect(roles.slice(first).every((r) => r === 'highlight')).toBe(true);
    }
  });
});

describe('buildPrintMaps', () => {
  const maps = buildPrintMaps(content.stories, data, readCredits(ROOT));

  it('has a picture for every map step and the map credits', () => {
    expect(Object.keys(maps.steps).sort()).toEqual(mapSteps.map((s) => s.id).sort());
    expect(maps.credits.length).toBeGreaterThan(3);
  });

  it('stays small: path data rounded and simplified', () => {
    expect(JSON.stringify(maps).length).toBeLessThan(24_000);
  });

  it('refuses editions that disagree on what a map step shows', () => {
    const en = content.stories.en!;
    const changed = {
      ...en,
      steps: en.steps.map((s) =>
        s.id === 'study-tour' ? { ...s, map: { ...s.map, highlight: ['jingshan'] } } : s,
      ),
    };
    expect(() => buildPrintMaps({ 'zh-CN': story, en: changed }, data, [])).toThrow(
      /study-tour.*differ/,
    );
  });
});
