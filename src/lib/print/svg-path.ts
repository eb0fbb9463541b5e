/**
 * GeoJSON geometry as SVG path data for a printed map: projected and clipped by d3-geo (the
 * fitted projection of projection.ts), rounded to whole pixels (a quarter of a millimetre on
 * paper) and written as relative steps, so a picture carries a few kilobytes, not the data's
 * every vertex.
 */
import { geoArea, geoPath, type GeoStreamWrapper } from 'd3-geo';
import type { Geometry, Position } from '../geo/geojson.ts';
import { simplifyLine } from '../geo/simplify.ts';
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

/**
 * d3-geo takes a polygon's rings as clockwise (a counter-clockwise ring, as RFC 7946 writes
 * them, would be the rest of the globe): each polygon that covers more than a hemisphere is
 * turned round.
 */
export function clockwise(g: Geometry): Geometry {
  const turn = (rings: Position[][]) => {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((r) => r.slice().reverse()) : rings;
  };
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: turn(g.coordinates) };
  if (g.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: g.coordinates.map(turn) };
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(clockwise) };
  return g;
}

interface Run {
  points: Point[];
  closed: boolean;
}

/** A canvas-like context for d3's geoPath that keeps the projected runs. */
class RunRecorder {
  runs: Run[] = [];
  moveTo(x: number, y: number) {
    this.runs.push({ points: [[x, y]], closed: false });
  }
  lineTo(x: number, y: number) {
    this.runs[this.runs.length - 1]!.points.push([x, y]);
  }
  closePath() {
    this.runs[this.runs.length - 1]!.closed = true;
  }
  /** Points (d3 draws them as circles) are not drawn: a run of one point is dropped. */
  arc() {}
  beginPath() {}
}

/**
 * Areas (polygon rings, holes included: draw with fill-rule evenodd) and lines of a geometry,
 * projected and clipped by the projection; points are left out.
 */
export function svgPath(g: Geometry, projection: GeoStreamWrapper): string {
  const recorder = new RunRecorder();
  geoPath(projection, recorder)(clockwise(g));
  const parts: string[] = [];
  for (const { points, closed } of recorder.runs) {
    if (closed) {
      const simple = simplifyLine([...points, points[0]!], TOLERANCE) as Point[];
      if (simple.length >= 4) parts.push(pathOf(simple.slice(0, -1), true));
    } else {
      const simple = simplifyLine(points, TOLERANCE) as Point[];
      if (simple.length >= 2) parts.push(pathOf(simple, false));
    }
  }
  return parts.join('');
}
