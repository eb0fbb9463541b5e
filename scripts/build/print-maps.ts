/**
 * Node-side, at build time: the printed pictures of every map step, computed from data/geo
 * and data/places.json (read and validated here, as the live map's chunk imports them) for the Vite plugin
 * that serves them as `virtual:print-maps`. A few kilobytes of path data go to the page
 * instead of the map's data, and the pictures are there, synchronously, when the reader prints.
 */
import { join } from 'node:path';
import type { Lang, Story } from '../../src/lib/content/types.ts';
import { loadCredits, loadGeoLayers, loadPlaces } from '../content/load-content.ts';
import { prepareMapData, type MapData } from '../../src/lib/map/map-data.ts';
import type { AttributionEntry } from '../../src/lib/map/labels.ts';
import { mapPicture, type MapPicture, type PrintMaps } from '../../src/lib/print/map-picture.ts';

/** The map's data in its own CRS (GCJ-02): a printed map has no tiles to match. */
export function readMapData(root: string): MapData {
  return prepareMapData(
    loadGeoLayers(root),
    loadPlaces(join(root, 'data', 'places.json'), 'data/places.json'),
    'gcj02',
  );
}

/** The map's data credits, validated (data/geo/attribution.json). */
export function readCredits(root: string): AttributionEntry[] {
  return loadCredits(root);
}

/** Pictures of the map steps of every edition; editions must agree on what a step shows. */
export function buildPrintMaps(
  stories: Partial<Record<Lang, Story>>,
  data: MapData,
  credits: AttributionEntry[],
): PrintMaps {
  const steps: Record<string, MapPicture> = {};
  const asked = new Map<string, string>();
  for (const [lang, story] of Object.entries(stories) as [Lang, Story][]) {
    for (const step of story.steps) {
      if (step.stage !== 'map') continue;
      const map = JSON.stringify(step.map ?? {});
      const before = asked.get(step.id);
      if (before !== undefined && before !== map)
        throw new Error(
          `data/story.${lang}.aml: step "${step.id}" map fields differ between editions`,
        );
      asked.set(step.id, map);
      steps[step.id] ??= mapPicture(step, data);
    }
  }
  return { steps, credits };
}
