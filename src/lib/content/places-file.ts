/**
 * Build-time only: validates data/places.json (written by scripts/data/import-geo.ts) into
 * Place records. A place is drawn only where it has a coordinate, so a coordinate outside the
 * map's area, a name with markup or an unknown kind stops the build with a ContentError naming
 * the file, the place and the field.
 */
import * as v from 'valibot';
import { ContentError, quote } from './errors.ts';
import { MAX_LIST_ITEMS } from './limits.ts';
import { lngLatSchema } from './map-area.ts';
import {
  bilingual,
  itemLabel,
  jsonList,
  kebabId,
  parseOrThrow,
  record,
  text,
} from './schema-parts.ts';
import type { Place, PlaceKind, Precision } from '../geo/places.ts';

/** Every kind and precision of the types, once (a record, so the compiler sees a new one). */
const KINDS: Record<PlaceKind, true> = {
  'district-seat': true,
  township: true,
  village: true,
  site: true,
  homestay: true,
  county: true,
  region: true,
};
const PRECISION_SET: Record<Precision, true> = {
  exact: true,
  approximate: true,
  township: true,
  none: true,
  schematic: true,
};
export const PLACE_KINDS = Object.keys(KINDS) as PlaceKind[];
export const PRECISIONS = Object.keys(PRECISION_SET) as Precision[];

const placeSchema = record(
  {
    id: kebabId,
    name: bilingual(1),
    kind: v.picklist(PLACE_KINDS, `must be one of ${PLACE_KINDS.join(', ')}`),
    township: v.nullable(bilingual(1)),
    village: v.nullable(bilingual(1)),
    lngLat: v.nullable(lngLatSchema),
    precision: v.picklist(PRECISIONS, `must be one of ${PRECISIONS.join(', ')}`),
    precisionNote: bilingual(1),
    note: bilingual(1),
    source: text(1),
    townships: v.optional(
      v.pipe(v.array(kebabId, 'must be a list of place ids'), v.minLength(1, 'must not be empty')),
    ),
  },
  'must be an object { "id": …, "name": …, … }',
);

export function validatePlaces(raw: unknown, file: string): Place[] {
  const list = parseOrThrow(jsonList('places', MAX_LIST_ITEMS), raw, file, null, 'places');
  const byId = new Map<string, Place>();
  const places = list.map((item, index) => {
    const where = itemLabel('place', item, index);
    const place = parseOrThrow(placeSchema, item, file, where, 'place') as Place;
    const fail = (field: string, detail: string) => new ContentError(file, where, field, detail);
    if (byId.has(place.id)) throw fail('id', 'duplicate place id');
    byId.set(place.id, place);
    if ((place.lngLat === null) !== (place.precision === 'none')) {
      throw fail(
        'precision',
        place.lngLat === null
          ? `is ${quote(place.precision)}, but the place has no coordinate (use "none")`
          : '"none" is only for a place without a coordinate',
      );
    }
    if (place.townships !== undefined && place.kind !== 'region') {
      throw fail('townships', 'only a region lists townships');
    }
    return place;
  });
  for (const place of places) {
    for (const id of place.townships ?? []) {
      if (byId.get(id)?.kind !== 'township') {
        throw new ContentError(
          file,
          `place ${quote(place.id)}`,
          'townships',
          `${quote(id)} is not a township place`,
        );
      }
    }
  }
  return places;
}
