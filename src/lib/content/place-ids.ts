/**
 * The place ids of data/places.json, which a story's map.fit and map.highlight may name. The
 * places are validated in full (places-file.ts): ids kebab-case and each once, names, kinds,
 * coordinates inside the map's area.
 */
import { validatePlaces } from './places-file.ts';

export function validatePlaceIds(raw: unknown, file: string): Set<string> {
  return new Set(validatePlaces(raw, file).map((p) => p.id));
}
