import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { squareRing } from '../../../tests/support/geo/test-shapes';
import type { Bounds } from '../geo/bounds';
import type { Geometry, Position } from '../geo/geojson';
import { fitMercator } from './projection';
import { clockwise, pathOf, svgPath } from './svg-path';

/** Plain pixel coordinates (y down), clipped to 0..100. */
const BOX = geoIdentity().clipExtent([
  [0, 0],
  [100, 100],
]);

/** A clockwise square on screen (y down), closed. */
describe('pathOf', () => {
  it('writes whole-pixel relative steps, a minus sign as separator', () => {
    expect(
      pathOf(
        [
          [1.234, 2],
          [3, 4.06],
          [5, 3],
        ],
        true,
      ),
    ).toBe('M1 2l2 2 2-1z');
    expect(pathOf([], false)).toBe('');
  });
});

describe('svgPath: areas', () => {
  it('draws every ring of a multipolygon, holes included', () => {
    const hole = squareRing(20, 20, 10).reverse();
    const g: Geometry = {
      type: 'MultiPolygon',
      coordinates: [[squareRing(10, 10, 40), hole], [squareRing(60, 60, 20)]],
    };
    const d = svgPath(g, BOX);
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/z/g)).toHaveLength(3);
  });

  it('drops vertices that do not show and rings outside the picture', () => {
    const ring: Position[] = [
      [10, 10],
      [30, 10.01],
      [50, 10],
      [50, 50],
      [10, 50],
      [10, 10],
    ];
    // (Turned round: clockwise() reads these numbers as degrees, north up.)
    expect(svgPath({ type: 'Polygon', coordinates: [ring] }, BOX)).toBe('M10 10l0 40 40 0 0-40z');
    const far = ring.map(([x, y]) => [x! + 500, y!]);
    expect(svgPath({ type: 'Polygon', coordinates: [far] }, BOX)).toBe('');
  });

  it('cuts an area at the clip edge', () => {
    const d = svgPath({ type: 'Polygon', coordinates: [squareRing(50, 50, 100)] }, BOX);
    const xs = [...d.matchAll(/-?\d+/g)].map((m) => Number(m[0]));
    expect(d.endsWith('z')).toBe(true);
    // Absolute corners of the clipped square: 50..100 on both axes.
    let x = xs[0]!;
    let y = xs[1]!;
    const seen: [number, number][] = [[x, y]];
    for (let i = 2; i < xs.length; i += 2) {
      x += xs[i]!;
      y += xs[i + 1]!;
      seen.push([x, y]);
    }
    for (const [px, py] of seen) {
      expect(px).toBeGreaterThanOrEqual(50);
      expect(px).toBeLessThanOrEqual(100);
      expect(py).toBeGreaterThanOrEqual(50);
      expect(py).toBeLessThanOrEqual(100);
    }
    expect(seen).toContainEqual([100, 100]);
  });

  it('leaves points out', () => {
    expect(svgPath({ type: 'Point', coordinates: [1, 1] }, BOX)).toBe('');
    expect(svgPath({ type: 'MultiPoint', coordinates: [[1, 1]] }, BOX)).toBe('');
  });
});

describe('svgPath: lines', () => {
  it('draws the visible run of a line', () => {
    const g: Geometry = {
      type: 'LineString',
      coordinates: [
        [10, 10],
        [50, 10],
        [150, 10],
      ],
    };
    expect(svgPath(g, BOX)).toBe('M10 10l90 0');
    expect(svgPath({ type: 'Polygon', coordinates: [] }, BOX)).toBe('');
  });

  it('gives a line that leaves and comes back two runs', () => {
    const g: Geometry = {
      type: 'LineString',
      coordinates: [
        [10, 10],
        [10, 150],
        [90, 150],
        [90, 10],
      ],
    };
    expect(svgPath(g, BOX)).toBe('M10 10l0 90M90 100l0-90');
  });
});

describe('clockwise', () => {
  const DISTRICT: Bounds = [
    [32.45, 110.65],
    [32.7, 110.95],
  ];
  const fit = fitMercator(DISTRICT, { width: 340, height: 300 }, { x: 0, y: 0 });
  // A ring as RFC 7946 writes it: counter-clockwise on the map.
  const ccw: Position[] = [
    [110.7, 32.5],
    [110.9, 32.5],
    [110.9, 32.65],
    [110.7, 32.65],
    [110.7, 32.5],
  ];

  it('turns a polygon that covers more than a hemisphere round, and only that', () => {
    const turned = clockwise({ type: 'Polygon', coordinates: [ccw] });
    expect(turned).toEqual({ type: 'Polygon', coordinates: [ccw.slice().reverse()] });
    expect(clockwise(turned)).toEqual(turned);
  });

  it('draws a ring the same in either direction', () => {
    const a = svgPath({ type: 'Polygon', coordinates: [ccw] }, fit.projection);
    const b = svgPath({ type: 'Polygon', coordinates: [ccw.slice().reverse()] }, fit.projection);
    expect(a).not.toBe('');
    expect(a.match(/M/g)).toHaveLength(1);
    expect(a).toBe(b);
    // Not the picture's frame (what the rest of the globe would clip to).
    expect(a).not.toMatch(/^M-4-4/);
  });
});
