import { describe, it, expect } from 'vitest';
import { areaLabelPoint, lineLabelPoint } from './geometry';

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('areaLabelPoint', () => {
  it('is the centroid of a polygon, whatever its winding', () => {
    expect(areaLabelPoint({ type: 'Polygon', coordinates: [square(0, 0, 2)] })).toEqual([1, 1]);
    const cw = square(0, 0, 2).reverse();
    expect(areaLabelPoint({ type: 'Polygon', coordinates: [cw] })).toEqual([1, 1]);
  });

  it('labels the largest part of a multipolygon', () => {
    const p = areaLabelPoint({
      type: 'MultiPolygon',
      coordinates: [[square(10, 10, 1)], [square(0, 0, 4)], [square(-5, -5, 0.5)]],
    });
    expect(p).toEqual([2, 2]);
  });

  it('gives null for lines, points and degenerate rings', () => {
    expect(areaLabelPoint({ type: 'Point', coordinates: [1, 2] })).toBeNull();
    expect(
      areaLabelPoint({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toBeNull();
  });
});

describe('lineLabelPoint', () => {
  it('is the middle vertex of the longest part', () => {
    expect(
      lineLabelPoint({
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [5, 5],
            [6, 6],
            [7, 7],
            [8, 8],
            [9, 9],
          ],
        ],
      }),
    ).toEqual([7, 7]);
    expect(lineLabelPoint({ type: 'LineString', coordinates: [[3, 4]] })).toEqual([3, 4]);
    expect(lineLabelPoint({ type: 'Point', coordinates: [1, 2] })).toBeNull();
  });
});
