/**
 * The bad-input corpus: one hostile or broken edit of every file under data/ at a time, run
 * through the content plugin's load hook (what `vite build` calls: loadContent and
 * loadMapFiles on the root's data/). Each must stop it with one ContentError whose message is
 * one line naming the file and the field, and none may touch Object.prototype. The real
 * `vite build` on such a root is in vite-plugin-content.test.ts.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../src/lib/content/errors';
import { MAX_FILE_BYTES } from '../src/lib/content/limits';
import {
  errorOf,
  fixtureText,
  replaceOnce,
  changedRoots,
} from '../tests/support/content/test-corpus';
import { contentPlugin } from './vite-plugin-content';

const roots = changedRoots('bad-data');
afterAll(() => roots.remove());

type Files = Record<string, string>;
/** A parsed JSON document, edited freely by the cases below (any shape is the point). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const root = (change: (files: Files) => void): string => roots.write(change);

/** The plugin's load hook for `id`, as Vite calls it, on `dir`. */
function load(dir: string, id = '\0virtual:content', env?: string) {
  const plugin = contentPlugin(dir);
  (plugin.configResolved as (c: unknown) => void)({ env: { VITE_MAP_CONFIG: env } });
  const hook = plugin.load as (this: unknown, id: string) => string | undefined;
  return hook.call({ addWatchFile: () => {} }, id);
}

/** Edits the JSON of `file`; `edit` may change it in place or return a new value. */
const json =
  (file: string, edit: (doc: Json) => unknown) =>
  (f: Files): void => {
    const doc = JSON.parse(f[file]) as Json;
    const out = edit(doc);
    f[file] = JSON.stringify(out === undefined ? doc : out);
  };
const text = (file: string, from: string, to: string) => (f: Files) => {
  f[file] = replaceOnce(f[file], from, to);
};
const ZH = 'data/story.zh-CN.aml';
const EN = 'data/story.en.aml';
const FIGURES = 'data/figures.json';
const PLACES = 'data/places.json';
const CREDITS = 'data/geo/attribution.json';
const CONFIG = 'data/map.config.json';
const geo = (name: string) => `data/geo/${name}.json`;
const feature = (doc: Json, i = 0) => (doc.features as Json[])[i] as Json;
const tiles = (t: Record<string, unknown>) => (f: Files) => {
  f[CONFIG] = JSON.stringify({
    tiles: {
      url: 'https://tiles.example.com/{z}/{x}/{y}.png',
      attribution: '© Example',
      crs: 'wgs84',
      ...t,
    },
  });
};
const HTML = '<img src=x onerror=alert(1)>';
const padded = (doc: string) => doc + ' '.repeat(MAX_FILE_BYTES + 1 - doc.length);

