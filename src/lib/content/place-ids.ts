/**
 * The place ids of data/places.json, which a story's map.fit and map.highlight may name. Only
 * the ids are checked here (kebab-case, each once); the places themselves are made and tested
 * by scripts/data/import-geo.ts and src/lib/geo.
 */
import { ContentError, describeValue, quote } from './errors.ts';
import { isRecord, labelOf } from './reader.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validatePlaceIds(raw: unknown, file: string): Set<string> {
  if (!Array.isArray(raw)) {
    throw new ContentError(
      file,
      null,
      'places',
      `must be a list [ … ] (got ${describeValue(raw)})`,
    );
  }
  const ids = new Set<string>();
  raw.forEach((place, i) => {
    const id = isRecord(place) ? place.id : undefined;
    const where = labelOf('place', id, i);
    const fail = (detail: string) => new ContentError(file, where, 'id', detail);
    if (!isRecord(place)) {
      throw new ContentError(
        file,
        where,
        'place',
        `must be an object (got ${describeValue(place)})`,
      );
    }
    if (typeof id !== 'string')
      throw fail(id === undefined ? 'missing' : `must be text (got ${describeValue(id)})`);
    if (!ID.test(id)) throw fail(`${quote(id)} is not kebab-case (a-z, 0-9, -)`);
    if (ids.has(id)) throw fail('duplicate place id');
    ids.add(id);
  });
  return ids;
}
