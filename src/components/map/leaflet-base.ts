/**
 * Leaflet, first of its three pieces (load-map-in-pieces.ts evaluates one per task): what the
 * map and its layers build on (classes and events, browser tests, points and bounds, the
 * Web Mercator CRS, DOM helpers). From Leaflet's own ES modules, so that the story's build
 * holds only the parts it uses (no popups, tooltips, overlays, other CRSs or layer control).
 */
import 'leaflet/src/core/Util.js';
import 'leaflet/src/core/Class.js';
import 'leaflet/src/core/Events.js';
import 'leaflet/src/core/Browser.js';
import 'leaflet/src/core/Handler.js';
import 'leaflet/src/geometry/Bounds.js';
import 'leaflet/src/geometry/LineUtil.js';
import 'leaflet/src/geometry/PolyUtil.js';
import 'leaflet/src/geo/crs/CRS.EPSG3857.js';
import 'leaflet/src/dom/DomUtil.js';
import 'leaflet/src/dom/DomEvent.js';
import 'leaflet/src/dom/Draggable.js';
import 'leaflet/src/dom/PosAnimation.js';

export { toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export { toPoint as point } from 'leaflet/src/geometry/Point.js';
