import { describe, it, expect } from 'vitest';
import { convertGeoJSON, toTileCrs } from './crs';
import type { FeatureCollection, LngLat } from './geojson';

/**
 * Known pairs from ../shared/geo/places.json (lng/lat GCJ-02, lng_wgs84/lat_wgs84), converted
 * there by the shared helper's own implementation of the GCJ-02 formula.
 */
const PAIRS: { name: string; gcj: LngLat; wgs: LngLat }[] = [
  { name: '东沟村 (乐游东沟 point)', gcj: [110.8336, 32.499823], wgs: [110.828328, 32.502103] },
  { name: '茅箭区 DataV center', gcj: [110.78621, 32.644463], wgs: [110.780876, 32.646623] },
];

/** Ground offset in metres from a to b: [east, north]. */
function offsetM(a: LngLat, b: LngLat): [number, number] {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  return [(b[0] - a[0]) * 111320 * Math.cos(lat), (b[1] - a[1]) * 110574];
}

describe('toTileCrs', () => {
  it('is the identity for gcj02 and returns a new array', () => {
    const p: LngLat = [110.8336, 32.499823];
    const out = toTileCrs(p, 'gcj02');
    expect(out).toEqual(p);
    expect(out).not.toBe(p);
  });

  it.each(PAIRS)('matches the shared WGS-84 value within 2 m: $name', ({ gcj, wgs }) => {
    const [east, north] = offsetM(wgs, toTileCrs(gcj, 'wgs84'));
    expect(Math.hypot(east, north)).toBeLessThan(2);
  });

  it('moves a Shiyan point about 500 m west and 240 m north', () => {
    const gcj: LngLat = [110.8336, 32.499823];
    const [east, north] = offsetM(gcj, toTileCrs(gcj, 'wgs84'));
    expect(east).toBeGreaterThan(-600);
    expect(east).toBeLessThan(-400);
    expect(north).toBeGreaterThan(180);
    expect(north).toBeLessThan(300);
  });
});

describe('convertGeoJSON', () => {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'donggou' },
        geometry: { type: 'Point', coordinates: [110.8336, 32.499823] },
      },
      {
        type: 'Feature',
        properties: { id: 'line' },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [110.78621, 32.644463],
              [110.8336, 32.499823],
            ],
          ],
        },
      },
    ],
  };

  it('returns a converted copy and leaves the input alone', () => {
    const before = structuredClone(fc);
    const out = convertGeoJSON(fc, 'wgs84');
    expect(fc).toEqual(before);
    expect(out).not.toBe(fc);
    const point = out.features[0].geometry;
    expect(point.type).toBe('Point');
    if (point.type !== 'Point') return;
    const [east, north] = offsetM(PAIRS[0].wgs, [point.coordinates[0], point.coordinates[1]]);
    expect(Math.hypot(east, north)).toBeLessThan(2);
    expect(out.features[0].properties).toEqual({ id: 'donggou' });
    expect(out.features[0].properties).not.toBe(fc.features[0].properties);
  });

  it('copies unchanged for gcj02, and converts a bare geometry', () => {
    expect(convertGeoJSON(fc, 'gcj02')).toEqual(fc);
    const g = convertGeoJSON({ type: 'LineString', coordinates: [[110.8336, 32.499823]] }, 'wgs84');
    expect(g.coordinates[0][0]).toBeCloseTo(110.828328, 5);
    expect(g.coordinates[0][1]).toBeCloseTo(32.502103, 5);
  });

  it('drops a stale bbox', () => {
    const withBox = { ...fc, bbox: [1, 2, 3, 4] };
    expect('bbox' in convertGeoJSON(withBox, 'wgs84')).toBe(false);
  });
});
