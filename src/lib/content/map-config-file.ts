/**
 * Build-time only: validates the map's configuration (data/map.config.json, or the
 * VITE_MAP_CONFIG a build is given instead): an optional online tile layer. The tile URL must
 * be an https:// Leaflet template (an http: tile on an https page is mixed content) with
 * {z}, {x} and {y}, and no placeholder Leaflet does not fill (it would throw on the first
 * tile). A bad config stops the build with a ContentError naming the file and the field.
 */
import * as v from 'valibot';
import { parseOrThrow, plainText, record } from './schema-parts.ts';
import type { MapConfig, TileReferrerPolicy } from '../map/config.ts';

const REFERRER_POLICIES: readonly TileReferrerPolicy[] = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
];

/** The placeholders Leaflet's TileLayer fills itself ({r}: "@2x" on a retina screen). */
export const TILE_PLACEHOLDERS = ['z', 'x', 'y', 's', 'r'] as const;
const REQUIRED = ['z', 'x', 'y'] as const;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const ALLOWED = TILE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ');

/** What is wrong with a tile URL template, or null. */
export function tileUrlProblem(url: string): string | null {
  if (!url.startsWith('https://')) {
    return 'must be an https:// URL template (http: tiles are mixed content on an https page)';
  }
  if (/[\s"'<>\\`]/.test(url)) return 'must not contain spaces, quotes, "<", ">", "\\" or "`"';
  for (const [, name] of url.matchAll(PLACEHOLDER)) {
    if (!(TILE_PLACEHOLDERS as readonly string[]).includes(name)) {
      return `has an unknown placeholder {${name}} (allowed: ${ALLOWED})`;
    }
  }
  const filled = url.replace(PLACEHOLDER, '0');
  if (/[{}]/.test(filled)) return 'has an unmatched "{" or "}"';
  for (const name of REQUIRED) if (!url.includes(`{${name}}`)) return `must contain {${name}}`;
  let parsed: URL;
  try {
    parsed = new URL(filled);
  } catch {
    return 'is not a valid URL';
  }
  if (parsed.username !== '' || parsed.password !== '')
    return 'must not contain a user name or password';
  return null;
}

const tileUrl = v.pipe(
  v.string('must be text'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = tileUrlProblem(dataset.value);
    if (problem !== null) addIssue({ message: problem });
  }),
);

const tilesSchema = record(
  {
    url: tileUrl,
    attribution: plainText(1),
    crs: v.picklist(['gcj02', 'wgs84'], 'must be "gcj02" or "wgs84"'),
    referrerPolicy: v.optional(
      v.picklist(REFERRER_POLICIES, `must be one of ${REFERRER_POLICIES.join(', ')}`),
      'strict-origin-when-cross-origin',
    ),
    maxZoom: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be an integer from 1 to 22'),
        v.minValue(1, 'must be an integer from 1 to 22'),
        v.maxValue(22, 'must be an integer from 1 to 22'),
      ),
      18,
    ),
    subdomains: v.optional(
      v.pipe(
        v.string('must be text'),
        v.regex(/^[a-z0-9]{1,10}$/, 'must be 1 to 10 letters or digits, e.g. "abc"'),
      ),
      'abc',
    ),
  },
  'must be null or an object { "url": …, "attribution": …, "crs": … }',
);

const configSchema = record(
  { tiles: v.optional(v.nullable(tilesSchema), null) },
  'must be an object like { "tiles": null }',
);

export function validateMapConfig(raw: unknown, file: string): MapConfig {
  const config = parseOrThrow(configSchema, raw, file, null, 'config');
  return { tiles: config.tiles ?? null };
}
