/**
 * Vite plugin: `import printMaps from 'virtual:print-maps'` gives the printed pictures of the
 * map steps (scripts/build/print-maps.ts), computed at build (and dev) time from data/geo and
 * data/places.json, so printing never waits for the map's lazy chunk.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { EDITIONS } from '../src/lib/content/editions.ts';
import { loadContent } from './content/load-content.ts';
import { buildPrintMaps, readCredits, readMapData } from './build/print-maps.ts';

const ID = 'virtual:print-maps';
const RESOLVED = '\0' + ID;

const WATCHED = [
  'data/geo/shiyan-districts.json',
  'data/geo/maojian-outline.json',
  'data/geo/rivers.json',
  'data/geo/provinces.json',
  'data/geo/study-tour.json',
  'data/geo/attribution.json',
  'data/places.json',
  ...EDITIONS.map((lang) => `data/story.${lang}.aml`),
];

export function printMapsPlugin(root: string): Plugin {
  return {
    name: 'story-print-maps',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of WATCHED) this.addWatchFile(resolve(root, file));
      const maps = buildPrintMaps(loadContent(root).stories, readMapData(root), readCredits(root));
      return `export default ${JSON.stringify(maps)};`;
    },
  };
}
