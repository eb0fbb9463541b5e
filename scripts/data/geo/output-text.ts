/**
 * The bytes of the import's output files: one feature (or credit) per line, so that a changed
 * feature is a one-line diff; places.json as Prettier formats it, like every JSON file of the
 * repo. Pure apart from Prettier's config lookup.
 */
import { format, resolveConfig } from 'prettier';
import type { FeatureCollection } from '../../../src/lib/geo/geojson';
import type { Place } from '../../../src/lib/geo/places';
import type { Manifest } from './manifest';

/** A FeatureCollection, one feature per line. */
export function geoText(fc: FeatureCollection): string {
  const feats = fc.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${feats}\n]}\n`;
}

/** attribution.json, one credit per line. */
export function attributionText(credits: Manifest['attribution']): string {
  return `[\n${credits.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`;
}

/** places.json, formatted with the repo's Prettier options for `path`. */
export async function placesText(places: readonly Place[], path: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(places, null, 2), { ...options, parser: 'json' });
}
