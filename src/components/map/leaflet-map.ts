/**
 * Leaflet, second piece (see leaflet-base.ts): the map, the interaction handlers the explore
 * mode turns on (drag, touch and double-click zoom, box zoom, keyboard, wheel zoom; each
 * registers itself on the map class when evaluated) and the zoom and attribution controls.
 */
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import { zoom } from 'leaflet/src/control/Control.Zoom.js';
import { attribution } from 'leaflet/src/control/Control.Attribution.js';

export { createMap as map } from 'leaflet/src/map/Map.js';
/** The controls the map uses (Leaflet's `L.control.zoom`, `L.control.attribution`). */
export const control = { zoom, attribution };
