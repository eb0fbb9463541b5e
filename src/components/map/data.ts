/**
 * The map's data files, imported here so that they travel in the map's lazy chunk with
 * Leaflet, never in the entry chunk. The tile config is read at build time; a build can
 * override it with VITE_MAP_CONFIG (a JSON string, see docs/map.md).
 */
import attributionJson from '../../../data/geo/attribution.json';
import districts from '../../../data/geo/shiyan-districts.json';
import outline from '../../../data/geo/maojian-outline.json';
import provinces from '../../../data/geo/provinces.json';
import rivers from '../../../data/geo/rivers.json';
import studyTour from '../../../data/geo/study-tour.json';
import placesJson from '../../../data/places.json';
import configJson from '../../../data/map.config.json';
import type { FeatureCollection } from '../../lib/geo/geojson';
import type { Place } from '../../lib/geo/places';
import { parseMapConfig, type MapConfig } from '../../lib/map/config';
import { prepareMapData, type MapData } from '../../lib/map/data';
import type { AttributionEntry } from '../../lib/map/labels';

function readConfig(): MapConfig {
  const override: unknown = import.meta.env.VITE_MAP_CONFIG;
  try {
    if (typeof override === 'string' && override.trim() !== '')
      return parseMapConfig(JSON.parse(override), 'VITE_MAP_CONFIG');
    return parseMapConfig(configJson);
  } catch (e) {
    // The story goes on with the offline basemap; the message names the file and field.
    console.error(e);
    return { tiles: null };
  }
}

export const config: MapConfig = readConfig();

export const credits = attributionJson as AttributionEntry[];

export const mapData: MapData = prepareMapData(
  {
    districts: districts as unknown as FeatureCollection,
    outline: outline as unknown as FeatureCollection,
    rivers: rivers as unknown as FeatureCollection,
    provinces: provinces as unknown as FeatureCollection,
    studyTour: studyTour as unknown as FeatureCollection,
  },
  placesJson as unknown as Place[],
  config.tiles?.crs ?? 'gcj02',
);
