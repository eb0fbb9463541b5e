/** Shapes for the geo unit tests. */
import type { FeatureCollection } from '../../../src/lib/geo/geojson';

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
