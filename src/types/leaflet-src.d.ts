/**
 * Types for the Leaflet ES modules the map imports one by one (src/components/map/leaflet-*.ts),
 * taken from @types/leaflet's namespace: the same functions under the names the modules export.
 */
declare module 'leaflet/src/geo/LatLng.js' {
  export const toLatLng: typeof import('leaflet').latLng;
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export const toLatLngBounds: typeof import('leaflet').latLngBounds;
}
declare module 'leaflet/src/geometry/Point.js' {
  export const toPoint: typeof import('leaflet').point;
}
declare module 'leaflet/src/map/Map.js' {
  export const createMap: typeof import('leaflet').map;
}
declare module 'leaflet/src/control/Control.Zoom.js' {
  export const zoom: typeof import('leaflet').control.zoom;
}
declare module 'leaflet/src/control/Control.Attribution.js' {
  export const attribution: typeof import('leaflet').control.attribution;
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export const layerGroup: typeof import('leaflet').layerGroup;
}
declare module 'leaflet/src/layer/GeoJSON.js' {
  export const geoJSON: typeof import('leaflet').geoJSON;
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export const divIcon: typeof import('leaflet').divIcon;
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export const marker: typeof import('leaflet').marker;
}
declare module 'leaflet/src/layer/vector/Polyline.js' {
  export const polyline: typeof import('leaflet').polyline;
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export const tileLayer: typeof import('leaflet').tileLayer;
}
