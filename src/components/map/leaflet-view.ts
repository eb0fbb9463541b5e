/**
 * The Leaflet side of LeafletMap, in plain functions: the map's styles, and where a story view
 * puts the map (Leaflet's own fitBounds rule, worked out without moving the map).
 */
import type * as Leaflet from 'leaflet';
import { L } from './leaflet-lib';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import type { Bounds } from '../../lib/geo/bounds';
import type { Padding } from '../../lib/map/map-scene';
import mapCss from './map.css?inline';

let mapSheet: CSSStyleSheet | null = null;

/**
 * Adopts Leaflet's CSS and the map's into the map's own root, once: the document, or the
 * shadow root of the script embed (a <link> Vite put in the page's head would miss the map
 * there, and would style the host page). A constructable stylesheet, not a <style>: a host's
 * Content-Security-Policy then needs no style-src 'unsafe-inline'.
 */
export function addMapStyles(node: Node): void {
  const root = node.getRootNode();
  const target = root instanceof ShadowRoot ? root : document;
  if (!mapSheet) {
    mapSheet = new CSSStyleSheet();
    mapSheet.replaceSync(`${leafletCss}\n${mapCss}`);
  }
  if (!target.adoptedStyleSheets.includes(mapSheet))
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, mapSheet];
}

/** The map is exactly at this center and zoom (within a pixel). */
export function atTarget(m: Leaflet.Map, center: Leaflet.LatLng, zoom: number): boolean {
  if (Math.abs(m.getZoom() - zoom) > 1e-6) return false;
  return m.project(m.getCenter(), zoom).distanceTo(m.project(center, zoom)) <= 1;
}

/** Where fitting the bounds with this padding puts the map (Leaflet's own fitBounds rule). */
export function fitTarget(
  m: Leaflet.Map,
  bounds: Bounds,
  padding: Padding,
): { center: Leaflet.LatLng; zoom: number } {
  const b = L.latLngBounds(bounds);
  const tl = L.point(padding.paddingTopLeft);
  const br = L.point(padding.paddingBottomRight);
  const fit = m.getBoundsZoom(b, false, tl.add(br));
  const zoom = Math.min(m.getMaxZoom(), Math.max(m.getMinZoom(), fit));
  const middle = m
    .project(b.getSouthWest(), zoom)
    .add(m.project(b.getNorthEast(), zoom))
    .divideBy(2);
  return { center: m.unproject(middle.add(br.subtract(tl).divideBy(2)), zoom), zoom };
}