// [what, edit, file, field]
const CASES: [string, (f: Files) => void, string, string][] = [
  // The story (ArchieML)
  [
    'story: a __proto__.url key',
    text(EN, 'lang: en', 'lang: en\n__proto__.url: https://evil.example/'),
    EN,
    '__proto__',
  ],
  [
    'story: a {__proto__} scope',
    text(ZH, 'dek: 导语', 'dek: 导语\n{__proto__}\nurl: x\n{}'),
    ZH,
    '__proto__',
  ],
  [
    'story: a {constructor.prototype} scope',
    text(ZH, 'dek: 导语', 'dek: 导语\n{constructor.prototype}\nurl: x\n{}'),
    ZH,
    'constructor',
  ],
  [
    'story: a [prototype] list',
    text(ZH, 'dek: 导语', 'dek: 导语\n[prototype]\n* x\n[]'),
    ZH,
    'prototype',
  ],
  [
    'story: a step key map.constructor',
    text(ZH, 'map.view: district', 'map.view: district\nmap.constructor: x'),
    ZH,
    'constructor',
  ],
  [
    'story: a wrong type (title as a list)',
    text(ZH, 'title: 标题', '[title]\n* 标题\n[]'),
    ZH,
    'title',
  ],
  ['story: an oversized file', (f) => (f[ZH] = padded(f[ZH])), ZH, 'file'],
  [
    'story: an emphasis on a figure the step does not show',
    text(
      ZH,
      'figures: households, villages',
      'figures: households, villages\nemphasis.reveal: forest',
    ),
    ZH,
    'emphasis.reveal',
  ],
  [
    'story: an emphasis only one edition has',
    text(
      EN,
      'figures: households, villages',
      'figures: households, villages\nemphasis.figures: households',
    ),
    EN,
    'emphasis',
  ],
  [
    'story: a figure typed into a note',
    text(ZH, '* 第二条说明', '* 入社贫困户2400多户'),
    ZH,
    'note',
  ],
  [
    'story: a note that misquotes the report',
    text(ZH, '* 第二条说明', '* 报道写的是“2400户”'),
    ZH,
    'note',
  ],
  // figures.json
  [
    'figures: a "__proto__" key',
    json(FIGURES, (d) =>
      JSON.parse(JSON.stringify(d).replace('{"id"', '{"__proto__":{"url":"x"},"id"')),
    ),
    FIGURES,
    '__proto__',
  ],
  [
    'figures: a value as text',
    json(FIGURES, (d) => void ((d.figures as Json[])[0].value = '2,400')),
    FIGURES,
    'value',
  ],
  [
    'figures: HTML in a label',
    json(FIGURES, (d) => void (((d.figures as Json[])[0].label as Json).zh = HTML)),
    FIGURES,
    'label.zh',
  ],
  ['figures: an oversized file', (f) => (f[FIGURES] = padded(f[FIGURES])), FIGURES, 'file'],
  // places.json
  [
    'places: a "__proto__" key',
    (f) =>
      (f[PLACES] = f[PLACES].replace(
        '"id": "donggou"',
        '"__proto__": {"url": "x"}, "id": "donggou"',
      )),
    PLACES,
    '__proto__',
  ],
  [
    'places: a "constructor" key',
    (f) => (f[PLACES] = f[PLACES].replace('"id": "donggou"', '"constructor": {}, "id": "donggou"')),
    PLACES,
    'constructor',
  ],
  [
    'places: lngLat as text',
    json(PLACES, (d) => void (d[1].lngLat = '110.7, 32.5')),
    PLACES,
    'lngLat',
  ],
  [
    'places: lng and lat swapped (out of the map)',
    json(
      PLACES,
      (d) => void (d[1].lngLat = [(d[1].lngLat as number[])[1], (d[1].lngLat as number[])[0]]),
    ),
    PLACES,
    'lngLat',
  ],
  [
    'places: a coordinate in metres',
    json(PLACES, (d) => void (d[1].lngLat = [12327000, 3826000])),
    PLACES,
    'lngLat',
  ],
  [
    'places: HTML in a name',
    json(PLACES, (d) => void ((d[1].name as Json).en = HTML)),
    PLACES,
    'name.en',
  ],
  [
    'places: markup in the kind',
    json(PLACES, (d) => void (d[1].kind = 'village" onmouseover="alert(1)')),
    PLACES,
    'kind',
  ],
  [
    'places: an unknown precision',
    json(PLACES, (d) => void (d[1].precision = 'precise')),
    PLACES,
    'precision',
  ],
  [
    'places: a coordinate with precision none',
    json(PLACES, (d) => void (d[1].precision = 'none')),
    PLACES,
    'precision',
  ],
  [
    'places: an unknown field',
    json(PLACES, (d) => void (d[1].url = 'https://evil.example/')),
    PLACES,
    'url',
  ],
  ['places: not a list', (f) => (f[PLACES] = '{"places": []}'), PLACES, 'places'],
  ['places: an oversized file', (f) => (f[PLACES] = padded(f[PLACES])), PLACES, 'file'],
  // data/geo/attribution.json
  [
    'credits: a "__proto__" key',
    (f) => (f[CREDITS] = f[CREDITS].replace('{"id":"datav"', '{"__proto__":{},"id":"datav"')),
    CREDITS,
    '__proto__',
  ],
  [
    'credits: HTML in a text',
    json(CREDITS, (d) => void ((d[0].text as Json).en = HTML)),
    CREDITS,
    'text.en',
  ],
  [
    'credits: a licence as a number',
    json(CREDITS, (d) => void (d[0].license = 4)),
    CREDITS,
    'license',
  ],
  ['credits: a duplicate id', json(CREDITS, (d) => void (d[1].id = 'datav')), CREDITS, 'id'],
  ['credits: an oversized file', (f) => (f[CREDITS] = padded(f[CREDITS])), CREDITS, 'file'],
  // data/geo/*.json layers
  [
    'districts: a "__proto__" key in properties',
    (f) =>
      (f[geo('shiyan-districts')] = f[geo('shiyan-districts')].replace(
        '"adcode":420302',
        '"__proto__":{"focus":true},"adcode":420302',
      )),
    geo('shiyan-districts'),
    '__proto__',
  ],
  [
    'districts: a coordinate out of the map',
    json(
      geo('shiyan-districts'),
      (d) =>
        void ((feature(d).geometry as Json).coordinates = [
          [
            [
              [10.6, 32.4],
              [110.9, 32.4],
              [110.9, 32.7],
              [10.6, 32.4],
            ],
          ],
        ]),
    ),
    geo('shiyan-districts'),
    'geometry.coordinates.0.0.0',
  ],
  [
    'districts: an open ring',
    json(
      geo('shiyan-districts'),
      (d) =>
        void ((feature(d).geometry as Json).coordinates = [
          [
            [
              [110.6, 32.4],
              [110.9, 32.4],
              [110.9, 32.7],
              [110.6, 32.7],
            ],
          ],
        ]),
    ),
    geo('shiyan-districts'),
    'geometry.coordinates.0.0',
  ],
  [
    'districts: focus as text',
    json(geo('shiyan-districts'), (d) => void ((feature(d).properties as Json).focus = 'yes')),
    geo('shiyan-districts'),
    'properties.focus',
  ],
  [
    'outline: a Polygon where the layer has MultiPolygons',
    json(geo('maojian-outline'), (d) => void ((feature(d).geometry as Json).type = 'Polygon')),
    geo('maojian-outline'),
    'geometry.type',
  ],
  [
    'outline: a position of three numbers',
    json(
      geo('maojian-outline'),
      (d) =>
        void (((feature(d).geometry as Json).coordinates as number[][][][])[0][0][1] = [
          110.9, 32.4, 100,
        ]),
    ),
    geo('maojian-outline'),
    'geometry.coordinates.0.0.1',
  ],
  [
    'provinces: no features',
    json(geo('provinces'), (d) => void (d.features = [])),
    geo('provinces'),
    'features',
  ],
  [
    'provinces: not a FeatureCollection',
    json(geo('provinces'), (d) => void (d.type = 'Topology')),
    geo('provinces'),
    'type',
  ],
  [
    'rivers: HTML in a name',
    json(geo('rivers'), (d) => void ((feature(d).properties as Json).name_en = HTML)),
    geo('rivers'),
    'properties.name_en',
  ],
  [
    'rivers: an unknown property',
    json(geo('rivers'), (d) => void ((feature(d).properties as Json).style = 'x')),
    geo('rivers'),
    'properties.style',
  ],
  [
    'rivers: a line of one position',
    json(
      geo('rivers'),
      (d) => void ((feature(d).geometry as Json).coordinates = [[[110.5, 32.7]]]),
    ),
    geo('rivers'),
    'geometry.coordinates.0',
  ],
  [
    'study-tour: an unknown feature kind',
    json(geo('study-tour'), (d) => void ((feature(d).properties as Json).kind = 'capital')),
    geo('study-tour'),
    'properties.kind',
  ],
  [
    'study-tour: a feature that is not a place',
    json(
      geo('study-tour'),
      (d) => void (d.features as Json[]).forEach((x) => ((x.properties as Json).id = 'atlantis')),
    ),
    geo('study-tour'),
    'properties.id',
  ],
  [
    'study-tour: a seat out of the map',
    json(
      geo('study-tour'),
      (d) => void ((feature(d, 1).geometry as Json).coordinates = [-113.1, 31]),
    ),
    geo('study-tour'),
    'geometry.coordinates',
  ],
  [
    'study-tour: an oversized file',
    (f) => (f[geo('study-tour')] = padded(f[geo('study-tour')])),
    geo('study-tour'),
    'file',
  ],
  [
    'study-tour: broken JSON',
    (f) => (f[geo('study-tour')] = f[geo('study-tour')].slice(0, 100)),
    geo('study-tour'),
    'json',
  ],
  // data/map.config.json
  [
    'config: http tiles',
    tiles({ url: 'http://tiles.example.com/{z}/{x}/{y}.png' }),
    CONFIG,
    'tiles.url',
  ],
  [
    'config: a javascript: URL',
    tiles({ url: 'javascript:alert(1)//{z}/{x}/{y}' }),
    CONFIG,
    'tiles.url',
  ],
  [
    'config: an unknown placeholder',
    tiles({ url: 'https://tiles.example.com/{z}/{x}/{y}.png?key={apiKey}' }),
    CONFIG,
    'tiles.url',
  ],
  ['config: no {y}', tiles({ url: 'https://tiles.example.com/{z}/{x}.png' }), CONFIG, 'tiles.url'],
  [
    'config: a "__proto__" key',
    (f) => (f[CONFIG] = '{"tiles": null, "__proto__": {"url": "x"}}'),
    CONFIG,
    '__proto__',
  ],
  ['config: maxZoom as text', tiles({ maxZoom: '18' }), CONFIG, 'tiles.maxZoom'],
  ['config: HTML in the attribution', tiles({ attribution: HTML }), CONFIG, 'tiles.attribution'],
  ['config: an unknown field', tiles({ token: 'secret' }), CONFIG, 'tiles.token'],
  ['config: an oversized file', (f) => (f[CONFIG] = padded(f[CONFIG])), CONFIG, 'file'],
];

