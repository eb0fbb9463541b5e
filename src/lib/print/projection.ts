/**
 * Web Mercator (as the live Leaflet map draws), by d3-geo, fitted to a map view's bounds for
 * a printed map picture: the bounds fill the box within its padding, centred, north up. A
 * view wider than the box's shape gives a shorter picture instead of empty bands above and
 * below. The projection clips what it draws to the picture plus a small margin. Build time
 * only (d3-geo is a devDependency): the page gets the projected pictures, not this code.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Bounds } from '../geo/bounds';
import type { LngLat, MultiPoint } from '../geo/geojson';

export type Point = [number, number];

export interface Padding {
  x: number;
  y: number;
}

export interface Fitted {
  width: number;
  height: number;
  /** The fitted projection, clipped to the picture plus CLIP_MARGIN. */
  projection: GeoProjection;
  project: (p: LngLat | readonly number[]) => Point;
}

/** Shapes are clipped this far outside the picture, px, so no edge shows at its border. */
export const CLIP_MARGIN = 4;

/** Bounds are [[south, west], [north, east]]. */
export function fitMercator(
  bounds: Bounds,
  box: { width: number; height: number },
  pad: Padding,
): Fitted {
  const [[south, west], [north, east]] = bounds;
  // The two corners, not a rectangle: a polygon's edges would follow great circles.
  const corners: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [pad.x, pad.y],
      [box.width - pad.x, box.height - pad.y],
    ],
    corners,
  );
  const [[, top], [, bottom]] = geoPath(projection).bounds(corners);
  const height = Math.min(box.height, bottom - top + 2 * pad.y);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - (box.height - height) / 2]).clipExtent([
    [-CLIP_MARGIN, -CLIP_MARGIN],
    [box.width + CLIP_MARGIN, height + CLIP_MARGIN],
  ]);
  return {
    width: box.width,
    height,
    projection,
    project: (p) => projection([p[0]!, p[1]!]) as Point,
  };
}
