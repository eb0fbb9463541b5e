/**
 * The map's configuration (data/map.config.json): an optional online tile layer. Off by
 * default; the offline vector basemap always draws, and stays when tiles fail.
 */
import { isRecord } from '../content/reader';
import type { TileCrs } from '../geo/crs';

/** A referrer policy a tile request can carry (the DOM type's '' means "unset"). */
export type TileReferrerPolicy = Exclude<ReferrerPolicy, ''>;

export interface TileConfig {
  /** Leaflet URL template with {z}, {x} and {y} (and optionally {s}), http(s) only. */
  url: string;
  /** Credit the tile provider asks for (plain text; it is escaped). */
  attribution: string;
  /** The CRS the tiles are drawn in; our GCJ-02 data is converted to it. */
  crs: TileCrs;
  referrerPolicy: TileReferrerPolicy;
  maxZoom: number;
  subdomains: string;
}

export interface MapConfig {
  tiles: TileConfig | null;
}

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

export class MapConfigError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: field "${field}": ${problem}`);
    this.name = 'MapConfigError';
  }
}

/** Validates a map config, naming the file and the field of the first problem. */
export function parseMapConfig(raw: unknown, file = 'data/map.config.json'): MapConfig {
  const fail = (field: string, problem: string) => new MapConfigError(file, field, problem);
  if (!isRecord(raw)) throw fail('(root)', 'must be an object like { "tiles": null }');
  for (const key of Object.keys(raw)) if (key !== 'tiles') throw fail(key, 'unknown field');
  const t = raw.tiles;
  if (t === null || t === undefined) return { tiles: null };
  if (!isRecord(t)) throw fail('tiles', 'must be null or an object');
  const known = ['url', 'attribution', 'crs', 'referrerPolicy', 'maxZoom', 'subdomains'];
  for (const key of Object.keys(t))
    if (!known.includes(key)) throw fail(`tiles.${key}`, 'unknown field');

  const { url, attribution, crs } = t;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url))
    throw fail('tiles.url', 'must be an http(s) URL template');
  for (const part of ['{z}', '{x}', '{y}'])
    if (!url.includes(part)) throw fail('tiles.url', `must contain ${part}`);
  if (typeof attribution !== 'string' || attribution.trim() === '')
    throw fail('tiles.attribution', 'must name the tile provider');
  if (crs !== 'gcj02' && crs !== 'wgs84') throw fail('tiles.crs', 'must be "gcj02" or "wgs84"');
  const referrerPolicy = t.referrerPolicy ?? 'strict-origin-when-cross-origin';
  if (!REFERRER_POLICIES.includes(referrerPolicy as TileReferrerPolicy))
    throw fail('tiles.referrerPolicy', `must be one of ${REFERRER_POLICIES.join(', ')}`);
  const maxZoom = t.maxZoom ?? 18;
  if (typeof maxZoom !== 'number' || !Number.isInteger(maxZoom) || maxZoom < 1 || maxZoom > 22)
    throw fail('tiles.maxZoom', 'must be an integer from 1 to 22');
  const subdomains = t.subdomains ?? 'abc';
  if (typeof subdomains !== 'string' || subdomains === '')
    throw fail('tiles.subdomains', 'must be a non-empty string');
  return {
    tiles: {
      url,
      attribution,
      crs,
      referrerPolicy: referrerPolicy as TileReferrerPolicy,
      maxZoom,
      subdomains,
    },
  };
}

/** How the optional tile layer is doing; the vector basemap draws whatever this says. */
export type TileStatus = 'off' | 'loading' | 'ok' | 'failed';

export interface TileState {
  status: TileStatus;
  loaded: number;
  errors: number;
}

export const TILES_OFF: TileState = { status: 'off', loaded: 0, errors: 0 };
export const TILES_LOADING: TileState = { status: 'loading', loaded: 0, errors: 0 };

/** Errors, before any tile loaded, after which the tile layer is given up and removed. */
export const MAX_TILE_ERRORS = 3;

/**
 * The next tile state after a tile loads or fails. A layer that has loaded a tile stays on
 * (a few missing tiles are normal); one whose first MAX_TILE_ERRORS tiles all fail has
 * failed: the map removes it and the offline basemap carries on alone.
 */
export function nextTileState(
  state: TileState,
  event: 'load' | 'error',
  maxErrors = MAX_TILE_ERRORS,
): TileState {
  if (state.status === 'off' || state.status === 'failed') return state;
  if (event === 'load') return { status: 'ok', loaded: state.loaded + 1, errors: state.errors };
  const errors = state.errors + 1;
  const status = state.loaded === 0 && errors >= maxErrors ? 'failed' : state.status;
  return { status, loaded: state.loaded, errors };
}
