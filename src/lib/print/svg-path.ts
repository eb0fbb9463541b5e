/**
 * GeoJSON geometry as SVG path data for a printed map: projected, clipped to the picture
 * (plus a margin), simplified to under a pixel and rounded to whole pixels (a quarter of a
 * millimetre on paper), written as relative steps: a picture carries a few kilobytes, not
 * the data's every vertex.
 */
import type { Geometry, Position } from '../geo/geojson.ts';
import { simplifyLine } from '../geo/simplify.ts';
import { clipLine, clipRing, type Rect } from './clip.ts';
import type { Point } from './projection.ts';

/** Vertices closer than this to the simplified line are dropped, px. */
export const TOLERANCE = 0.8;

const px = (n: number) => Math.round(n);

/** Numbers joined as SVG allows: a minus sign separates them by itself. */
function numbers(values: readonly number[]): string {
  return values.map((v, i) => (i > 0 && v >= 0 ? ' ' : '') + String(v)).join('');
}

/** "M1 2l2 2 2-2" (whole-pixel steps between rounded points), closed with z when asked. */
export function pathOf(points: readonly Point[], close: boolean): string {
  if (points.length === 0) return '';
  const rounded = points.map(([x, y]) => [px(x), px(y)] as const);
  const steps: number[] = [];
  for (let i = 1; i < rounded.length; i++) {
    const [x0, y0] = rounded[i - 1]!;
    const [x1, y1] = rounded[i]!;
    steps.push(x1 - x0, y1 - y0);
  }
  const [x, y] = rounded[0]!;
  return `M${numbers([x, y])}${steps.length ? 'l' + numbers(steps) : ''}${close ? 'z' : ''}`;
}

function rings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(rings);
  return [];
}

function lines(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(lines);
  return [];
}

/** Areas of a geometry (polygon rings, holes included: draw with fill-rule evenodd). */
export function areaPath(g: Geometry, project: (p: Position) => Point, clip: Rect): string {
  const parts: string[] = [];
  for (const ring of rings(g)) {
    const clipped = clipRing(ring.map(project), clip);
    if (clipped.length < 3) continue;
    const simple = simplifyLine([...clipped, clipped[0]!], TOLERANCE) as Point[];
    if (simple.length < 4) continue;
    parts.push(pathOf(simple.slice(0, -1), true));
  }
  return parts.join('');
}

/** Lines of a geometry (rivers, arcs). */
export function linePath(g: Geometry, project: (p: Position) => Point, clip: Rect): string {
  const parts: string[] = [];
  for (const line of lines(g)) {
    for (const run of clipLine(line.map(project), clip)) {
      const simple = simplifyLine(run, TOLERANCE) as Point[];
      if (simple.length >= 2) parts.push(pathOf(simple, false));
    }
  }
  return parts.join('');
}
