import { describe, expect, it } from 'vitest';
import { squareRing } from '../../../tests/support/geo/test-shapes';
import type { Feature, MultiPolygon, Position } from '../../../src/lib/geo/geojson';
import {
  buildDistricts,
  buildOutline,
  buildProvinces,
  buildRivers,
  buildStudyTour,
  checkCrs,
  hubeiOf,
  type AreaFC,
  type LineFC,
} from './layers';
import { readManifest, type Manifest } from './manifest';

const m: Manifest = readManifest();
const area = (properties: Record<string, unknown>, ring: Position[]): Feature<MultiPolygon> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
});
const fc = <T>(features: T[], crs = 'GCJ-02 (converted)') => ({
  type: 'FeatureCollection' as const,
  features,
  metadata: { source: 'test', license: 'test', crs },
});

describe('checkCrs', () => {
  it('passes a file in the CRS the manifest names, and refuses another', () => {
    expect(checkCrs(fc([]), 'a.geojson', 'GCJ-02').features).toEqual([]);
    expect(() => checkCrs(fc([], 'WGS-84'), 'a.geojson', 'GCJ-02')).toThrow(
      'a.geojson: expected GCJ-02, metadata says WGS-84',
    );
  });
});

describe('buildDistricts', () => {
  const districts = Object.keys(m.districts.names).map((adcode, i) =>
    area(
      { adcode: Number(adcode), name: `区${i}`, focus: i === 0, neighbour_of_maojian: i === 1 },
      squareRing(110 + i * 0.1, 32, 0.1),
    ),
  );

  it('sorts by adcode, names in English from the manifest, copies focus and neighbour', () => {
    const out = buildDistricts(fc([...districts].reverse()) as AreaFC, m);
    expect(out.features.map((f) => f.properties.adcode)).toEqual(
      Object.keys(m.districts.names).map(Number),
    );
    expect(out.features[0].properties).toEqual({
      adcode: 420302,
      name: '区0',
      name_en: 'Maojian',
      label_en: 'Maojian District',
      focus: true,
      neighbour: false,
    });
    expect(out.features[1].properties.neighbour).toBe(true);
  });

  it('refuses an adcode the manifest has no name for, or a missing district', () => {
    const extra = area({ adcode: 420999, name: 'x' }, squareRing(110, 32, 0.1));
    expect(() => buildDistricts(fc([...districts, extra]) as AreaFC, m)).toThrow(/420999/);
    expect(() => buildDistricts(fc(districts.slice(1)) as AreaFC, m)).toThrow(/8 districts/);
  });
});

describe('buildOutline and buildProvinces', () => {
  it('keeps the outline, rounded', () => {
    const out = buildOutline(
      fc([area({ adcode: 420302, name: '茅箭区' }, squareRing(110.1234567, 32, 0.1))]) as AreaFC,
      m,
    );
    expect(out.features[0].properties).toMatchObject({ name_en: 'Maojian' });
    expect(out.features[0].geometry.coordinates[0][0][0]).toEqual([110.12346, 32]);
  });

  it('finds Hubei and names both provinces', () => {
    const input = fc([
      area({ adcode: 420000, name: '湖北省' }, squareRing(108, 29, 5)),
      area({ adcode: 510000, name: '四川省' }, squareRing(98, 26, 8)),
    ]) as AreaFC;
    expect(hubeiOf(input, m).properties.name).toBe('湖北省');
    expect(buildProvinces(input, m).features.map((f) => f.properties.name_en)).toEqual([
      'Hubei',
      'Sichuan',
    ]);
    expect(() => hubeiOf(fc([]) as AreaFC, m)).toThrow(/湖北省 missing/);
  });
});

describe('buildStudyTour', () => {
  const counties = m.studyTour.counties.map((c, i) =>
    area(
      { adcode: c.adcode, name: c.name.zh, center: [112 + i + 0.05, 30.05] },
      squareRing(112 + i, 30, 0.1),
    ),
  );

  it('writes an outline and a seat per county, in the manifest order', () => {
    const out = buildStudyTour(fc(counties) as AreaFC, m);
    expect(out.features.map((f) => `${f.properties.id} ${f.properties.kind}`)).toEqual(
      m.studyTour.counties.flatMap((c) => [`${c.id} county-outline`, `${c.id} county-seat`]),
    );
    expect(out.features[1].geometry).toEqual({ type: 'Point', coordinates: [112.05, 30.05] });
  });

  it('refuses a county whose name is not the one the manifest expects', () => {
    const wrong = counties.map((f, i) =>
      i === 0 ? { ...f, properties: { ...f.properties, name: '别的县' } } : f,
    );
    expect(() => buildStudyTour(fc(wrong) as AreaFC, m)).toThrow(/is not 京山市/);
  });
});

describe('buildRivers', () => {
  const hubei: MultiPolygon = { type: 'MultiPolygon', coordinates: [[squareRing(108, 29, 8)]] };
  const river = (wikidataid: string, featurecla: string, coordinates: Position[]) => ({
    type: 'Feature' as const,
    properties: { wikidataid, featurecla },
    geometry: { type: 'LineString' as const, coordinates },
  });
  const all = m.rivers.rivers.map((r, i) =>
    river(r.wikidata, r.featurecla, [
      [105, 30 + i * 0.1],
      [106, 30 + i * 0.1],
      [110, 30 + i * 0.1],
      [111, 30 + i * 0.1],
    ]),
  );

  it('trims the Hubei-only rivers to Hubei and counts vertices', () => {
    const { layer, stats } = buildRivers(fc(all) as LineFC, hubei, m);
    const han = layer.features.find((f) => f.properties.id === 'han');
    expect(han?.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [106, 30],
          [111, 30],
        ],
      ],
    });
    const dan = layer.features.find((f) => f.properties.id === 'dan');
    expect((dan?.geometry as { coordinates: Position[][] }).coordinates[0][0]).toEqual([105, 30.2]);
    expect(stats.find((s) => s.id === 'han')).toEqual({ id: 'han', before: 4, after: 2 });
  });

  it('refuses a river with no geometry', () => {
    expect(() => buildRivers(fc(all.slice(1)) as LineFC, hubei, m)).toThrow(
      /No geometry for river han/,
    );
  });
});
