import { describe, it, expect } from 'vitest';
import {
  boundsOf,
  boundsOfPoints,
  ensureMinSize,
  padBounds,
  unionBounds,
  type Bounds,
} from './bounds';
import type { GeoJSON, LngLat } from './geojson';
import { square } from '../../../tests/support/geo/test-shapes';

describe('bounds helpers', () => {
  it('boundsOf gives [[south, west], [north, east]]', () => {
    expect(boundsOf(square(110, 32, 111, 33))).toEqual([
      [32, 110],
      [33, 111],
    ]);
    expect(boundsOf({ type: 'Point', coordinates: [110.5, 32.5] })).toEqual([
      [32.5, 110.5],
      [32.5, 110.5],
    ]);
    expect(() => boundsOf({ type: 'FeatureCollection', features: [] })).toThrow();
  });

  it('boundsOf covers every part of multi-part and nested geometries, west and south of zero too', () => {
    const geo: GeoJSON = {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [-3, -2],
                [-1, -2],
                [-1, -1],
                [-3, -2],
              ],
            ],
            [
              [
                [4, 5],
                [6, 5],
                [6, 7],
                [4, 5],
              ],
            ],
          ],
        },
        {
          type: 'LineString',
          coordinates: [
            [0, 9],
            [1, 8],
          ],
        },
      ],
    };
    expect(boundsOf(geo)).toEqual([
      [-2, -3],
      [9, 6],
    ]);
  });

  it('boundsOf agrees with boundsOfPoints over the same positions', () => {
    const points: LngLat[] = [
      [110.2, 32.9],
      [110.9, 32.1],
      [110.5, 32.5],
    ];
    const line: GeoJSON = { type: 'LineString', coordinates: points };
    expect(boundsOf(line)).toEqual(boundsOfPoints(points));
  });

  it('unionBounds covers both', () => {
    expect(
      unionBounds(
        [
          [0, 0],
          [1, 1],
        ],
        [
          [-1, 0.5],
          [0.5, 2],
        ],
      ),
    ).toEqual([
      [-1, 0],
      [1, 2],
    ]);
  });

  it('padBounds grows every side by a share of the span', () => {
    expect(
      padBounds(
        [
          [0, 0],
          [10, 20],
        ],
        0.1,
      ),
    ).toEqual([
      [-1, -2],
      [11, 22],
    ]);
  });

  it('ensureMinSize keeps the centre and a minimum ground size', () => {
    const b = ensureMinSize(boundsOfPoints([[110.8, 32.5]]), 0.03);
    expect(b[1][0] - b[0][0]).toBeCloseTo(0.03);
    expect(b[1][1] - b[0][1]).toBeCloseTo(0.03 / Math.cos((32.5 * Math.PI) / 180));
    expect((b[0][0] + b[1][0]) / 2).toBeCloseTo(32.5);
    const big: Bounds = [
      [30, 100],
      [31, 102],
    ];
    expect(ensureMinSize(big, 0.03)).toEqual(big);
  });
});
