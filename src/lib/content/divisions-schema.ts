/**
 * The villages view's list, data/divisions.json (written by scripts/data/import-divisions.ts
 * from the 2023 statistics codes): its schema, checked at build time so a bad file stops the
 * build with one message naming the file, the entry and the field.
 */
import * as v from 'valibot';
import { ContentError } from './errors.ts';
import { issueDetail } from './schema-parts.ts';

const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const code = (digits: number) =>
  v.pipe(
    v.string('must be text'),
    v.regex(new RegExp(`^\\d{${digits}}$`), `must be ${digits} digits`),
  );
const placeId = v.pipe(
  v.string('must be text'),
  v.regex(PLACE_ID, 'must be a kebab-case place id'),
);
/** GCJ-02 [lng, lat] inside China's box, at most 5 decimals (like data/geo). */
const lngLat = v.pipe(
  v.tuple([
    v.pipe(v.number('must be a number'), v.minValue(73), v.maxValue(136)),
    v.pipe(v.number('must be a number'), v.minValue(3), v.maxValue(54)),
  ]),
  v.check(
    (p) => p.every((x) => Math.abs(x * 1e5 - Math.round(x * 1e5)) < 1e-6),
    'must have at most 5 decimals',
  ),
);

const villageSchema = v.strictObject({
  code: code(12),
  name: text,
  type: v.picklist(['village', 'community'], 'must be "village" or "community"'),
  lngLat: v.nullable(lngLat),
  named: v.boolean('must be true or false'),
  places: v.array(placeId, 'must be a list of place ids'),
});

const townshipSchema = v.strictObject({
  code: code(9),
  name: text,
  place: placeId,
  villages: v.pipe(v.array(villageSchema, 'must be a list'), v.minLength(1, 'is empty')),
});

export const divisionsSchema = v.strictObject({
  district: v.strictObject({
    code: code(6),
    name: text,
    city: text,
    province: text,
  }),
  sources: v.strictObject({ codes: text, points: text }),
  townships: v.pipe(v.array(townshipSchema, 'must be a list'), v.minLength(1, 'is empty')),
});

export type Divisions = v.InferOutput<typeof divisionsSchema>;
export type Township = Divisions['townships'][number];
export type Village = Township['villages'][number];

/**
 * Validates the file's parsed JSON; also that every code sits under its township's and
 * district's code, that no code repeats and, when `places` is given, that every place id is known.
 */
export function validateDivisions(
  raw: unknown,
  file: string,
  places?: { has(id: string): boolean },
): Divisions {
  const parsed = v.safeParse(divisionsSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = (v.getDotPath(issue) ?? '').split('.');
    const field = path.pop() || 'file';
    const item = path.length > 0 ? path.join('.') : null;
    const detail = issueDetail(issue);
    throw new ContentError(file, item, field, detail);
  }
  const data = parsed.output;
  const seen = new Set<string>();
  data.townships.forEach((t, i) => {
    const where = `townships.${i}`;
    if (!t.code.startsWith(data.district.code))
      throw new ContentError(file, where, 'code', `not under district ${data.district.code}`);
    if (places && !places.has(t.place))
      throw new ContentError(file, where, 'place', `unknown place id "${t.place}"`);
    for (const [j, village] of t.villages.entries()) {
      const at = `${where}.villages.${j}`;
      if (!village.code.startsWith(t.code))
        throw new ContentError(file, at, 'code', `not under township ${t.code}`);
      if (seen.has(village.code)) throw new ContentError(file, at, 'code', 'duplicate code');
      seen.add(village.code);
      const unknown = places && village.places.find((id) => !places.has(id));
      if (unknown) throw new ContentError(file, at, 'places', `unknown place id "${unknown}"`);
    }
  });
  return data;
}
