/**
 * Build-time only: the map's area, which every coordinate of data/places.json and data/geo
 * must lie in. It is the box around the largest layer, 湖北省 and 四川省 (provinces.json:
 * 97.3–116.2°E, 26.0–34.4°N, GCJ-02), widened to whole degrees; a coordinate outside it is a
 * mistake (swapped lng/lat, another datum's or a projection's units, a typo).
 */
import * as v from 'valibot';

export const MAP_AREA = { west: 97, south: 26, east: 117, north: 35 } as const;

const AREA = `${MAP_AREA.west}..${MAP_AREA.east}°E, ${MAP_AREA.south}..${MAP_AREA.north}°N`;

/** True when [lng, lat] lies in MAP_AREA. */
export function inMapArea([lng, lat]: readonly number[]): boolean {
  return (
    lng >= MAP_AREA.west && lng <= MAP_AREA.east && lat >= MAP_AREA.south && lat <= MAP_AREA.north
  );
}

/** A [lng, lat] pair of finite numbers inside MAP_AREA. */
export const lngLatSchema = v.pipe(
  v.array(
    v.pipe(v.number('must be a number'), v.finite('must be finite')),
    'must be a [lng, lat] pair of numbers',
  ),
  v.length(2, 'must be a [lng, lat] pair of numbers'),
  v.check(
    (p: number[]) => inMapArea(p),
    `must lie inside the map's area (${AREA}; [lng, lat] in GCJ-02)`,
  ),
);
