import { describe, it, expect } from 'vitest';
import { squareRing } from '../../../tests/support/geo/test-shapes';
import { areaLabelPoint, lineLabelPoint, partLabelPoint } from './geometry';

describe('areaLabelPoint', () => {
  it('is the centroid of a polygon, whatever its winding', () => {
    expect(areaLabelPoint({ type: 'Polygon', coordinates: [squareRing(0, 0, 2)] })).toEqual([1, 1]);
    const cw = squareRing(0, 0, 2).reverse();
    expect(areaLabelPoint({ type: 'Polygon', coordinates: [cw] })).toEqual([1, 1]);
  });

  it('labels the largest part of a multipolygon', () => {
    const p = areaLabelPoint({
      type: 'MultiPolygon',
      coordinates: [[squareRing(10, 10, 1)], [squareRing(0, 0, 4)], [squareRing(-5, -5, 0.5)]],
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

describe('partLabelPoint', () => {
  const close = (p: [number, number] | null, want: [number, number]) => {
    expect(p).not.toBeNull();
    expect(p![0]).toBeCloseTo(want[0], 9);
    expect(p![1]).toBeCloseTo(want[1], 9);
  };

  it('is the centroid of the southern or eastern third, whatever the winding', () => {
    const sq = { type: 'Polygon' as const, coordinates: [squareRing(0, 0, 3)] };
    close(partLabelPoint(sq, 'south'), [1.5, 0.5]);
    close(partLabelPoint(sq, 'east'), [2.5, 1.5]);
    const cw = { type: 'Polygon' as const, coordinates: [squareRing(0, 0, 3).reverse()] };
    close(partLabelPoint(cw, 'south'), [1.5, 0.5]);
  });

  it('cuts slanted edges where they cross the line', () => {
    // A right triangle (0,0) (3,0) (0,3): its southern third is a trapezoid.
    const tri = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    // Trapezoid (0,0) (3,0) (2,1) (0,1): a 2×1 rectangle (centroid 1, 0.5) and a triangle of
    // area 0.5 (centroid 7/3, 1/3): together (19/15, 7/15).
    close(partLabelPoint(tri, 'south'), [19 / 15, 7 / 15]);
  });

  it('uses the largest part and gives null for non-areas', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [[squareRing(10, 10, 1)], [squareRing(0, 0, 3)]],
    };
    close(partLabelPoint(multi, 'east'), [2.5, 1.5]);
    expect(partLabelPoint({ type: 'Point', coordinates: [1, 2] }, 'south')).toBeNull();
  });
});
