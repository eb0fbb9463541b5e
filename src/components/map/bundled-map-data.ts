/**
 * The map's data files, imported here so that they travel in the map's lazy chunk with
 * Leaflet, never in the entry chunk. The geographic layers come as text and are parsed and
 * prepared on first use (getMapLayers, then getMapData), each in a task of its own, not while the chunk loads. The
 * tile config is read and validated at build time (virtual:map-config); a build can override
 * it with VITE_MAP_CONFIG (a JSON string, see docs/map.md). Every file imported here is
 * validated at build time by the content plugin (scripts/vite-plugin-content.ts): a bad one
 * stops the build, so the casts below hold.
 */
import attributionJson from '../../../data/geo/attribution.json';
import districts from '../../../data/geo/shiyan-districts.json?raw';
import outline from '../../../data/geo/maojian-outline.json?raw';
import provinces from '../../../data/geo/provinces.json?raw';
import rivers from '../../../data/geo/rivers.json?raw';
import studyTour from '../../../data/geo/study-tour.json?raw';
import placesJson from '../../../data/places.json';
import mapConfig from 'virtual:map-config';
import type { FeatureCollection } from '../../lib/geo/geojson';
import type { Place } from '../../lib/geo/places';
import type { MapConfig } from '../../lib/map/config';
import { prepareMapData, type GeoLayers, type MapData } from '../../lib/map/map-data';
import type { AttributionEntry } from '../../lib/map/labels';

export const config: MapConfig = mapConfig;

export const credits = attributionJson as AttributionEntry[];

let parsed: GeoLayers | null = null;
let prepared: MapData | null = null;

/** The geographic layers, parsed (once, on the first call). */
export function getMapLayers(): GeoLayers {
  const layer = (text: string) => JSON.parse(text) as FeatureCollection;
  parsed ??= {
    districts: layer(districts),
    outline: layer(outline),
    rivers: layer(rivers),
    provinces: layer(provinces),
    studyTour: layer(studyTour),
  };
  return parsed;
}

/** The map's data ready to draw (prepared once, on the first call). */
export function getMapData(): MapData {
  prepared ??= prepareMapData(
    getMapLayers(),
    placesJson as unknown as Place[],
    config.tiles?.crs ?? 'gcj02',
  );
  return prepared;
}
