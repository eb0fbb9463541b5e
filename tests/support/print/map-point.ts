/** A place on a printed map, for the print unit tests. */
import type { MapPoint } from '../../../src/lib/print/map-picture';

/** A plain township named by its id, labelled on the right of (100, 100), unless `over` says. */
export function mapPoint(id: string, over: Partial<MapPoint> = {}): MapPoint {
  return {
    id,
    kind: 'township',
    precision: 'township',
    role: 'plain',
    side: 'right',
    x: 100,
    y: 100,
    text: { zh: id, en: id },
    ...over,
  };
}
