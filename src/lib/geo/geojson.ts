/**
 * The small part of GeoJSON that the story's data uses. Coordinates are GCJ-02 [lng, lat]
 * (see data/geo/PROVENANCE.md), unless converted for an online tile layer by crs.ts.
 */

/** [lng, lat] in degrees. */
export type LngLat = [number, number];

export type Position = number[];

export interface Point {
  type: 'Point';
  coordinates: Position;
}
export interface MultiPoint {
  type: 'MultiPoint';
  coordinates: Position[];
}
export interface LineString {
  type: 'LineString';
  coordinates: Position[];
}
export interface MultiLineString {
  type: 'MultiLineString';
  coordinates: Position[][];
}
export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}
export interface GeometryCollection {
  type: 'GeometryCollection';
  geometries: Geometry[];
}

export type Geometry =
  Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon | GeometryCollection;

export type Properties = Record<string, unknown>;

export interface Feature<G extends Geometry = Geometry, P = Properties> {
  type: 'Feature';
  geometry: G;
  properties: P;
}

export interface FeatureCollection<G extends Geometry = Geometry, P = Properties> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}

export type GeoJSON = Geometry | Feature | FeatureCollection;

/** Calls fn on every position of a geometry, feature or collection. */
export function eachPosition(geo: GeoJSON, fn: (p: Position) => void): void {
  switch (geo.type) {
    case 'FeatureCollection':
      for (const f of geo.features) eachPosition(f, fn);
      return;
    case 'Feature':
      eachPosition(geo.geometry, fn);
      return;
    case 'GeometryCollection':
      for (const g of geo.geometries) eachPosition(g, fn);
      return;
    case 'Point':
      fn(geo.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geo.coordinates.forEach(fn);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geo.coordinates) line.forEach(fn);
      return;
    case 'MultiPolygon':
      for (const poly of geo.coordinates) for (const ring of poly) ring.forEach(fn);
      return;
  }
}

/** A copy of the geometry with every position replaced by fn(position). Pure. */
export function mapGeometry(geo: Geometry, fn: (p: Position) => Position): Geometry {
  switch (geo.type) {
    case 'GeometryCollection':
      return { type: geo.type, geometries: geo.geometries.map((g) => mapGeometry(g, fn)) };
    case 'Point':
      return { type: geo.type, coordinates: fn(geo.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geo.type, coordinates: geo.coordinates.map(fn) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geo.type, coordinates: geo.coordinates.map((l) => l.map(fn)) };
    case 'MultiPolygon':
      return {
        type: geo.type,
        coordinates: geo.coordinates.map((poly) => poly.map((ring) => ring.map(fn))),
      };
  }
}
