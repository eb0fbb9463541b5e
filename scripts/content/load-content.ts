/**
 * Node-side: reads data/figures.json, data/places.json and every edition's copy, validates
 * them and checks that the editions agree (loadContent); reads and validates the map's files,
 * data/geo/*.json and data/map.config.json (loadMapFiles). Used by the Vite plugins (so a bad
 * file stops the build) and tests. Files are read through readContentFile (size limit, UTF-8,
 * not empty) and JSON through parseJsonText (depth limit, no __proto__ keys).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, quote } from '../../src/lib/content/errors.ts';
import { EDITIONS } from '../../src/lib/content/editions.ts';
import { validateDivisions } from '../../src/lib/content/divisions-schema.ts';
import { validateFigures } from '../../src/lib/content/figures.ts';
import { parseJsonText } from '../../src/lib/content/json-text.ts';
import { validateAttribution } from '../../src/lib/content/attribution-file.ts';
import {
  GEO_LAYER_FILES,
  GEO_LAYER_KEYS,
  validateGeoLayer,
} from '../../src/lib/content/geo-layers-file.ts';
import { validateMapConfig } from '../../src/lib/content/map-config-file.ts';
import { validatePlaces } from '../../src/lib/content/places-file.ts';
import { readContentFile } from './read-content-file.ts';
import { checkContentStyle } from '../../src/lib/content/style-check.ts';
import { validateStyleRules } from '../../src/lib/content/style-rules-file.ts';
import { parseStory } from '../../src/lib/content/story.ts';
import type { Content, Figure, Lang, Story } from '../../src/lib/content/types.ts';
import type { Place } from '../../src/lib/geo/places.ts';
import type { MapConfig } from '../../src/lib/map/config.ts';
import type { GeoLayers } from '../../src/lib/map/map-data.ts';
import type { AttributionEntry } from '../../src/lib/map/labels.ts';

function loadJson(path: string, shown: string): unknown {
  return parseJsonText(readContentFile(path, shown), shown);
}

export function loadFigures(path: string, shown = path): Figure[] {
  return validateFigures(loadJson(path, shown), shown);
}

export function loadPlaces(path: string, shown = path): Place[] {
  return validatePlaces(loadJson(path, shown), shown);
}

export function loadPlaceIds(path: string, shown = path): Set<string> {
  return new Set(loadPlaces(path, shown).map((p) => p.id));
}

/** `places`, when given, are the ids map.fit and map.highlight may name. */
export function loadStory(
  path: string,
  figures: ReadonlyMap<string, Figure>,
  shown = path,
  places?: ReadonlySet<string>,
): Story {
  return parseStory(readContentFile(path, shown), shown, figures, places);
}

/**
 * Every edition has the same steps, in the same order, with the same section, stage, figures
 * and emphasis.
 */
export function checkEditionsAgree(stories: Partial<Record<Lang, Story>>): void {
  const entries = Object.entries(stories) as [Lang, Story][];
  const [base, ...rest] = entries;
  if (!base) return;
  for (const [lang, story] of rest) {
    const file = `data/story.${lang}.aml`;
    const ids = new Set(story.steps.map((s) => s.id));
    for (const step of base[1].steps) {
      if (!ids.has(step.id)) {
        throw new ContentError(file, `step "${step.id}"`, 'id', `missing (it is in ${base[0]})`);
      }
    }
    story.steps.forEach((step, i) => {
      const other = base[1].steps[i];
      const where = `step "${step.id}"`;
      if (!other || other.id !== step.id) {
        throw new ContentError(file, where, 'id', `not in ${base[0]} or not in the same order`);
      }
      if (other.section !== step.section) {
        throw new ContentError(
          file,
          where,
          'section',
          `differs (${base[0]}: ${quote(other.section)})`,
        );
      }
      if (other.stage !== step.stage) throw new ContentError(file, where, 'stage', 'differs');
      if (other.figures.join() !== step.figures.join()) {
        throw new ContentError(file, where, 'figures', 'differ between editions');
      }
      if (JSON.stringify(other.emphasis) !== JSON.stringify(step.emphasis)) {
        throw new ContentError(
          file,
          where,
          'emphasis',
          `differs from ${base[0]}'s (every edition stresses the same)`,
        );
      }
    });
  }
}

