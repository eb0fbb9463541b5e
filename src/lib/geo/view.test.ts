import { describe, it, expect } from 'vitest';
import type { Place } from './places';
import { MAP_VIEWS } from '../content/types';
import type { Bounds } from './bounds';
import {
  buildPresets,
  resolveView,
  tourismBounds,
  TOURISM_PLACE_IDS,
  type ViewPreset,
} from './view';
import { place, MAOTA, DACHUAN, WUDANGLU } from '../../../tests/support/geo/test-places';
import { square } from '../../../tests/support/geo/test-shapes';

const PLACES: Place[] = [
  place({
    id: 'maota',
    kind: 'township',
    name: MAOTA,
    township: MAOTA,
    lngLat: [110.82574, 32.51752],
    precision: 'township',
  }),
  place({
    id: 'dachuan',
    kind: 'township',
    name: DACHUAN,
    township: DACHUAN,
    lngLat: [110.70775, 32.54206],
    precision: 'township',
  }),
  place({
    id: 'wudanglu',
    kind: 'township',
    name: WUDANGLU,
    township: WUDANGLU,
    lngLat: [110.80308, 32.58931],
    precision: 'township',
  }),
  place({ id: 'donggou', township: MAOTA, lngLat: [110.8336, 32.49982], precision: 'approximate' }),
  place({ id: 'yingzi', township: DACHUAN }),
  place({ id: 'yingzi-blueberry', kind: 'site', township: DACHUAN }),
  place({ id: 'majiahe', township: WUDANGLU }),
  place({ id: 'qinba-garden', kind: 'site', township: WUDANGLU }),
  place({ id: 'taoyuan-renjia', kind: 'homestay', township: MAOTA }),
  place({ id: 'shanli-maoju', kind: 'homestay' }),
  place({ id: 'jingshan', kind: 'county', lngLat: [113.1146, 31.02246], precision: 'exact' }),
];

const PRESETS: ViewPreset[] = [
  {
    id: 'district',
    bounds: [
      [32.39, 110.58],
      [32.69, 110.95],
    ],
  },
  {
    id: 'province',
    bounds: [
      [26, 97],
      [34.4, 116.2],
    ],
  },
];

function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    outer[0][0] <= inner[0][0] &&
    outer[0][1] <= inner[0][1] &&
    outer[1][0] >= inner[1][0] &&
    outer[1][1] >= inner[1][1]
  );
}

describe('buildPresets', () => {
  it('computes the four presets from the data', () => {
    const presets = buildPresets({
      districtOutline: square(110.58, 32.39, 110.95, 32.69),
      shiyanDistricts: square(109.4, 31.5, 111.6, 33.3),
      provinces: square(97.3, 26, 116.2, 34.4),
      places: PLACES,
    });
    expect(presets.map((p) => p.id)).toEqual([...MAP_VIEWS]);
    expect(presets[0].bounds).toEqual([
      [32.39, 110.58],
      [32.69, 110.95],
    ]);
  });

  it('frames the study-tour counties and 十堰市 in the province view when they are given', () => {
    const county = square(103, 30, 104, 31);
    county.features[0].properties = { kind: 'county-outline' };
    const seat = {
      type: 'Feature' as const,
      properties: { kind: 'county-seat' },
      geometry: { type: 'Point' as const, coordinates: [120, 40] },
    };
    const presets = buildPresets({
      districtOutline: square(110.58, 32.39, 110.95, 32.69),
      shiyanDistricts: square(109, 31.5, 111, 33),
      provinces: square(97.3, 26, 116.2, 34.4),
      studyTour: { type: 'FeatureCollection', features: [...county.features, seat] },
      places: PLACES,
    });
    // Counties and Shiyan span 103–111°E and 30–33°N; the seat point is not framed.
    const [[s, w], [n, e]] = presets[2].bounds;
    expect(w).toBeCloseTo(103 - 8 * 0.16);
    expect(e).toBeCloseTo(111 + 8 * 0.16);
    expect(s).toBeCloseTo(30 - 3 * 0.16);
    expect(n).toBeCloseTo(33 + 3 * 0.16);
  });

  it('tourism covers the drawn tourism places and the seats where the others are listed', () => {
    const b = tourismBounds(PLACES);
    for (const id of ['donggou', 'maota', 'dachuan', 'wudanglu']) {
      const p = PLACES.find((x) => x.id === id)!;
      const [lng, lat] = p.lngLat!;
      expect(lat).toBeGreaterThan(b[0][0]);
      expect(lat).toBeLessThan(b[1][0]);
      expect(lng).toBeGreaterThan(b[0][1]);
      expect(lng).toBeLessThan(b[1][1]);
    }
    expect(contains(PRESETS[0].bounds, b)).toBe(true);
    expect(TOURISM_PLACE_IDS).toContain('donggou');
  });

  it('tourism fails loudly when a tourism id is missing', () => {
    expect(() => tourismBounds(PLACES.filter((p) => p.id !== 'majiahe'))).toThrow(/majiahe/);
  });
});

