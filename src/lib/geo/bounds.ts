/**
 * Geographic bounds, Leaflet-style [[south, west], [north, east]] in degrees, and the helpers
 * that compute, combine and grow them.
 */
import { eachPosition, type GeoJSON, type LngLat } from './geojson.ts';

export type Bounds = [[number, number], [number, number]];

/** Smallest span, in degrees of latitude, of a fitted view (about 3.3 km). */
export const MIN_SPAN_DEG = 0.03;

/** The bounds of a list of [lng, lat] points (at least one). */
export function boundsOfPoints(points: readonly LngLat[]): Bounds {
  if (points.length === 0) throw new Error('boundsOfPoints: no points');
  let [w, s] = points[0];
  let [e, n] = points[0];
  for (const [lng, lat] of points) {
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [s, w],
    [n, e],
  ];
}

/** The bounds of every position in a GeoJSON object (it must have one). */
export function boundsOf(geo: GeoJSON): Bounds {
  // One pass over the coordinates, without copying them (the map's layers hold thousands).
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(geo, ([lng, lat]) => {
    if (lng < w) w = lng;
    if (lng > e) e = lng;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  });
  if (w === Infinity) throw new Error('boundsOf: the GeoJSON has no coordinates');
  return [
    [s, w],
    [n, e],
  ];
}

export function unionBounds(a: Bounds, b: Bounds): Bounds {
  return [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ];
}

/** Grows the bounds by fraction of their span on every side. */
export function padBounds(b: Bounds, fraction: number): Bounds {
  const dLat = (b[1][0] - b[0][0]) * fraction;
  const dLng = (b[1][1] - b[0][1]) * fraction;
  return [
    [b[0][0] - dLat, b[0][1] - dLng],
    [b[1][0] + dLat, b[1][1] + dLng],
  ];
}

/**
 * Makes the bounds at least minSpan degrees of latitude tall and as wide on the ground
 * (longitude span scaled by 1/cos(lat)), keeping their centre.
 */
export function ensureMinSize(b: Bounds, minSpan: number = MIN_SPAN_DEG): Bounds {
  const cLat = (b[0][0] + b[1][0]) / 2;
  const cLng = (b[0][1] + b[1][1]) / 2;
  const halfLat = Math.max(b[1][0] - b[0][0], minSpan) / 2;
  const minLng = minSpan / Math.cos((cLat * Math.PI) / 180);
  const halfLng = Math.max(b[1][1] - b[0][1], minLng) / 2;
  return [
    [cLat - halfLat, cLng - halfLng],
    [cLat + halfLat, cLng + halfLng],
  ];
}
