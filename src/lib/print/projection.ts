/**
 * Web Mercator (as the live Leaflet map draws) fitted to a map view's bounds, for a printed
 * map picture: the bounds fill the box within its padding, centred, north up. A view wider
 * than the box's shape gives a shorter picture instead of empty bands above and below.
 */
import type { LngLat } from '../geo/geojson';
import type { Bounds } from '../geo/bounds';

export type Point = [number, number];

export interface Padding {
  x: number;
  y: number;
}

export interface Fitted {
  width: number;
  height: number;
  /** Pixels per unit of Mercator x (360° of longitude = 1 unit). */
  scale: number;
  project: (p: LngLat | readonly number[]) => Point;
}

/** Mercator x and y, 0..1 over the world, y growing southwards. */
export function mercator(lng: number, lat: number): Point {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
}

/** Bounds are [[south, west], [north, east]]. */
export function fitMercator(
  bounds: Bounds,
  box: { width: number; height: number },
  pad: Padding,
): Fitted {
  const [[south, west], [north, east]] = bounds;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const dx = Math.max(1e-9, x1 - x0);
  const dy = Math.max(1e-9, y1 - y0);
  const scale = Math.min((box.width - 2 * pad.x) / dx, (box.height - 2 * pad.y) / dy);
  const height = Math.min(box.height, dy * scale + 2 * pad.y);
  const left = (box.width - dx * scale) / 2;
  const top = (height - dy * scale) / 2;
  return {
    width: box.width,
    height,
    scale,
    project: (p) => {
      const [x, y] = mercator(p[0]!, p[1]!);
      return [left + (x - x0) * scale, top + (y - y0) * scale];
    },
  };
}
