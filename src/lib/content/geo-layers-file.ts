/**
 * Build-time only: validates the map's layers in data/geo (written by
 * scripts/data/import-geo.ts). Each file is a GeoJSON FeatureCollection of one layer of the map
 * (MAP_LAYERS), with that layer's geometry types and properties and nothing else; every
 * position is a [lng, lat] pair inside the map's area (map-area.ts); rings are closed. A
 * problem stops the build with a ContentError naming the file, the feature and the field
 * (e.g. `geometry.coordinates.0.0.12`).
 */
import * as v from 'valibot';
import { ContentError, describeValue, quote } from './errors.ts';
import { count, overLimit } from './limits.ts';
import { lngLatSchema } from './map-area.ts';
import { bilingual, kebabId, parseOrThrow, plainText, record, whole } from './schema-parts.ts';
import { own } from './unsafe-keys.ts';
import type { MAP_LAYERS } from './types.ts';
import type { FeatureCollection } from '../geo/geojson.ts';
import type { GeoLayers } from '../map/map-data.ts';

/** Features in one layer file (the largest, shiyan-districts.json, has 8). */
export const MAX_FEATURES = 100;

type LayerId = Exclude<(typeof MAP_LAYERS)[number], 'arcs'>;

const ring = v.pipe(
  v.array(lngLatSchema, 'must be a list of [lng, lat] positions'),
  v.minLength(4, 'a ring needs at least 4 positions'),
  v.check(
    (r: number[][]) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1],
    'a ring must end where it starts',
  ),
);
const line = v.pipe(
  v.array(lngLatSchema, 'must be a list of [lng, lat] positions'),
  v.minLength(2, 'a line needs at least 2 positions'),
);
const nonEmpty = <S extends v.GenericSchema>(item: S, what: string) =>
  v.pipe(v.array(item, `must be a list of ${what}`), v.minLength(1, 'must not be empty'));

const multiPolygon = record(
  {
    type: v.literal('MultiPolygon', 'must be "MultiPolygon"'),
    coordinates: nonEmpty(nonEmpty(ring, 'rings'), 'polygons'),
  },
  'must be a MultiPolygon { "type": …, "coordinates": … }',
);
const multiLineString = record(
  {
    type: v.literal('MultiLineString', 'must be "MultiLineString"'),
    coordinates: nonEmpty(line, 'lines'),
  },
  'must be a MultiLineString { "type": …, "coordinates": … }',
);
const point = record(
  { type: v.literal('Point', 'must be "Point"'), coordinates: lngLatSchema },
  'must be a Point { "type": …, "coordinates": … }',
);

const adcode = v.pipe(
  whole('must be a JSON number'),
  v.minValue(100000, 'must be a 6-digit adcode'),
  v.maxValue(999999, 'must be a 6-digit adcode'),
);
const areaNames = { adcode, name: plainText(1), name_en: plainText(1), label_en: plainText(1) };

const feature = <P extends v.GenericSchema, G extends v.GenericSchema>(
  properties: P,
  geometry: G,
) =>
  record(
    { type: v.literal('Feature', 'must be "Feature"'), properties, geometry },
    'must be a Feature { "type": …, "properties": …, "geometry": … }',
  );
const props = <E extends v.ObjectEntries>(entries: E) =>
  record(
    entries,
    `must be an object { ${Object.keys(entries)
      .map((k) => `"${k}"`)
      .join(', ')} }`,
  );

const studyTourBase = {
  id: kebabId,
  adcode,
  name: plainText(1),
  name_en: plainText(1),
};

/**
 * Each layer: its file in data/geo and the schema of one of its features (by
 * `properties.kind` where a layer holds features of several kinds).
 */
export const GEO_LAYER_FILES: Record<
  LayerId,
  { file: string; feature: v.GenericSchema | Record<string, v.GenericSchema> }
