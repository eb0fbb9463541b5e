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
