import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  MAX_TILE_ERRORS,
  nextTileState,
  parseMapConfig,
  TILES_LOADING,
  TILES_OFF,
  type TileState,
} from './config';

const TILES = {
  url: 'https://tiles.example.com/{z}/{x}/{y}.png',
  attribution: '© Example',
  crs: 'wgs84',
};

describe('parseMapConfig', () => {
  it('accepts the shipped config, with tiles off', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../../data/map.config.json', import.meta.url), 'utf8'),
    );
    expect(parseMapConfig(raw)).toEqual({ tiles: null });
  });

  it('fills in the defaults of a tile layer', () => {
    expect(parseMapConfig({ tiles: TILES }).tiles).toEqual({
      ...TILES,
      referrerPolicy: 'strict-origin-when-cross-origin',
      maxZoom: 18,
      subdomains: 'abc',
    });
    expect(
      parseMapConfig({ tiles: { ...TILES, crs: 'gcj02', referrerPolicy: 'no-referrer' } }).tiles
        ?.referrerPolicy,
    ).toBe('no-referrer');
  });

  it.each([
    [[], /\(root\)/],
    [{ tiles: null, extra: 1 }, /"extra": unknown field/],
    [{ tiles: 'osm' }, /"tiles": must be null or an object/],
    [{ tiles: { ...TILES, url: 'ftp://x/{z}/{x}/{y}' } }, /"tiles.url": must be an http/],
    [{ tiles: { ...TILES, url: 'https://x/{z}/{x}.png' } }, /"tiles.url": must contain \{y\}/],
    [{ tiles: { ...TILES, attribution: ' ' } }, /"tiles.attribution"/],
    [{ tiles: { ...TILES, crs: 'bd09' } }, /"tiles.crs": must be "gcj02" or "wgs84"/],
    [{ tiles: { ...TILES, referrerPolicy: 'always' } }, /"tiles.referrerPolicy"/],
    [{ tiles: { ...TILES, maxZoom: 30 } }, /"tiles.maxZoom"/],
    [{ tiles: { ...TILES, token: 'x' } }, /"tiles.token": unknown field/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseMapConfig(raw, 'data/map.config.json')).toThrow(message);
    expect(() => parseMapConfig(raw)).toThrow(/^data\/map\.config\.json: field/);
  });
});

describe('nextTileState', () => {
  const run = (events: ('load' | 'error')[], from: TileState = TILES_LOADING) =>
    events.reduce((s, e) => nextTileState(s, e), from);

  it('gives up the tiles when the first tiles all fail', () => {
    const errors = Array<'error'>(MAX_TILE_ERRORS).fill('error');
    expect(run(errors.slice(1)).status).toBe('loading');
    expect(run(errors).status).toBe('failed');
    expect(run([...errors, 'load']).status).toBe('failed'); // failed is final
  });

  it('keeps tiles that have loaded, whatever fails later', () => {
    const s = run(['load', 'error', 'error', 'error', 'error']);
    expect(s).toEqual({ status: 'ok', loaded: 1, errors: 4 });
  });

  it('ignores events when tiles are off', () => {
    expect(run(['error', 'error', 'error', 'load'], TILES_OFF)).toBe(TILES_OFF);
  });
});
