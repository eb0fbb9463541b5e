/**
 * The map's configuration (data/map.config.json): an optional online tile layer. Off by
 * default; the offline vector basemap always draws, and stays when tiles fail. The file is
 * validated at build time (src/lib/content/map-config-file.ts) and reaches the page as
 * `virtual:map-config`.
 */
import type { TileCrs } from '../geo/crs';

/** A referrer policy a tile request can carry (the DOM type's '' means "unset"). */
export type TileReferrerPolicy = Exclude<ReferrerPolicy, ''>;

export interface TileConfig {
  /** Leaflet URL template with {z}, {x} and {y} (and optionally {s}, {r}), https only. */
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
