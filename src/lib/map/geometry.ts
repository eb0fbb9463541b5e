/** Where the map puts its area and river labels: pure geometry on GeoJSON-shaped data. */
import type { Geometry, LngLat, Position } from '../geo/geojson';

/** Signed area and centroid of a closed ring, in degrees (planar; fine for label placement). */
function ringCentroid(ring: readonly Position[]): { area: number; c: LngLat } {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (a === 0) return { area: 0, c: [ring[0][0], ring[0][1]] };
  return { area: Math.abs(a / 2), c: [x / (3 * a), y / (3 * a)] };
}

/**
 * A label position for an area: the centroid of the outer ring of its largest polygon part
 * (so a district with a detached sliver is labelled on its main body). Null for non-areas.
 */
export function areaLabelPoint(geometry: Geometry): LngLat | null {
  const parts =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let best: { area: number; c: LngLat } | null = null;
  for (const part of parts) {
    if (part.length === 0 || part[0].length < 4) continue;
    const r = ringCentroid(part[0]);
    if (!best || r.area > best.area) best = r;
  }
  return best ? best.c : null;
}

/** A label position for a line: the middle vertex of its longest part (by vertex count). */
export function lineLabelPoint(geometry: Geometry): LngLat | null {
  const parts =
    geometry.type === 'LineString'
      ? [geometry.coordinates]
      : geometry.type === 'MultiLineString'
        ? geometry.coordinates
        : [];
  let longest: Position[] | null = null;
  for (const part of parts) if (!longest || part.length > longest.length) longest = part;
  if (!longest || longest.length === 0) return null;
  const mid = longest[Math.floor((longest.length - 1) / 2)];
  return [mid[0], mid[1]];
}

/** The part of a district the report's wording names: its southern or its eastern third. */
export type DistrictPart = 'south' | 'east';

/** Keeps the part of a closed ring on one side of a line (Sutherland–Hodgman, one edge). */
function clipRing(ring: readonly Position[], keep: (p: Position) => number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    const da = keep(a);
    const db = keep(b);
    if (da >= 0) out.push(a);
    if (da >= 0 !== db >= 0) {
      const t = da / (da - db);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length > 0) out.push(out[0]);
  return out;
}

/**
 * A label position for a part of an area named by direction: the centroid of the southern
 * (or eastern) third of its largest polygon part, cut by latitude (or longitude) across its
 * extent. A reading of words like "南部" on the area's own outline, not a location: the map
 * uses it for the report's schematic regions. Null for non-areas.
 */
export function partLabelPoint(geometry: Geometry, part: DistrictPart): LngLat | null {
  const parts =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let ring: Position[] | null = null;
  let area = 0;
  for (const p of parts) {
    if (p.length === 0 || p[0].length < 4) continue;
    const r = ringCentroid(p[0]);
    if (!ring || r.area > area) {
      ring = p[0];
      area = r.area;
    }
  }
  if (!ring) return null;
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const cut =
    part === 'south'
      ? Math.min(...ys) + (Math.max(...ys) - Math.min(...ys)) / 3
      : Math.max(...xs) - (Math.max(...xs) - Math.min(...xs)) / 3;
  const kept = clipRing(ring, part === 'south' ? (p) => cut - p[1] : (p) => p[0] - cut);
  const r = ringCentroid(kept);
  return r.area > 0 ? r.c : null;
}
