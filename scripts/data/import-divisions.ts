/**
 * Builds data/divisions.json, the villages view's list: every township-level unit of 茅箭区
 * and every village and residents' committee under it, from the 2023 statistics codes
 * (../shared/geo/maojian_divisions.json), with
 *
 * - a point only where ../shared/geo/places_found_2.json gives one for that code (Vonng/adcode,
 *   GCJ-02; its rejected points are never used), rounded to 5 decimals like data/geo;
 * - the ids of the places of data/places.json that belong to it (matched by township and
 *   village name), and whether the report names it: a village place of that name, or a place
 *   whose own name contains the village's name (营子村蓝莓园, 大坪村光伏电站).
 *
 * No coordinate is typed in here. Run: npx tsx scripts/data/import-divisions.ts
 * (SHARED_DIR overrides ../shared). Validated at build time by src/lib/content/divisions-schema.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Place } from '../../src/lib/geo/places';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');
const OUT = join(ROOT, 'data/divisions.json');

interface SharedDivisions {
  metadata: { source: string; upstream_data: string; license: string };
  district: { code: string; name: string };
  townships: {
    code: string;
    name: string;
    type: string;
    villages: { code: string; name: string; short_name: string; type: string }[];
  }[];
}
interface SharedPoint {
  village_code: string | null;
  lng_gcj02: number | null;
  lat_gcj02: number | null;
  precision: string;
}
interface SharedPoints {
  metadata: { sources: { adcode: string } };
  places: SharedPoint[];
}

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as T;

const divisions = read<SharedDivisions>(join(SHARED, 'geo/maojian_divisions.json'));
const found = read<SharedPoints>(join(SHARED, 'geo/places_found_2.json'));
const places = read<Place[]>(join(ROOT, 'data/places.json'));

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Village code → GCJ-02 point, from the accepted village/community points only. */
const points = new Map<string, [number, number]>();
for (const p of found.places) {
  if (!p.village_code || p.lng_gcj02 == null || p.lat_gcj02 == null) continue;
  if (!p.precision.startsWith('village/community point')) continue;
  if (points.has(p.village_code)) throw new Error(`two points for ${p.village_code}`);
  points.set(p.village_code, [round(p.lng_gcj02), round(p.lat_gcj02)]);
}

/** The township place of data/places.json for a unit (白浪开发区白浪街道 is 白浪街道 there). */
function townshipPlace(name: string): Place {
  const place = places.find((p) => p.kind === 'township' && name.endsWith(p.name.zh));
  if (!place) throw new Error(`data/places.json has no township for ${name}`);
  return place;
}

const townships = divisions.townships.map((t) => {
  const place = townshipPlace(t.name);
  const villages = t.villages.map((v) => {
    const name = v.short_name;
    const linked = places.filter((p) => p.village?.zh === name && p.township?.zh === place.name.zh);
    const named = linked.some(
      (p) => (p.kind === 'village' && p.name.zh === name) || p.name.zh.includes(name),
    );
    return {
      code: v.code,
      name,
      type: v.type.startsWith('村委会') ? 'village' : 'community',
      lngLat: points.get(v.code) ?? null,
      named,
      places: linked.map((p) => p.id),
    };
  });
  return { code: t.code, name: t.name, place: place.id, villages };
});

const used = new Set(townships.flatMap((t) => t.villages.map((v) => v.code)));
for (const code of points.keys()) {
  if (!used.has(code)) throw new Error(`point for ${code}, which is not in the 2023 codes`);
}

const out = {
  district: divisions.district,
  sources: {
    codes: `${divisions.metadata.upstream_data}; ${divisions.metadata.source}; ${divisions.metadata.license}. Via ../shared/geo/maojian_divisions.json.`,
    points: `${found.metadata.sources.adcode} Village and community points only (GCJ-02, rounded to 5 decimals), via ../shared/geo/places_found_2.json; its rejected points are not used.`,
  },
  townships,
};

const options = (await resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await format(JSON.stringify(out), { ...options, parser: 'json' }));
const all = townships.flatMap((t) => t.villages);
console.info(
  `wrote data/divisions.json: ${townships.length} townships, ${all.length} villages and communities, ` +
    `${all.filter((v) => v.lngLat).length} located, ${all.filter((v) => v.named).length} named in the report`,
);
