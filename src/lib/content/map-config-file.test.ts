import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tileUrlProblem, validateMapConfig } from './map-config-file';
import { errorOf, expectNamed } from '../../../tests/support/content/test-corpus';

const TILES = {
  url: 'https://tiles.example.com/{z}/{x}/{y}.png',
  attribution: '© Example',
  crs: 'wgs84',
};
const FILE = 'data/map.config.json';

describe('validateMapConfig', () => {
  it('accepts the shipped config, with tiles off', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../../data/map.config.json', import.meta.url), 'utf8'),
    );
    expect(validateMapConfig(raw, FILE)).toEqual({ tiles: null });
    expect(validateMapConfig({}, FILE)).toEqual({ tiles: null });
  });

  it('fills in the defaults of a tile layer', () => {
    expect(validateMapConfig({ tiles: TILES }, FILE).tiles).toEqual({
      ...TILES,
      referrerPolicy: 'strict-origin-when-cross-origin',
      maxZoom: 18,
      subdomains: 'abc',
    });
    const tiles = { ...TILES, crs: 'gcj02', referrerPolicy: 'no-referrer', subdomains: '1234' };
    expect(validateMapConfig({ tiles }, FILE).tiles).toMatchObject(tiles);
  });

  it.each([
    [[], 'config', /must be an object like/],
    [{ tiles: null, extra: 1 }, 'extra', /unknown field/],
    [{ tiles: 'osm' }, 'tiles', /must be null or an object/],
    [{ tiles: { ...TILES, url: 'ftp://x/{z}/{x}/{y}' } }, 'tiles.url', /must be an https:\/\//],
    [{ tiles: { ...TILES, url: 'http://x/{z}/{x}/{y}' } }, 'tiles.url', /mixed content/],
    [{ tiles: { ...TILES, url: 'https://x/{z}/{x}.png' } }, 'tiles.url', /must contain \{y\}/],
    [{ tiles: { ...TILES, url: 7 } }, 'tiles.url', /must be text/],
    [{ tiles: { ...TILES, attribution: ' ' } }, 'tiles.attribution', /must not be empty/],
    [{ tiles: { ...TILES, crs: 'bd09' } }, 'tiles.crs', /must be "gcj02" or "wgs84"/],
    [{ tiles: { ...TILES, referrerPolicy: 'always' } }, 'tiles.referrerPolicy', /must be one/],
    [{ tiles: { ...TILES, maxZoom: 30 } }, 'tiles.maxZoom', /from 1 to 22/],
    [{ tiles: { ...TILES, maxZoom: 2.5 } }, 'tiles.maxZoom', /from 1 to 22/],
    [{ tiles: { ...TILES, subdomains: '' } }, 'tiles.subdomains', /letters or digits/],
    [{ tiles: { ...TILES, subdomains: 'a"b' } }, 'tiles.subdomains', /letters or digits/],
    [{ tiles: { ...TILES, token: 'x' } }, 'tiles.token', /unknown field/],
  ])('rejects %j: field %s', (raw, field, message) => {
    const err = errorOf(() => validateMapConfig(raw, FILE));
    expectNamed(err, FILE, null, field);
    expect(err.message).toMatch(message);
  });
});

describe('tileUrlProblem', () => {
  it.each([
    'https://tiles.example.com/{z}/{x}/{y}.png',
    'https://{s}.tile.example.org/{z}/{x}/{y}{r}.png',
    'https://example.com/tiles?z={z}&x={x}&y={y}&style=1',
  ])('accepts %s', (url) => {
    expect(tileUrlProblem(url)).toBeNull();
  });

  it.each([
    ['http://example.com/{z}/{x}/{y}.png', /https/],
    ['//example.com/{z}/{x}/{y}.png', /https/],
    ['javascript:alert(1)//{z}/{x}/{y}', /https/],
    ['https://example.com/{z}/{x}/{y}.png?key={key}', /unknown placeholder \{key\}/],
    ['https://example.com/{z}/{x}/{-y}.png', /unknown placeholder \{-y\}/],
    ['https://example.com/{z}/{x}/{}.png', /unknown placeholder \{\}/],
    ['https://example.com/{z}/{x}/{y.png', /unmatched/],
    ['https://example.com/{z}/{x}/y}.png', /unmatched/],
    ['https://example.com/{z}/{y}.png', /must contain \{x\}/],
    ['https://example.com/{z}/{x}/{y} .png', /spaces/],
    ['https://example.com/{z}/{x}/{y}.png"><script>', /quotes/],
    ['https://user:pw@example.com/{z}/{x}/{y}.png', /user name or password/],
    ['https://exa mple.com/{z}/{x}/{y}', /spaces/],
    ['https://[::1/{z}/{x}/{y}', /not a valid URL/],
  ])('refuses %s', (url, problem) => {
    expect(tileUrlProblem(url)).toMatch(problem);
  });
});