describe('resolveView', () => {
  it('uses the named preset', () => {
    const v = resolveView({ view: 'province' }, PRESETS, PLACES);
    expect(v).toEqual({ bounds: PRESETS[1].bounds, highlight: [], listed: [] });
  });

  it('lets fit win over view and skips places without a coordinate', () => {
    const v = resolveView(
      { view: 'province', fit: ['donggou', 'yingzi', 'maota'], highlight: ['donggou', 'yingzi'] },
      PRESETS,
      PLACES,
    );
    expect(
      contains(v.bounds, [
        [32.49982, 110.82574],
        [32.51752, 110.8336],
      ]),
    ).toBe(true);
    expect(contains(PRESETS[0].bounds, v.bounds)).toBe(true);
    expect(v.highlight).toEqual(['donggou']);
    expect(v.listed).toEqual(['yingzi']);
  });

  it('gives a single point a sensible minimum size', () => {
    const v = resolveView({ fit: ['donggou'] }, PRESETS, PLACES);
    expect(v.bounds[1][0] - v.bounds[0][0]).toBeGreaterThanOrEqual(0.03 - 1e-9);
    expect(v.bounds[1][1] - v.bounds[0][1]).toBeGreaterThan(0.03);
    expect((v.bounds[0][0] + v.bounds[1][0]) / 2).toBeCloseTo(32.49982);
  });

  it('falls back to the view, then to the district, when nothing to fit has a coordinate', () => {
    expect(resolveView({ view: 'province', fit: ['yingzi'] }, PRESETS, PLACES).bounds).toEqual(
      PRESETS[1].bounds,
    );
    const v = resolveView({ fit: ['yingzi', 'shanli-maoju'] }, PRESETS, PLACES);
    expect(v.bounds).toEqual(PRESETS[0].bounds);
    expect(v.listed).toEqual(['yingzi', 'shanli-maoju']);
    expect(resolveView({}, PRESETS, PLACES).bounds).toEqual(PRESETS[0].bounds);
  });

  it('reports each listed or highlighted id once, in order', () => {
    const v = resolveView(
      { fit: ['yingzi', 'donggou'], highlight: ['majiahe', 'donggou', 'yingzi', 'donggou'] },
      PRESETS,
      PLACES,
    );
    expect(v.highlight).toEqual(['donggou']);
    expect(v.listed).toEqual(['majiahe', 'yingzi']);
  });

  it('throws on unknown ids, naming them', () => {
    expect(() => resolveView({ fit: ['nowhere'] }, PRESETS, PLACES)).toThrow(/"nowhere"/);
    expect(() => resolveView({ highlight: ['atlantis'] }, PRESETS, PLACES)).toThrow(/"atlantis"/);
    expect(() => resolveView({ view: 'moon' }, PRESETS, PLACES)).toThrow(/"moon"/);
    expect(() => resolveView({ view: 'moon', fit: ['donggou'] }, PRESETS, PLACES)).toThrow(
      /"moon"/,
    );
  });
});
