import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDivisions } from './divisions-schema';

const file = new URL('../../../data/divisions.json', import.meta.url);
const raw = (): Record<string, unknown> =>
  JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
/** The import's input, beside the repository (../shared) when it is there. */
const sharedFile = new URL('../../../../shared/geo/maojian_divisions.json', import.meta.url);
type Shared = { townships: { code: string; villages: { code: string; short_name: string }[] }[] };
const placeIds = new Set(
  (
    JSON.parse(readFileSync(new URL('../../../data/places.json', import.meta.url), 'utf8')) as {
      id: string;
    }[]
  ).map((p) => p.id),
);

describe('data/divisions.json', () => {
  const data = validateDivisions(raw(), 'data/divisions.json', placeIds);

  it.skipIf(!existsSync(sharedFile))('holds every code of the 2023 list, in its order', () => {
    const shared = JSON.parse(readFileSync(sharedFile, 'utf8')) as Shared;
    expect(data.townships.map((t) => t.code)).toEqual(shared.townships.map((t) => t.code));
    for (const [i, t] of data.townships.entries()) {
      expect(t.villages.map((v) => [v.code, v.name])).toEqual(
        shared.townships[i].villages.map((v) => [v.code, v.short_name]),
      );
    }
    expect(data.townships.flatMap((t) => t.villages)).toHaveLength(84);
  });

  it('counts 41 village and 43 residents’ committees', () => {
    const all = data.townships.flatMap((t) => t.villages);
    expect(all.filter((v) => v.type === 'village')).toHaveLength(41);
    expect(all.filter((v) => v.type === 'community')).toHaveLength(43);
  });

  it('has no point for the villages with no public coordinate (营子村 was rejected)', () => {
    const byName = new Map(data.townships.flatMap((t) => t.villages).map((v) => [v.name, v]));
    for (const name of ['营子村', '马家河村', '大坪村'])
      expect(byName.get(name)?.lngLat).toBeNull();
    expect(byName.get('东沟村')?.lngLat).not.toBeNull();
  });
});

describe('validateDivisions', () => {
  it('names the entry and field of a bad code', () => {
    const bad = raw();
    const townships = bad.townships as { villages: { code: string }[] }[];
    townships[1].villages[2].code = '42030200200X';
    expect(() => validateDivisions(bad, 'data/divisions.json')).toThrow(
      'data/divisions.json: townships.1.villages.2 field "code": must be 12 digits',
    );
  });

  it('rejects an unknown field, a code outside its township and a repeated code', () => {
    const extra = raw();
    (extra.townships as Record<string, unknown>[])[0].extra = 1;
    expect(() => validateDivisions(extra, 'f')).toThrow('field "extra": unknown field');
    const moved = raw();
    const ts = moved.townships as { villages: { code: string }[] }[];
    ts[0].villages[0].code = ts[1].villages[0].code;
    expect(() => validateDivisions(moved, 'f')).toThrow('not under township');
    const twice = raw();
    const t0 = (twice.townships as { villages: { code: string }[] }[])[0];
    t0.villages[1].code = t0.villages[0].code;
    expect(() => validateDivisions(twice, 'f')).toThrow('duplicate code');
  });

  it('rejects a point with too many decimals and an unknown place id', () => {
    const fine = raw();
    const v0 = (fine.townships as { villages: { lngLat: unknown; places: string[] }[] }[])[0]
      .villages[0];
    v0.lngLat = [110.123456, 32.5];
    expect(() => validateDivisions(fine, 'f')).toThrow('at most 5 decimals');
    v0.lngLat = null;
    v0.places = ['nowhere'];
    expect(() => validateDivisions(fine, 'f', placeIds)).toThrow('unknown place id "nowhere"');
  });
});
