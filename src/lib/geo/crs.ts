/**
 * Our layers are GCJ-02 (the Chinese sources' CRS). An optional online tile layer may need
 * another CRS: this converts the data to it, so tiles and vectors line up. Pure: never
 * mutates its input (gcoord.transform mutates GeoJSON in place, so it gets positions only).
 */
import gcoord from 'gcoord';
import { mapGeometry, type Feature, type GeoJSON, type LngLat, type Position } from './geojson.ts';

export type TileCrs = 'gcj02' | 'wgs84';

export function toTileCrs(lngLat: LngLat, tileCrs: TileCrs): LngLat {
  if (tileCrs === 'gcj02') return [lngLat[0], lngLat[1]];
  const [lng, lat] = gcoord.transform([lngLat[0], lngLat[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lng, lat];
}

function convertPosition(p: Position, tileCrs: TileCrs): Position {
  return [...toTileCrs([p[0], p[1]], tileCrs), ...p.slice(2)];
}

function convertFeature(f: Feature, tileCrs: TileCrs): Feature {
  return {
    ...f,
    properties: f.properties === null ? f.properties : { ...f.properties },
    geometry: mapGeometry(f.geometry, (p) => convertPosition(p, tileCrs)),
  };
}

/**
 * A converted copy of a geometry, feature or feature collection. Foreign members are copied
 * as they are, except a `bbox`, which would be stale and is dropped.
 */
export function convertGeoJSON<T extends GeoJSON>(geo: T, tileCrs: TileCrs): T {
  const copy = { ...geo } as GeoJSON & { bbox?: unknown };
  delete copy.bbox;
  switch (copy.type) {
    case 'FeatureCollection':
      return { ...copy, features: copy.features.map((f) => convertFeature(f, tileCrs)) } as T;
    case 'Feature':
      return convertFeature(copy, tileCrs) as T;
    default:
      return { ...copy, ...mapGeometry(copy, (p) => convertPosition(p, tileCrs)) } as T;
  }
}
