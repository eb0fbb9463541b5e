/**
 * Pure transforms from the shared layers (../shared/geo/*.gcj02.geojson) to the map's layers
 * (data/geo/*.json): which features, which properties, what simplification. Each takes the
 * parsed input and the manifest and returns a FeatureCollection; nothing reads files here.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from '../../../src/lib/geo/geojson';
import { simplifyLine } from '../../../src/lib/geo/simplify';
import { cleanArea, cleanLine, lines, round, trimToArea, vertices } from './geometry';
import type { County, Manifest } from './manifest';

export interface Metadata {
  source: string;
  license: string;
  crs: string;
}
export type AreaFC = FeatureCollection<Polygon | MultiPolygon> & { metadata: Metadata };
export type LineFC = FeatureCollection<LineString | MultiLineString> & { metadata: Metadata };

export function feature<G extends Feature['geometry']>(
  properties: Record<string, unknown>,
  geometry: G,
): Feature<G> {
  return { type: 'Feature', properties, geometry };
}

export function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

export function num(v: unknown, what: string): number {
  if (typeof v !== 'number') throw new Error(`${what}: expected a number, got ${String(v)}`);
  return v;
}

export function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new Error(`${what}: expected a string, got ${String(v)}`);
  return v;
}

/** Refuses an input whose metadata names another CRS than the manifest. */
export function checkCrs<T extends { metadata: Metadata }>(fc: T, name: string, crs: string): T {
  if (!fc.metadata.crs.startsWith(crs)) {
    throw new Error(`${name}: expected ${crs}, metadata says ${fc.metadata.crs}`);
  }
  return fc;
}

/** The 8 districts of 十堰市, by adcode, with English names; rounded only. */
export function buildDistricts(input: AreaFC, m: Manifest): FeatureCollection {
  const out = collection(
    [...input.features]
      .sort((a, b) => num(a.properties.adcode, 'adcode') - num(b.properties.adcode, 'adcode'))
      .map((f) => {
        const adcode = num(f.properties.adcode, 'adcode');
        const en = m.districts.names[String(adcode)];
        if (!en) throw new Error(`No English name for adcode ${adcode}`);
        return feature(
          {
            adcode,
            name: str(f.properties.name, 'name'),
            name_en: en[0],
            label_en: en[1],
            focus: f.properties.focus === true,
            neighbour: f.properties.neighbour_of_maojian === true,
          },
          cleanArea(f.geometry, 0, m.decimals),
        );
      }),
  );
  if (out.features.length !== m.districts.count) {
    throw new Error(`Expected the ${m.districts.count} districts of 十堰市`);
  }
  return out;
}

/** The detailed 茅箭区 outline; rounded only. */
export function buildOutline(input: AreaFC, m: Manifest): FeatureCollection<MultiPolygon> {
  const src = input.features[0];
  return collection([
    feature(
      {
        adcode: num(src.properties.adcode, 'adcode'),
        name: str(src.properties.name, 'name'),
        name_en: m.outline.name_en,
        label_en: m.outline.label_en,
      },
      cleanArea(src.geometry, 0, m.decimals),
    ),
  ]) as FeatureCollection<MultiPolygon>;
}

/** 湖北省 from the provinces input (the rivers are trimmed to it). */
export function hubeiOf(input: AreaFC, m: Manifest): Feature<Polygon | MultiPolygon> {
  const hubei = input.features.find((f) => f.properties.adcode === m.provinces.hubei);
  if (!hubei) throw new Error('湖北省 missing from hubei_sichuan_outline');
  return hubei;
}

/** 湖北省 and 四川省, simplified. */
export function buildProvinces(input: AreaFC, m: Manifest): FeatureCollection {
  return collection(
    input.features.map((f) => {
      const adcode = num(f.properties.adcode, 'adcode');
      const en = m.provinces.names[String(adcode)];
      if (!en) throw new Error(`No English name for adcode ${adcode}`);
      return feature(
        { adcode, name: str(f.properties.name, 'name'), name_en: en[0], label_en: en[1] },
        cleanArea(f.geometry, m.provinces.tolerance, m.decimals),
      );
    }),
  );
}

export function countySource(input: AreaFC, adcode: number): Feature<Polygon | MultiPolygon> {
  const f = input.features.find((x) => x.properties.adcode === adcode);
  if (!f) throw new Error(`study_tour_counties: no adcode ${adcode}`);
  return f;
}

/** A county's seat: its DataV `center`, rounded. */
export function countySeat(input: AreaFC, adcode: number, decimals: number): [number, number] {
  const c = countySource(input, adcode).properties.center;
  if (!Array.isArray(c) || c.length !== 2) throw new Error(`No center for ${adcode}`);
  return [round(num(c[0], 'center'), decimals), round(num(c[1], 'center'), decimals)];
}

/** For each study-tour county: its simplified outline and its seat point. */
export function buildStudyTour(input: AreaFC, m: Manifest): FeatureCollection {
  return collection(
    m.studyTour.counties.flatMap((c: County) => {
      const src = countySource(input, c.adcode);
      if (src.properties.name !== c.name.zh) {
        throw new Error(`adcode ${c.adcode} is not ${c.name.zh}`);
      }
      const base = { id: c.id, adcode: c.adcode, name: c.name.zh, name_en: c.name.en };
      return [
        feature(
          { ...base, kind: 'county-outline', name_in_report: c.inReport },
          cleanArea(src.geometry, m.studyTour.tolerance, m.decimals),
        ),
        feature({ ...base, kind: 'county-seat', precision: 'county seat' }, {
          type: 'Point',
          coordinates: countySeat(input, c.adcode, m.decimals),
        } satisfies Point),
      ];
    }),
  );
}

export interface RiverStat {
  id: string;
  before: number;
  after: number;
}

/** The rivers of the manifest, by Wikidata id and class; the Hubei-only ones trimmed to it. */
export function buildRivers(
  input: LineFC,
  hubei: Polygon | MultiPolygon,
  m: Manifest,
): { layer: FeatureCollection; stats: RiverStat[] } {
  const stats: RiverStat[] = [];
  const layer = collection(
    m.rivers.rivers.map((r) => {
      const parts: Position[][] = [];
      let before = 0;
      for (const f of input.features) {
        if (f.properties.wikidataid !== r.wikidata || f.properties.featurecla !== r.featurecla)
          continue;
        for (const line of lines(f.geometry)) {
          before += line.length;
          const kept = r.hubeiOnly ? trimToArea(line, hubei) : line;
          if (!kept) continue;
          const out = cleanLine(simplifyLine(kept, m.rivers.tolerance), m.decimals);
          if (out.length >= 2) parts.push(out);
        }
      }
      if (parts.length === 0) throw new Error(`No geometry for river ${r.id}`);
      const geometry: MultiLineString = { type: 'MultiLineString', coordinates: parts };
      stats.push({ id: r.id, before, after: vertices(geometry) });
      return feature(
        { id: r.id, name: r.name.zh, name_en: r.name.en, segment: r.segment, note: r.note },
        geometry,
      );
    }),
  );
  return { layer, stats };
}
