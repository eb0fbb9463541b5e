/**
 * Empty and unreadable files, for each file the build reads: 0 bytes, only whitespace, only
 * a byte-order mark, not UTF-8, a folder, missing. And files that parse to nothing useful.
 * Each gives one message naming the file; a byte-order mark before real content is fine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { validateFigures } from './figures';
import { loadFigures, loadPlaceIds, loadStory } from '../../../scripts/content/load-content';
import { parseStory } from './story';
import {
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  fixtureText,
  tempDir,
} from '../../../tests/support/content/test-corpus';

const tmp = tempDir('empty');
afterAll(() => tmp.remove());

const BOM = '\uFEFF';
const LOADERS = [
  [
    'figures.json',
    fixtureText('figures.all-kinds.json'),
    (p: string) => loadFigures(p, 'figures.json'),
  ],
  ['story.aml', FULL_STORY, (p: string) => loadStory(p, FIGURES, 'story.aml', PLACES)],
  ['places.json', fixtureText('places.ok.json'), (p: string) => loadPlaceIds(p, 'places.json')],
] as const;

type Load = (path: string) => unknown;
/** Each [what, content, detail] for each file. */
const cases = (list: [string, string | Uint8Array, string][]) =>
  LOADERS.flatMap(([name, , load]) =>
    list.map(([what, content, detail]) => [name, what, content, detail, load as Load] as const),
  );

describe('empty files', () => {
  it.each(
    cases([
      ['0 bytes', '', 'is empty (0 bytes)'],
      ['only whitespace', ' \n\t\r\n  \u3000\n', 'is empty (only whitespace)'],
      ['only a byte-order mark', BOM, 'is empty (only a byte-order mark)'],
      ['a byte-order mark and whitespace', `${BOM}\n\n`, 'is empty (only whitespace)'],
    ]),
  )('%s: %s', (name, _what, content, detail, load) => {
    const err = errorOf(() => load(tmp.write(name, content)));
    expect(err.message).toBe(`${name}: field "file": ${detail}`);
  });

  it.each(LOADERS.map(([name, text, load]) => [name, text, load] as const))(
    '%s with a byte-order mark loads as without',
    (name, text, load) => {
      expect(load(tmp.write(`bom-${name}`, BOM + text))).toEqual(load(tmp.write(name, text)));
    },
  );
});

describe('unreadable files', () => {
  const latin1 = Uint8Array.from(
    [...'{"figures": "caf'].map((c) => c.charCodeAt(0)).concat(0xe9, 0x22, 0x7d),
  );
  const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])]);

  it.each(
    cases([
      ['Latin-1 text', latin1, 'is not UTF-8 text (save it as UTF-8)'],
      ['UTF-16 text', utf16, 'is not UTF-8 text (it looks like UTF-16; save it as UTF-8)'],
    ]),
  )('%s: %s', (name, _what, content, detail, load) => {
    const err = errorOf(() => load(tmp.write(name, content)));
    expect(err.message).toBe(`${name}: field "file": ${detail}`);
  });

  it.each(LOADERS.map(([name, , load]) => [name, load] as const))(
    '%s as a folder, or missing',
    (name, load) => {
      const folder = tmp.path(`folder-${name}`);
      mkdirSync(folder);
      expect(errorOf(() => load(folder)).message).toBe(`${name}: field "file": is not a file`);
      const missing = tmp.path(`missing-${name}`);
      expect(errorOf(() => load(missing)).message).toBe(
        `${name}: field "file": cannot be read (ENOENT)`,
      );
    },
  );
});

describe('files with nothing in them', () => {
  it.each([
    ['{}', null, 'figures'],
    ['[]', null, 'figures'],
    ['null', null, 'figures'],
    ['"figures"', null, 'figures'],
    ['{ "figures": [] }', null, 'figures'],
    ['{ "figures": [{}] }', 'figure #1', 'id'],
    ['{ "figures": [], "notes": [] }', null, 'notes'],
  ])('figures.json %s', (text, item, field) => {
    const err = errorOf(() => validateFigures(JSON.parse(text), 'figures.json'));
    expectNamed(err, 'figures.json', item, field);
  });

  it.each([
    ['only prose', 'Some words\nwith no keys.\n'],
    ['only an :ignore', ':ignore\nlang: zh-CN\n'],
    ['only a :skip block', ':skip\nlang: zh-CN\n:endskip\n'],
    ['only empty lists', '[sections]\n[]\n[steps]\n[]\n'],
  ])('a story with %s', (_what, text) => {
    const err = errorOf(() => parseStory(text, 'story.aml', FIGURES, PLACES));
    expect(err.file).toBe('story.aml');
    expect(err.item).toBeNull();
  });
});
