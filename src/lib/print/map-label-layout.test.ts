import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/content/load-content';
import { LANGS } from '../content/types';
import type { MapPicture, MapPoint } from './map-picture';
import { keepInside, layoutLabels, outerBox, overlaps } from './map-label-layout';
import { pointLabel } from './map-labels';
import { buildPrintMaps, readMapData } from '../../../scripts/build/print-maps';
import { mapPoint } from '../../../tests/support/print/map-point';

const point = (p: Partial<MapPoint> & Pick<MapPoint, 'id'>): MapPoint => mapPoint(p.id, p);

const picture = (points: MapPoint[], extra: Partial<MapPicture> = {}): MapPicture => ({
  view: 'district',
  scale: 'local',
  width: 200,
  height: 150,
  shapes: [],
  areaLabels: [],
  points,
  listed: [],
  highlightNames: [],
  ...extra,
});

describe('overlaps', () => {
  it('tells boxes that share more than a pixel', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { x: 9.5, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 20, y: 0, width: 5, height: 5 })).toBe(false);
  });
});

describe('keepInside', () => {
  it('moves a name that runs past the edge back inside, with its ground', () => {
    const l = pointLabel(point({ id: 'a long name here', x: 190 }), 'en');
    const moved = keepInside(l, 200, 150);
    const b = outerBox(moved);
    expect(b.x + b.width).toBeLessThanOrEqual(200);
    expect(moved.x).toBeLessThan(l.x);
    expect(moved.ground!.x - moved.x).toBeCloseTo(l.ground!.x - l.x);
  });
});

describe('layoutLabels', () => {
  it('keeps a place on its own side when there is room', () => {
    const { points } = layoutLabels(picture([point({ id: 'a', side: 'left' })]), 'en');
    expect(points[0]!.anchor).toBe('end');
  });

  it('moves a name off another place’s name, the highlighted place choosing first', () => {
    const pts = [
      point({ id: 'plain', x: 40, y: 68 }),
      point({ id: 'star', x: 40, y: 60, role: 'highlight' }),
    ];
    const { points } = layoutLabels(picture(pts), 'en');
    expect(points[1]!.anchor).toBe('start'); // the highlight kept its side (right)...
    expect(points[0]!.anchor).not.toBe('start'); // ...the other moved
    expect(overlaps(outerBox(points[0]!), outerBox(points[1]!))).toBe(false);
  });

  it('keeps every name of the story’s regions inside the picture', () => {
    const long = 'Integrated east (schematic)';
    const pts = [point({ id: 'r', kind: 'region', x: 190, y: 70, text: { zh: long, en: long } })];
    const b = outerBox(layoutLabels(picture(pts), 'en').points[0]!);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(200);
  });

  it('leaves out an area name where a place’s name is, and one that runs off the picture', () => {
    const areaLabels = [
      {
        key: 'under',
        kind: 'district' as const,
        x: 125,
        y: 100,
        text: { zh: '张湾区', en: 'Zhangwan' },
      },
      {
        key: 'free',
        kind: 'district' as const,
        x: 100,
        y: 30,
        text: { zh: '郧阳区', en: 'Yunyang' },
      },
      { key: 'edge', kind: 'province' as const, x: 2, y: 30, text: { zh: '湖北省', en: 'Hubei' } },
    ];
    const { areas } = layoutLabels(picture([point({ id: 'maota' })], { areaLabels }), 'zh-CN');
    expect(areas.map((a) => a.key)).toEqual(['free']);
    expect(areas[0]).toMatchObject({ text: '郧阳区', size: 10 });
  });
});

describe('layoutLabels, on the story’s map steps', () => {
  const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
  const stories = loadContent(ROOT).stories;
  const maps = buildPrintMaps(stories, readMapData(ROOT), []);
  const cases = Object.keys(maps.steps).flatMap((id) => LANGS.map((lang) => [id, lang] as const));

  it.each(cases)('%s (%s): every name inside the picture, none on another', (id, lang) => {
    const pic = maps.steps[id]!;
    const { points } = layoutLabels(pic, lang);
    const boxes = points.map(outerBox);
    boxes.forEach((b, i) => {
      expect(b.x, pic.points[i]!.id).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, pic.points[i]!.id).toBeLessThanOrEqual(pic.width);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(pic.height);
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(b, boxes[j]!), `${pic.points[i]!.id} / ${pic.points[j]!.id}`).toBe(false);
    });
  });
});
