/**
 * Leaflet as the story uses it: the last of its three pieces (the layers: groups, GeoJSON,
 * markers with a DOM icon, polylines drawn by the SVG renderer, tiles) and the namespace the
 * map and its layer components build with (`L`, handed down in the map's context). Only what
 * is listed here is in the build; the story's map needs nothing else from Leaflet.
 */
import 'leaflet/src/layer/vector/Renderer.getRenderer.js';
import { layerGroup } from 'leaflet/src/layer/LayerGroup.js';
import { geoJSON } from 'leaflet/src/layer/GeoJSON.js';
import { divIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { marker } from 'leaflet/src/layer/marker/Marker.js';
import { polyline } from 'leaflet/src/layer/vector/Polyline.js';
import { tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { latLng, latLngBounds, point } from './leaflet-base';
import { control, map } from './leaflet-map';

export const L = {
  map,
  control,
  latLng,
  latLngBounds,
  point,
  layerGroup,
  geoJSON,
  divIcon,
  marker,
  polyline,
  tileLayer,
};

export type LeafletLib = typeof L;
