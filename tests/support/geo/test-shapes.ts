/** Shapes for the geo unit tests. */
import type { FeatureCollection, Position } from '../../../src/lib/geo/geojson';

/** The closed ring of a square with its lower-left corner at (x, y) and sides d long. */
export function squareRing(x: number, y: number, d: number): Position[] {
  return [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ];
}

/** A collection of one square polygon from (w, s) to (e, n). */
export function square(w: number, s: number, e: number, n: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
      },
    ],
  };
}