export function loadContent(root: string, editions: readonly Lang[] = EDITIONS): Content {
  const shown = (name: string) => `data/${name}`;
  const figures = loadFigures(join(root, 'data', 'figures.json'), shown('figures.json'));
  const places = loadPlaceIds(join(root, 'data', 'places.json'), shown('places.json'));
  const byId = new Map(figures.map((f) => [f.id, f]));
  // The map's villages list (its explore mode imports it): checked at build time. Test roots
  // without it load without it; the map's own import of the file needs it to build.
  const divisions = join(root, 'data', 'divisions.json');
  if (existsSync(divisions))
    validateDivisions(
      loadJson(divisions, shown('divisions.json')),
      shown('divisions.json'),
      places,
    );
  const stories: Partial<Record<Lang, Story>> = {};
  for (const lang of editions) {
    const name = `story.${lang}.aml`;
    const story = loadStory(join(root, 'data', name), byId, shown(name), places);
    if (story.meta.lang !== lang) {
      const detail = `is ${quote(story.meta.lang)}, but the file is the ${lang} edition`;
      throw new ContentError(shown(name), null, 'lang', detail);
    }
    stories[lang] = story;
  }
  checkEditionsAgree(stories);
  const rules = shown('style-rules.json');
  checkContentStyle(
    stories,
    byId,
    validateStyleRules(loadJson(join(root, 'data', 'style-rules.json'), rules), rules),
  );
  return { figures, stories };
}

export interface MapFiles {
  places: Place[];
  layers: GeoLayers;
  credits: AttributionEntry[];
  config: MapConfig;
}

/** The map's layers in root/data/geo, each validated as its layer. */
export function loadGeoLayers(root: string): GeoLayers {
  const entries = Object.entries(GEO_LAYER_KEYS).map(([key, layer]) => {
    const name = `data/geo/${GEO_LAYER_FILES[layer].file}`;
    return [key, validateGeoLayer(loadJson(join(root, name), name), name, layer)];
  });
  return Object.fromEntries(entries) as unknown as GeoLayers;
}

export function loadCredits(root: string): AttributionEntry[] {
  const name = 'data/geo/attribution.json';
  return validateAttribution(loadJson(join(root, name), name), name);
}

/**
 * The map config: `override` (the build's VITE_MAP_CONFIG, a JSON text) when it is given and
 * not blank, else root/data/map.config.json.
 */
export function loadMapConfig(root: string, override?: string): MapConfig {
  if (override !== undefined && override.trim() !== '') {
    return validateMapConfig(parseJsonText(override, 'VITE_MAP_CONFIG'), 'VITE_MAP_CONFIG');
  }
  const name = 'data/map.config.json';
  return validateMapConfig(loadJson(join(root, name), name), name);
}

/**
 * Every file the map draws from, validated; the study-tour features must be places of
 * data/places.json (their ids are the places' ids).
 */
export function loadMapFiles(root: string, configOverride?: string): MapFiles {
  const places = loadPlaces(join(root, 'data', 'places.json'), 'data/places.json');
  const layers = loadGeoLayers(root);
  const ids = new Set(places.map((p) => p.id));
  for (const f of layers.studyTour.features) {
    const id = String(f.properties.id);
    if (!ids.has(id)) {
      const file = `data/geo/${GEO_LAYER_FILES['study-tour'].file}`;
      throw new ContentError(
        file,
        `feature ${quote(id)}`,
        'properties.id',
        'is not a place of data/places.json',
      );
    }
  }
  return {
    places,
    layers,
    credits: loadCredits(root),
    config: loadMapConfig(root, configOverride),
  };
}

/** The data files the plugins read, relative to the root: a change to any reloads. */
export const DATA_FILES: readonly string[] = [
  'data/figures.json',
  'data/places.json',
  'data/style-rules.json',
  ...EDITIONS.map((l) => `data/story.${l}.aml`),
  ...Object.values(GEO_LAYER_FILES).map((l) => `data/geo/${l.file}`),
  'data/geo/attribution.json',
  'data/map.config.json',
  'data/divisions.json',
];
