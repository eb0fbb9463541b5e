/**
 * What a developer sees when content is bad: the plugin's load hook throws the validator's
 * ContentError, and a real `vite build` (one child process) prints that one-line message,
 * naming file, step and field, ahead of any stack trace.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { ContentError } from '../src/lib/content/errors';
import { DATA_FILES, loadContent, loadMapFiles } from './content/load-content';
import {
  errorOf,
  placeWithId,
  replaceOnce,
  changedRoots,
} from '../tests/support/content/test-corpus';
import { contentPlugin } from './vite-plugin-content';

const REPO = resolve(import.meta.dirname, '..');
const roots = changedRoots('plugin');
afterAll(() => roots.remove());

/** A content root made from the valid one, with `change` applied; returns its path. */
const root = roots.write;

/** Calls the plugin's load hook for virtual:content, as Vite does. */
function loadHook(dir: string) {
  const watched: string[] = [];
  const hook = contentPlugin(dir).load as (this: unknown, id: string) => string | undefined;
  const context = { addWatchFile: (file: string) => watched.push(file) };
  return { watched, run: () => hook.call(context, '\0virtual:content') };
}

const zh = (f: Record<string, string>, from: string, to: string) =>
  (f['data/story.zh-CN.aml'] = replaceOnce(f['data/story.zh-CN.aml'], from, to));

describe('the load hook', () => {
  it('gives the validated content as a module and watches every data file', () => {
    const dir = root();
    const { watched, run } = loadHook(dir);
    const code = run() ?? '';
    expect(code.startsWith('export default ')).toBe(true);
    expect(JSON.parse(code.slice('export default '.length).replace(/;$/, ''))).toEqual(
      loadContent(dir),
    );
    expect(watched.sort()).toEqual(DATA_FILES.map((f) => resolve(dir, f)).sort());
    expect(DATA_FILES).toHaveLength(13);
  });

  it.each([
    [
      'a figure value as text',
      (f: Record<string, string>) =>
        (f['data/figures.json'] = f['data/figures.json'].replace(
          '"value": 2400',
          '"value": "2,400"',
        )),
    ],
    [
      'an unknown stage kind',
      (f: Record<string, string>) => zh(f, 'stage: units', 'stage: piechart'),
    ],
    [
      'an unknown place',
      (f: Record<string, string>) => zh(f, 'map.fit: donggou, maojian', 'map.fit: atlantis'),
    ],
    [
      'a duplicate place id',
      (f: Record<string, string>) =>
        (f['data/places.json'] = JSON.stringify([placeWithId('maojian'), placeWithId('maojian')])),
    ],
    ['an empty story', (f: Record<string, string>) => (f['data/story.en.aml'] = '')],
  ])('%s: throws the ContentError itself, and still watches the files', (_what, change) => {
    const dir = root(change);
    const expected = errorOf(() => loadContent(dir));
    const { watched, run } = loadHook(dir);
    const err = errorOf(run);
    expect(err).toBeInstanceOf(ContentError);
    expect(err.message).toBe(expected.message);
    expect(err.stack).toBe(`ContentError: ${expected.message}`);
    expect(watched).toHaveLength(DATA_FILES.length);
  });
});

describe('vite build with bad content', () => {
  it.each([
    [
      'an unknown stage kind',
      (f: Record<string, string>) => zh(f, 'stage: units', 'stage: piechart'),
      /^data\/story\.zh-CN\.aml: step "first" field "stage": unknown stage/,
    ],
    [
      'http tiles in data/map.config.json',
      (f: Record<string, string>) =>
        (f['data/map.config.json'] = JSON.stringify({
          tiles: { url: 'http://t.example/{z}/{x}/{y}.png', attribution: '© T', crs: 'wgs84' },
        })),
      /^data\/map\.config\.json: field "tiles\.url": must be an https:\/\//,
    ],
  ])(
    '%s: prints the one-line message naming file and field before any stack',
    { timeout: 60_000 },
    (_what, change, pattern) => {
      const dir = root(change);
      const expected = errorOf(() => {
        loadContent(dir);
        loadMapFiles(dir);
      }).message;
      expect(expected).toMatch(pattern);
      writeFileSync(
        resolve(dir, 'entry.js'),
        "import c from 'virtual:content';\nconsole.log(c);\n",
      );
      const plugin = pathToFileURL(resolve(REPO, 'scripts/vite-plugin-content.ts')).href;
      const config = resolve(dir, 'vite.config.mjs');
      writeFileSync(
        config,
        `import { contentPlugin } from ${JSON.stringify(plugin)};
export default {
  root: ${JSON.stringify(dir)},
  logLevel: 'warn',
  plugins: [contentPlugin(${JSON.stringify(dir)})],
  build: { write: false, rollupOptions: { input: ${JSON.stringify(resolve(dir, 'entry.js'))} } },
};
`,
      );
      const vite = resolve(REPO, 'node_modules/vite/bin/vite.js');
      const out = spawnSync(process.execPath, [vite, 'build', '--config', config], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', VITE_MAP_CONFIG: '' },
        timeout: 50_000,
      });
      const output = stripVTControlCharacters(`${out.stdout}\n${out.stderr}`);
      expect(out.status, output).not.toBe(0);
      const at = output.indexOf(expected);
      expect(at, output).toBeGreaterThanOrEqual(0);
      const stack = output.search(/^\s+at /m);
      expect(stack === -1 || at < stack, output).toBe(true);
      // The validator's own frames are left out: they would only bury the message.
      expect(output).not.toMatch(
        /^\s+at (Reader|readStep|validateStory|loadContent|loadMapFiles|parseOrThrow)\b/m,
      );
    },
  );
});
