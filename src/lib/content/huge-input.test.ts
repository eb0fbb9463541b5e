/**
 * Huge input: files over the size limit (refused before they are read), JSON nested too
 * deep, too many figures or steps, text fields too long. Inputs are made here at run time.
 * Each gets one ContentError stating the size and the limit; none takes long.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openSync, closeSync, ftruncateSync } from 'node:fs';
import { validateFigures } from './figures';
import { loadFigures, loadStory } from '../../../scripts/content/load-content';
import {
  MAX_FIGURES,
  MAX_FILE_BYTES,
  MAX_JSON_DEPTH,
  MAX_LIST_ITEMS,
  MAX_TEXT_CHARS,
  count,
} from './limits';
import { parseStory } from './story';
import type { Figure } from './types';
import {
  ALL_KINDS,
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  fixtureText,
  replaceOnce,
  tempDir,
} from '../../../tests/support/content/test-corpus';

const tmp = tempDir('huge');
afterAll(() => tmp.remove());

const FIGURES_JSON = fixtureText('figures.all-kinds.json');
const limitText = (measured: string, limit: number) => `${measured}; the limit is ${count(limit)}`;
/** `text` padded with trailing newlines to exactly `bytes` bytes of UTF-8. */
const padTo = (text: string, bytes: number) => text + '\n'.repeat(bytes - Buffer.byteLength(text));
const story = (text: string) => parseStory(text, 'story.aml', FIGURES, PLACES);

describe('file size', () => {
  it.each([
    ['figures.json', FIGURES_JSON, (p: string) => loadFigures(p, 'figures.json')],
    ['story.aml', FULL_STORY, (p: string) => loadStory(p, FIGURES, 'story.aml', PLACES)],
  ])('%s one byte over the limit is refused, with its size and the limit', (name, text, load) => {
    const path = tmp.write(`over-${name}`, padTo(text, MAX_FILE_BYTES + 1));
    const err = errorOf(() => load(path));
    expectNamed(err, name, null, 'file');
    expect(err.message).toBe(
      `${name}: field "file": ${limitText(`is ${count(MAX_FILE_BYTES + 1)} bytes`, MAX_FILE_BYTES)}`,
    );
  });

  it.each([
    ['figures.json', FIGURES_JSON, (p: string) => loadFigures(p, 'figures.json').length],
    ['story.aml', FULL_STORY, (p: string) => loadStory(p, FIGURES, 'story.aml').steps.length],
  ])('%s of exactly the limit still loads', (name, text, load) => {
    expect(load(tmp.write(`at-${name}`, padTo(text, MAX_FILE_BYTES)))).toBeGreaterThan(0);
  });

  it('a 3 GiB file is refused from its size, without reading it', () => {
    const path = tmp.path('sparse.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3); // sparse: takes no disk space
    closeSync(fd);
    const err = errorOf(() => loadFigures(path, 'figures.json'));
    expect(err.message).toContain(`is ${count(3 * 1024 ** 3)} bytes; the limit is`);
  });
});

describe('JSON nesting', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it(`${MAX_JSON_DEPTH + 1} levels are refused before parsing, saying where`, () => {
    const path = tmp.write('deep.json', `{\n  "figures": ${nested(MAX_JSON_DEPTH)}\n}`);
    const err = errorOf(() => loadFigures(path, 'figures.json'));
    expectNamed(err, 'figures.json', null, 'json');
    const at = `line 2, column ${14 + MAX_JSON_DEPTH - 1}`;
    expect(err.message).toContain(
      limitText(`is nested ${MAX_JSON_DEPTH + 1} levels deep at ${at}`, MAX_JSON_DEPTH),
    );
  });

  it(`${MAX_JSON_DEPTH} levels pass the depth check (and fail on shape instead)`, () => {
    const path = tmp.write('deep-ok.json', `{"figures": [${nested(MAX_JSON_DEPTH - 2)}]}`);
    expectNamed(
      errorOf(() => loadFigures(path, 'f.json')),
      'f.json',
      'figure #1',
      'figure',
    );
  });

  it('half a million levels (1 MB) are refused quickly', () => {
    const path = tmp.write('deeper.json', nested(MAX_FILE_BYTES / 2));
    expectNamed(
      errorOf(() => loadFigures(path, 'f.json')),
      'f.json',
      null,
      'json',
    );
  });

  it('brackets inside strings do not count', () => {
    const text = FIGURES_JSON.replace('"贫困户"', JSON.stringify(`贫困户${'[{'.repeat(50)}\\"`));
    const figures = loadFigures(tmp.write('brackets.json', text), 'f.json');
    expect(figures[0].label.zh).toBe(`贫困户${'[{'.repeat(50)}\\"`);
  });
});

