/** Checks the generated data (scripts/data/import-geo.ts) against the story's rules. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { eachPosition, type FeatureCollection, type LngLat } from './geojson';
import { isDrawable, type Place } from './places';
import { boundsOf, type Bounds } from './bounds';
import { buildPresets, resolveView, TOURISM_PLACE_IDS } from './view';

const DATA = new URL('../../../data/', import.meta.url);
const GEO = new URL('geo/', DATA);

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

const places = readJson<Place[]>(new URL('places.json', DATA));
const geo = (name: string): FeatureCollection => readJson<FeatureCollection>(new URL(name, GEO));
const districts = geo('shiyan-districts.json');
const outline = geo('maojian-outline.json');
const provinces = geo('provinces.json');
const studyTour = geo('study-tour.json');
const rivers = geo('rivers.json');
const byId = new Map(places.map((p) => [p.id, p]));

const REQUIRED = [
  'maojian',
  'wudanglu',
  'eryan',
  'wuyan',
  'bailang',
  'dachuan',
  'maota',
  'yuanyang',
  'donggou',
  'yingzi',
  'majiahe',
  'qinba-garden',
  'daping-solar',
  'taoyuan-renjia',
  'shanli-maoju',
  'jingshan',
  'pujiang',
  'nanbu',
  'region-centre',
  'region-east',
  'region-south',
];
/** No sourced coordinate was found for these (../shared/geo/PROVENANCE.md). */
const NO_COORDINATE = [
  'yingzi',
  'yingzi-blueberry',
  'majiahe',
  'qinba-garden',
  'daping-solar',
  'taoyuan-renjia',
  'shanli-maoju',
];

function inside(b: Bounds, [lng, lat]: LngLat): boolean {
  return lat >= b[0][0] && lat <= b[1][0] && lng >= b[0][1] && lng <= b[1][1];
}

function decimals(x: number): number {
  const s = String(x);
  expect(s).not.toMatch(/e/i);
  return s.includes('.') ? s.split('.')[1].length : 0;
}

describe('data/places.json', () => {
  it('has every required place, once', () => {
    for (const id of REQUIRED) expect(byId.has(id), id).toBe(true);
    expect(byId.size).toBe(places.length);
  });

  it('has no coordinate where none was found', () => {
    for (const id of NO_COORDINATE) {
      expect(byId.get(id)?.lngLat, id).toBeNull();
      expect(byId.get(id)?.precision, id).toBe('none');
    }
  });

  it('pairs a null coordinate with precision none, and only then', () => {
    for (const p of places) expect(p.lngLat === null, p.id).toBe(p.precision === 'none');
  });

  it('uses the precisions the brief asks for', () => {
    expect(byId.get('donggou')?.precision).toBe('approximate');
    for (const p of places.filter((x) => x.kind === 'township'))
      expect(p.precision).toBe('township');
    for (const p of places.filter((x) => x.kind === 'region'))
      expect(p.precision).toBe('schematic');
    expect(places.filter((x) => x.kind === 'township')).toHaveLength(7);
  });

  it('puts every drawable place inside the Shiyan districts or a study-tour county', () => {
    const boxes = [
      boundsOf(districts),
      ...studyTour.features
        .filter((f) => f.properties.kind === 'county-outline')
        .map((f) => boundsOf(f)),
    ];
    for (const p of places.filter(isDrawable)) {
      expect(
        boxes.some((b) => inside(b, p.lngLat)),
        p.id,
      ).toBe(true);
    }
  });

  it('puts the Maojian places inside the district and the counties inside theirs', () => {
    const district = boundsOf(outline);
    for (const p of places.filter(isDrawable)) {
      if (p.kind === 'county') {
        const f = studyTour.features.find(
          (x) => x.properties.id === p.id && x.properties.kind === 'county-outline',
        );
        expect(f, p.id).toBeDefined();
        expect(inside(boundsOf(f!), p.lngLat), p.id).toBe(true);
      } else {
        expect(inside(district, p.lngLat), p.id).toBe(true);
      }
    }
  });

  it('rounds every coordinate to at most 5 decimals', () => {
    for (const p of places.filter(isDrawable)) {
      for (const x of p.lngLat) expect(decimals(x), p.id).toBeLessThanOrEqual(5);
    }
  });

  it('gives every place bilingual text and a source; regions name real townships', () => {
    for (const p of places) {
      for (const t of [p.name, p.precisionNote, p.note]) {
        expect(t.zh.length, p.id).toBeGreaterThan(0);
        expect(t.en.length, p.id).toBeGreaterThan(0);
      }
      expect(p.source.length, p.id).toBeGreaterThan(0);
      if (p.kind === 'region') {
        expect(p.townships?.length, p.id).toBeGreaterThan(0);
        for (const t of p.townships ?? [])
          expect(byId.get(t)?.kind, `${p.id} → ${t}`).toBe('township');
      } else {
        expect(p.townships, p.id).toBeUndefined();
      }
    }
  });

  it('lists each unlocated place under a township that exists (or unknown)', () => {
    const townships = new Set(places.filter((p) => p.kind === 'township').map((p) => p.name.zh));
    for (const p of places.filter((x) => !isDrawable(x))) {
      if (p.township !== null) expect(townships.has(p.township.zh), p.id).toBe(true);
    }
    expect(byId.get('shanli-maoju')?.township).toBeNull();
  });
});

