/**
 * The ArchieML guard (archieml-text.ts): its normalisation leaves a story as it was, and
 * inputs on which archieml 0.5 backtracks for minutes are refused or parsed in bounded time.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SPACE_RUN, prepareArchieml } from './archieml-text';
import { MAX_FILE_BYTES } from './limits';
import { parseStory } from './story';
import {
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  replaceOnce,
} from '../../../tests/support/content/test-corpus';

const FILE = 'story.aml';
const parse = (text: string) => parseStory(text, FILE, FIGURES, PLACES);

describe('normalisation keeps the story', () => {
  const reference = parse(FULL_STORY);

  it.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['CR line ends', (t: string) => t.replace(/\n/g, '\r')],
    ['indented lines', (t: string) => t.replace(/\n/g, '\n    ')],
    [
      'trailing spaces, tabs and ideographic spaces',
      (t: string) => t.replace(/\n/g, ' \t\u3000\n'),
    ],
    ['runs of blank lines', (t: string) => t.replace(/\n\n/g, '\n\n\n \n\t\n\n')],
    ['no final newline', (t: string) => t.trimEnd()],
    ['a byte-order mark', (t: string) => `\uFEFF${t}`],
  ])('%s', (_what, change) => {
    const changed = change(FULL_STORY);
    expect(changed).not.toBe(FULL_STORY);
    expect(parse(changed)).toEqual(reference);
  });
});

describe('lines archieml would backtrack on', () => {
  it(`a run of ${MAX_SPACE_RUN + 1} spaces inside a line is refused, with its line`, () => {
    const text = replaceOnce(FULL_STORY, 'dek: 导语', `dek: 导${' '.repeat(MAX_SPACE_RUN + 1)}语`);
    const err = errorOf(() => parse(text));
    expectNamed(err, FILE, 'line 3', 'whitespace');
    expect(err.message).toContain(
      `has ${MAX_SPACE_RUN + 1} whitespace characters in a row; the limit is ${MAX_SPACE_RUN}`,
    );
  });

  it(`a run of ${MAX_SPACE_RUN} is fine`, () => {
    const text = replaceOnce(FULL_STORY, 'dek: 导语', `dek: 导${' '.repeat(MAX_SPACE_RUN)}语`);
    expect(parse(text).meta.dek).toBe(`导${' '.repeat(MAX_SPACE_RUN)}语`);
  });

  it.each([
    ['[see the note', 'list'],
    ['[ steps x', 'list'],
    ['{see below', 'scope'],
  ])('%j, not a [list] or {scope} command, is refused', (line, field) => {
    const text = replaceOnce(FULL_STORY, '示范村{villages}。', `示范村{villages}。\n${line}`);
    const n = text.split('\n').indexOf(line) + 1;
    const err = errorOf(() => parse(text));
    expectNamed(err, FILE, `line ${n}`, field);
  });

  it('a NUL character is refused', () => {
    const err = errorOf(() => parse(replaceOnce(FULL_STORY, 'dek: 导语', 'dek: 导\u0000语')));
    expectNamed(err, FILE, 'line 3', 'text');
  });

  // Inputs near the size limit. Given to archieml 0.5 as they are, each of the first five
  // takes over 15 s (some, hours); the others are further shapes, parsed in well under 1 s.
  // The bound is a guard against that blow-up, not a performance budget (npm run bench is):
  // it is wide enough for a busy 2-core machine, where a protected parse has taken 3.3 s.
  const size = MAX_FILE_BYTES - 64;
  const fill = (unit: string) => unit.repeat(Math.floor(size / unit.length));
  const spaces = ' '.repeat(MAX_SPACE_RUN);
  /** Lines made by `line(i)`, each with its own key, up to about `size` bytes. */
  const keys = (line: (i: number) => string) => {
    const out: string[] = [];
    for (let i = 0, bytes = 0; bytes < size - 100; i++) {
      out.push(line(i));
      bytes += line(i).length + 1;
    }
    return out.join('\n');
  };
  it.each([
    ['one line without a newline', 'a'.repeat(size)],
    ['a long run of spaces after "["', `[${' '.repeat(5000)}x\n`],
    ['one long run of spaces in a value', `text: a${' '.repeat(size)}b\n`],
    ['blank lines inside a multi-line value', `text: a\n${'\n'.repeat(size)}b\n:end\n`],
    ['blank lines with spaces', fill('\n \t \n')],
    ['short runs of spaces after "["', fill(`[${spaces}x\n`)],
    ['indented lines inside a value', `text: a\n${fill(`${' '.repeat(200)}b\n`)}:end\n`],
    ['short runs of spaces everywhere', keys((i) => `k${i}${spaces}: v${spaces}w${spaces}x`)],
    ['nested {scopes}', `{a}\n${fill('{.b}\n')}`],
  ])(
    '%s: one clear error, quickly',
    (_what, text) => {
      const start = performance.now();
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
      const err = errorOf(() => parse(text));
      expect(err.file).toBe(FILE);
      expect(performance.now() - start).toBeLessThan(12_000);
    },
    30_000,
  );

  it('prepareArchieml folds and trims but keeps line order', () => {
    expect(prepareArchieml('  a: 1  \r\n\r\n\r\n\tb: 2', FILE)).toBe('a: 1\n\nb: 2\n');
  });
});
