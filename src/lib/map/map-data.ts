/**
 * The map's data, ready to draw: the GeoJSON layers and places in the tile layer's CRS
 * (GCJ-02 unchanged when there are no tiles, the default) and the view presets built from it.
 */
import { convertGeoJSON, toTileCrs, type TileCrs } from '../geo/crs.ts';
import type { FeatureCollection } from '../geo/geojson.ts';
import type { Place } from '../geo/places.ts';
import { buildPresets, type ViewPreset } from '../geo/view.ts';
import { partLabelPoint, type DistrictPart } from './geometry.ts';

/**
 * The report's regions named by a direction ("东部融合", "南部富美"), and the part of the
 * district outline their schematic label goes in. The centre ("中心兴盛", the urban centre,
 * not the outline's middle) keeps the point data/places.json derives from its seats.
 */
export const REGION_PARTS: Readonly<Record<string, DistrictPart>> = {
  'region-east': 'east',
  'region-south': 'south',
};

/**
 * Where a schematic region's label goes: in its part of the district outline (see
 * REGION_PARTS), never on a township's seat; other places are left as they are.
 */
export function placeRegionLabels(places: readonly Place[], outline: FeatureCollection): Place[] {
  const shape = outline.features[0]?.geometry;
  return places.map((p) => {
    const part = p.kind === 'region' ? REGION_PARTS[p.id] : undefined;
    const at = part && shape ? partLabelPoint(shape, part) : null;
    if (!at) return p;
    const round = (x: number) => Math.round(x * 1e5) / 1e5;
    return { ...p, lngLat: [round(at[0]), round(at[1])] };
  });
}

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
  const moved = placeRegionLabels(
    places.map((p) => (p.lngLat ? { ...p, lngLat: toTileCrs(p.lngLat, crs) } : p)),
    layers.outline,
  );
  const presets = buildPresets({
    districtOutline: layers.outline,
    shiyanDistricts: layers.districts,
    provinces: layers.provinces,
    studyTour: layers.studyTour,
    places: moved,
  });
  return { geo: layers, places: moved, presets, crs };
}
