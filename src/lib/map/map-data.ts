/**
 * The map's data, ready to draw: the GeoJSON layers and places in the tile layer's CRS
 * (GCJ-02 unchanged when there are no tiles, the default) and the view presets built from it.
 */
import { convertGeoJSON, toTileCrs, type TileCrs } from '../geo/crs.ts';
import type { FeatureCollection } from '../geo/geojson.ts';
import type { Place } from '../geo/places.ts';
import { buildPresets, type ViewPreset } from '../geo/view.ts';

export interface GeoLayers {
  districts: FeatureCollection;
  outline: FeatureCollection;
  rivers: FeatureCollection;
  provinces: FeatureCollection;
  studyTour: FeatureCollection;
}

export interface MapData {
  geo: GeoLayers;
  places: Place[];
  presets: ViewPreset[];
  crs: TileCrs;
}

/** Converts every layer and point to `crs` (a copy; the input is left alone) and builds presets. */
export function prepareMapData(geo: GeoLayers, places: readonly Place[], crs: TileCrs): MapData {
  const conv = (fc: FeatureCollection) => (crs === 'gcj02' ? fc : convertGeoJSON(fc, crs));
  const layers: GeoLayers = {
    districts: conv(geo.districts),
    outline: conv(geo.outline),
    rivers: conv(geo.rivers),
    provinces: conv(geo.provinces),
    studyTour: conv(geo.studyTour),
  };
  const moved = places.map((p) => (p.lngLat ? { ...p, lngLat: toTileCrs(p.lngLat, crs) } : p));
  const presets = buildPresets({
    districtOutline: layers.outline,
    shiyanDistricts: layers.districts,
    provinces: layers.provinces,
    studyTour: layers.studyTour,
    places: moved,
  });
  return { geo: layers, places: moved, presets, crs };
}