describe('counts', () => {
  const manyFigures = (n: number) => ({
    figures: Array.from({ length: n }, (_, i) => ({ ...ALL_KINDS[0], id: `figure-${i}` })),
  });

  it(`${MAX_FIGURES + 1} figures are refused`, () => {
    const err = errorOf(() => validateFigures(manyFigures(MAX_FIGURES + 1), 'f.json'));
    expectNamed(err, 'f.json', null, 'figures');
    expect(err.message).toContain(limitText(`has ${count(MAX_FIGURES + 1)} figures`, MAX_FIGURES));
  });

  it(`${MAX_FIGURES} figures load`, () => {
    expect(validateFigures(manyFigures(MAX_FIGURES), 'f.json')).toHaveLength(MAX_FIGURES);
  });

  const steps = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `id: step-${i}\nsection: opening\nstage: units\nfigures: households\ntext: 第{households}步。\n`,
    ).join('\n');
  const withSteps = (n: number) =>
    FULL_STORY.replace(/\[steps\][^]*?\n\[\]\n/, `[steps]\n${steps(n)}[]\n`);

  it(`${MAX_LIST_ITEMS + 1} steps are refused`, () => {
    const err = errorOf(() => story(withSteps(MAX_LIST_ITEMS + 1)));
    expectNamed(err, 'story.aml', null, 'steps');
    expect(err.message).toContain(
      limitText(`has ${count(MAX_LIST_ITEMS + 1)} entries`, MAX_LIST_ITEMS),
    );
  });

  it(`${MAX_LIST_ITEMS} steps load`, () => {
    expect(story(withSteps(MAX_LIST_ITEMS)).steps).toHaveLength(MAX_LIST_ITEMS);
  });

  it.each([
    ['sections', (i: number) => `id: s-${i}\ntitle: 节\n`],
    ['notes', () => '* 说明\n'],
    ['sources', () => 'title: 来源\nby: 某人\nnote: 用途\n'],
  ])(`${MAX_LIST_ITEMS + 1} %s are refused`, (name, entry) => {
    const list = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => entry(i)).join('\n');
    const text = FULL_STORY.replace(
      new RegExp(`\\[${name}\\][^]*?\\n\\[\\]\\n`),
      `[${name}]\n${list}[]\n`,
    );
    expectNamed(
      errorOf(() => story(text)),
      'story.aml',
      null,
      name,
    );
  });
});

describe('text length', () => {
  const long = (n: number) => '很'.repeat(n);
  const over = MAX_TEXT_CHARS + 1;
  const tooLong = limitText(`is ${count(over)} characters long`, MAX_TEXT_CHARS);

  // Each edit writes a value of `n` characters in place of a line of story.full.aml.
  it.each([
    [
      'a step text',
      'text: 森林覆盖率{forest}。',
      (n: number) => `text: {forest}${long(n - 8)}`,
      'step "district"',
      'text',
    ],
    ['the title', 'title: 标题', (n: number) => `title: ${long(n)}`, null, 'title'],
    ['a note', '* 一条说明', (n: number) => `* ${long(n)}`, 'note #1', 'note'],
    [
      'a map highlight',
      'map.highlight: donggou, yingzi',
      (n: number) => `map.highlight: ${'a'.repeat(n)}`,
      'step "district"',
      'map.highlight',
    ],
  ])('%s over the limit is refused', (_what, from, to, item, field) => {
    const err = errorOf(() => story(replaceOnce(FULL_STORY, from, to(over))));
    expectNamed(err, 'story.aml', item, field);
    expect(err.message).toContain(tooLong);
  });

  it('a step text of exactly the limit loads', () => {
    const text = `{forest}${long(MAX_TEXT_CHARS - 8)}`;
    const loaded = story(replaceOnce(FULL_STORY, 'text: 森林覆盖率{forest}。', `text: ${text}`));
    expect(loaded.steps[1].paragraphs).toEqual([text]);
  });

  it.each([
    ['label.zh', (f: Figure) => (f.label.zh = long(over))],
    ['source.quote', (f: Figure) => (f.source.quote = long(over))],
    ['items.1.en', (f: Figure) => (f.items![1].en = 'x'.repeat(over))],
  ])('a figure %s over the limit is refused', (field, change) => {
    const figures = structuredClone(ALL_KINDS);
    change(figures[6]);
    const err = errorOf(() => validateFigures({ figures }, 'f.json'));
    expectNamed(err, 'f.json', 'figure "loop"', field);
    expect(err.message).toContain(tooLong);
  });

  it('a huge id is cut short in the message', () => {
    const figures = structuredClone(ALL_KINDS);
    figures[0].id = 'A'.repeat(100_000);
    const err = errorOf(() => validateFigures({ figures }, 'f.json'));
    expect(err.item).toBe(`figure "${'A'.repeat(40)}…"`);
    expect(err.message.length).toBeLessThan(200);
  });
});