const PROTO = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO);
  expect(({} as Record<string, unknown>).url).toBeUndefined();
});

describe('every data file, through the load hook of the build', () => {
  it('the valid root loads (so each failure below is its edit)', () => {
    const dir = root(() => {});
    expect(load(dir)).toMatch(/^export default /);
    expect(load(dir, '\0virtual:map-config')).toBe('export default {"tiles":null};');
    expect(fixtureText('map.config.json')).toContain('null');
  });

  it.each(CASES)('%s', (_what, change, file, field) => {
    const dir = root(change);
    for (const id of ['\0virtual:content', '\0virtual:map-config', '\0virtual:stage-data/en']) {
      const err = errorOf(() => load(dir, id));
      expect(err).toBeInstanceOf(ContentError);
      expect(err.file).toBe(file);
      expect(err.field).toBe(field);
      expect(err.message.split('\n')).toHaveLength(1);
      expect(err.message).toMatch(new RegExp(`^${file}:( [^\\n]+)? field "${field}": \\S`));
      expect(err.stack).toBe(`ContentError: ${err.message}`);
    }
    if (process.env.SHOW_MESSAGES) console.info(errorOf(() => load(dir)).message);
  });

  it('the VITE_MAP_CONFIG a build is given is checked the same way', () => {
    const dir = root(() => {});
    const http = JSON.stringify({
      tiles: { url: 'http://x.example/{z}/{x}/{y}.png', attribution: 'x', crs: 'wgs84' },
    });
    const err = errorOf(() => load(dir, '\0virtual:map-config', http));
    expect(err.message).toMatch(/^VITE_MAP_CONFIG: field "tiles\.url": must be an https:\/\//);
    const ok = JSON.stringify({
      tiles: { url: 'https://{s}.x.example/{z}/{x}/{y}{r}.png', attribution: 'x', crs: 'wgs84' },
    });
    expect(load(dir, '\0virtual:map-config', ok)).toContain('"subdomains":"abc"');
  });
});
