import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from '../geo/geojson';
import type { Rect } from './clip';
import type { Point } from './projection';
import { areaPath, linePath, pathOf } from './svg-path';

const BOX: Rect = { x0: 0, y0: 0, x1: 100, y1: 100 };
const identity = (p: Position): Point => [p[0]!, p[1]!];

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

describe('areaPath', () => {
  it('draws every ring of a multipolygon, holes included', () => {
    const square = (o: number, s: number): Position[] => [
      [o, o],
      [o + s, o],
      [o + s, o + s],
      [o, o + s],
      [o, o],
    ];
    const g: Geometry = {
      type: 'MultiPolygon',
      coordinates: [[square(10, 40), square(20, 10)], [square(60, 20)]],
    };
    const d = areaPath(g, identity, BOX);
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
    expect(areaPath({ type: 'Polygon', coordinates: [ring] }, identity, BOX)).toBe(
      'M10 10l40 0 0 40-40 0z',
    );
    const far = ring.map(([x, y]) => [x! + 500, y!]);
    expect(areaPath({ type: 'Polygon', coordinates: [far] }, identity, BOX)).toBe('');
  });

  it('ignores lines and points', () => {
    expect(areaPath({ type: 'Point', coordinates: [1, 1] }, identity, BOX)).toBe('');
  });
});

describe('linePath', () => {
  it('draws the visible runs of a line', () => {
    const g: Geometry = {
      type: 'LineString',
      coordinates: [
        [10, 10],
        [50, 10],
        [150, 10],
      ],
    };
    expect(linePath(g, identity, BOX)).toBe('M10 10l90 0');
    expect(linePath({ type: 'Polygon', coordinates: [] }, identity, BOX)).toBe('');
  });
});