> = {
  districts: {
    file: 'shiyan-districts.json',
    feature: feature(
      props({
        ...areaNames,
        focus: v.boolean('must be true or false'),
        neighbour: v.boolean('must be true or false'),
      }),
      multiPolygon,
    ),
  },
  outline: { file: 'maojian-outline.json', feature: feature(props(areaNames), multiPolygon) },
  provinces: { file: 'provinces.json', feature: feature(props(areaNames), multiPolygon) },
  rivers: {
    file: 'rivers.json',
    feature: feature(
      props({
        id: kebabId,
        name: plainText(1),
        name_en: plainText(1),
        segment: v.picklist(
          ['river', 'reservoir-centreline'],
          'must be "river" or "reservoir-centreline"',
        ),
        note: bilingual(1),
      }),
      multiLineString,
    ),
  },
  'study-tour': {
    file: 'study-tour.json',
    feature: {
      'county-outline': feature(
        props({
          ...studyTourBase,
          kind: v.literal('county-outline'),
          name_in_report: plainText(1),
        }),
        multiPolygon,
      ),
      'county-seat': feature(
        props({
          ...studyTourBase,
          kind: v.literal('county-seat'),
          precision: v.literal('county seat'),
        }),
        point,
      ),
    },
  },
};

/** A feature's own properties.kind, if it is text. */
function featureKind(raw: unknown): string | undefined {
  const p = typeof raw === 'object' && raw !== null ? own(raw, 'properties') : undefined;
  const kind = typeof p === 'object' && p !== null ? own(p, 'kind') : undefined;
  return typeof kind === 'string' ? kind : undefined;
}

/** `feature "han"`, `feature "茅箭区"` or `feature #2`. */
function featureLabel(raw: unknown, index: number): string {
  const p = typeof raw === 'object' && raw !== null ? own(raw, 'properties') : undefined;
  if (typeof p === 'object' && p !== null) {
    for (const key of ['id', 'name']) {
      const value = own(p, key);
      if (typeof value === 'string' && value.length > 0) return `feature ${quote(value)}`;
    }
  }
  return `feature #${index + 1}`;
}

export function validateGeoLayer(raw: unknown, file: string, layer: LayerId): FeatureCollection {
  const spec = GEO_LAYER_FILES[layer];
  const top = (field: string, detail: string) => new ContentError(file, null, field, detail);
  parseOrThrow(
    record(
      {
        type: v.literal('FeatureCollection', 'must be "FeatureCollection"'),
        features: v.array(v.unknown(), 'must be a list [ … ]'),
      },
      'must be a GeoJSON FeatureCollection { "type": …, "features": [ … ] }',
    ),
    raw,
    file,
    null,
    'layer',
  );
  const features = own(raw as object, 'features') as unknown[];
  if (features.length === 0) throw top('features', 'is an empty list');
  if (features.length > MAX_FEATURES) {
    throw top('features', overLimit(`has ${count(features.length)} features`, MAX_FEATURES));
  }
  const ids = new Set<string>();
  features.forEach((item, index) => {
    const where = featureLabel(item, index);
    let schema = spec.feature;
    if ((schema as { kind?: unknown }).kind !== 'schema') {
      const byKind = schema as Record<string, v.GenericSchema>;
      const kind = featureKind(item);
      if (kind === undefined || !Object.hasOwn(byKind, kind)) {
        const known = Object.keys(byKind)
          .map((k) => `"${k}"`)
          .join(' or ');
        const detail = `must be ${known} (got ${describeValue(kind ?? null)})`;
        throw new ContentError(file, where, 'properties.kind', detail);
      }
      schema = byKind[kind];
    }
    parseOrThrow(schema as v.GenericSchema, item, file, where, 'feature');
    const props = own(item as object, 'properties') as Record<string, unknown>;
    const id =
      typeof own(props, 'id') === 'string'
        ? `${String(own(props, 'kind') ?? '')} ${String(own(props, 'id'))}`
        : null;
    if (id !== null) {
      if (ids.has(id)) throw new ContentError(file, where, 'properties.id', 'duplicate feature id');
      ids.add(id);
    }
  });
  return raw as FeatureCollection;
}

/** The layers as the map's code takes them, by the key it uses. */
export const GEO_LAYER_KEYS: Record<keyof GeoLayers, LayerId> = {
  districts: 'districts',
  outline: 'outline',
  rivers: 'rivers',
  provinces: 'provinces',
  studyTour: 'study-tour',
};
