/**
 * Pure geometry steps of the geodata import: rounding, cleaning and simplifying rings and
 * lines, point-in-area tests, trimming a line to an area, distances. Coordinates are
 * [lng, lat] in degrees (GCJ-02); nothing here reads or writes files.
 */
import {
  eachPosition,
  type GeoJSON,
  type LineString,
  type LngLat,
  type MultiLineString,
  type MultiPolygon,
  type Polygon,
  type Position,
} from '../../../src/lib/geo/geojson';
import { simplifyRing } from '../../../src/lib/geo/simplify';

/** Rounds to `decimals` places; never gives -0. */
export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

export function roundPos(p: Position, decimals: number): Position {
  return [round(p[0], decimals), round(p[1], decimals)];
}

/** Rounds and drops consecutive duplicates. */
export function cleanLine(points: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of points.map((q) => roundPos(q, decimals))) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Simplifies (tolerance > 0), rounds and cleans a ring; null when it collapses. */
export function cleanRing(
  ring: Position[],
  tolerance: number,
  decimals: number,
): Position[] | null {
  const simplified = tolerance > 0 ? simplifyRing(ring, tolerance) : ring;
  if (!simplified) return null;
  const out = cleanLine(simplified, decimals);
  return out.length >= 4 ? out : null;
}

export function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export function lines(g: LineString | MultiLineString): Position[][] {
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** Simplifies (tolerance > 0) and rounds; drops parts and holes that collapse. */
export function cleanArea(
  g: Polygon | MultiPolygon,
  tolerance: number,
  decimals: number,
): MultiPolygon {
  const out: Position[][][] = [];
  for (const poly of polygons(g)) {
    const outer = cleanRing(poly[0], tolerance, decimals);
    if (!outer) continue;
    const holes = poly.slice(1).map((r) => cleanRing(r, tolerance, decimals));
    out.push([outer, ...holes.filter((r): r is Position[] => r !== null)]);
  }
  if (out.length === 0) throw new Error('cleanArea: every part collapsed');
  return { type: 'MultiPolygon', coordinates: out };
}

export function vertices(geo: GeoJSON): number {
  let n = 0;
  eachPosition(geo, () => n++);
  return n;
}

/** Even–odd test of p against one ring. */
export function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Inside an outer ring of the area and in none of its holes. */
export function inArea(p: Position, g: Polygon | MultiPolygon): boolean {
  return polygons(g).some((poly) => inRing(p, poly[0]) && !poly.slice(1).some((h) => inRing(p, h)));
}

/** Trims the leading and trailing runs of vertices outside the area, keeping one beyond. */
export function trimToArea(line: Position[], area: Polygon | MultiPolygon): Position[] | null {
  const inside = line.map((p) => inArea(p, area));
  const first = inside.indexOf(true);
  if (first < 0) return null;
  const last = inside.lastIndexOf(true);
  return line.slice(Math.max(0, first - 1), Math.min(line.length, last + 2));
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function distanceM(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

/** The mean of points, rounded. */
export function meanPoint(points: readonly LngLat[], decimals: number): LngLat {
  const lng = points.reduce((s, p) => s + p[0], 0) / points.length;
  const lat = points.reduce((s, p) => s + p[1], 0) / points.length;
  return [round(lng, decimals), round(lat, decimals)];
}