describe('data/geo', () => {
  it('holds GeoJSON with at most 5 decimals per coordinate', () => {
    for (const name of readdirSync(GEO).filter(
      (n) => n.endsWith('.json') && n !== 'attribution.json',
    )) {
      const fc = geo(name);
      expect(fc.type, name).toBe('FeatureCollection');
      let worst = 0;
      eachPosition(fc, (p) => {
        worst = Math.max(worst, decimals(p[0]), decimals(p[1]));
      });
      expect(worst, name).toBeLessThanOrEqual(5);
    }
  });

  it('has the expected features', () => {
    expect(districts.features).toHaveLength(8);
    expect(
      districts.features.filter((f) => f.properties.focus === true).map((f) => f.properties.name),
    ).toEqual(['茅箭区']);
    expect(provinces.features.map((f) => f.properties.name)).toEqual(['湖北省', '四川省']);
    expect(rivers.features.map((f) => f.properties.id)).toEqual(
      expect.arrayContaining(['han', 'han-reservoir', 'dan']),
    );
    const seats = studyTour.features.filter((f) => f.properties.kind === 'county-seat');
    expect(seats.map((f) => f.properties.id)).toEqual(['jingshan', 'pujiang', 'nanbu']);
    for (const f of seats) {
      const p = byId.get(String(f.properties.id))!;
      expect(f.geometry).toEqual({ type: 'Point', coordinates: p.lngLat });
    }
  });

  it('credits every source in attribution.json', () => {
    const attribution = readJson<
      { id: string; text: { zh: string; en: string }; license: string }[]
    >(new URL('attribution.json', GEO));
    const ids = attribution.map((a) => a.id);
    expect(ids).toEqual(['datav', 'naturalearth', 'nbs', 'geonames', 'adcode', 'donggou']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays under 150 kB in total', () => {
    const total = readdirSync(GEO).reduce((n, name) => n + statSync(new URL(name, GEO)).size, 0);
    expect(total).toBeLessThan(150 * 1024);
  });
});

describe('views over the real data', () => {
  const presets = buildPresets({
    districtOutline: outline,
    shiyanDistricts: districts,
    provinces,
    studyTour,
    places,
  });
  const preset = (id: string): Bounds => presets.find((p) => p.id === id)!.bounds;

  it('nests district in shiyan in province, and tourism in the district', () => {
    const within = (outer: Bounds, inner: Bounds): boolean =>
      inside(outer, [inner[0][1], inner[0][0]]) && inside(outer, [inner[1][1], inner[1][0]]);
    expect(within(preset('shiyan'), preset('district'))).toBe(true);
    expect(within(preset('province'), preset('shiyan'))).toBe(true);
    expect(within(preset('district'), preset('tourism'))).toBe(true);
  });

  it('resolves a tourism step: Donggou drawn, the rest listed', () => {
    const v = resolveView({ view: 'tourism', highlight: [...TOURISM_PLACE_IDS] }, presets, places);
    expect(v.highlight).toEqual(['donggou']);
    expect(v.listed).toEqual(TOURISM_PLACE_IDS.filter((id) => id !== 'donggou'));
  });

  it('frames the study tour and 十堰市 in the province view, not the empty west of Sichuan', () => {
    const p = preset('province');
    expect(p[0][1]).toBeGreaterThan(100); // west edge east of 100°E (Sichuan reaches 97°E)
    for (const id of ['maojian', 'jingshan', 'pujiang', 'nanbu']) {
      expect(inside(p, byId.get(id)!.lngLat!), id).toBe(true);
    }
  });

  it('fits the study tour inside the province view', () => {
    const v = resolveView({ fit: ['maojian', 'jingshan', 'pujiang', 'nanbu'] }, presets, places);
    const p = preset('province');
    expect(v.bounds[0][1]).toBeGreaterThan(p[0][1]);
    expect(v.bounds[1][1]).toBeLessThan(p[1][1]);
  });
});
