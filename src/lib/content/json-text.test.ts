/**
 * JSON syntax errors are reported on one line with their line and column. The locator
 * (json-syntax.ts) must agree with JSON.parse: checked on the fixture broken at random.
 */
import { describe, expect, it } from 'vitest';
import { syntaxError } from './json-syntax';
import { parseJsonText } from './json-text';
import {
  errorOf,
  expectNamed,
  fixtureText,
  replaceOnce,
} from '../../../tests/support/content/test-corpus';

const TEXT = fixtureText('figures.all-kinds.json');

describe('a JSON syntax error', () => {
  it.each([
    ['NaN', '"value": 2400,', '"value": NaN,', 'line 6, column 16: unexpected "N"'],
    [
      'a trailing comma',
      '"paragraph": 5, "quote": "2400多户贫困户" }',
      '"paragraph": 5, }',
      'line 10, column 35: unexpected "}"',
    ],
    [
      'a single-quoted string',
      '"kind": "count"',
      '\'kind\': "count"',
      'line 5, column 7: unexpected "\'"',
    ],
    ['a missing comma', '"value": 2400,', '"value": 2400', 'line 7, column 7: unexpected "\\""'],
  ])('%s is named by line and column', (_what, from, to, where) => {
    const err = errorOf(() => parseJsonText(replaceOnce(TEXT, from, to), 'f.json'));
    expectNamed(err, 'f.json', null, 'json');
    expect(err.message).toBe(`f.json: field "json": not valid JSON at ${where}`);
  });

  it('a file cut short says so', () => {
    const err = errorOf(() => parseJsonText(TEXT.slice(0, 200), 'f.json'));
    expect(err.message).toMatch(/not valid JSON at line \d+, column \d+: the text ends$/);
  });
});

describe('the syntax locator agrees with JSON.parse', () => {
  let seed = 8;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const CHARS = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '-', '.', 'e', 'n', 'x'];
  const broken = Array.from({ length: 300 }, () => {
    let text = TEXT;
    for (let k = 0; k <= random(3); k++) {
      const at = random(text.length);
      const ch = CHARS[random(CHARS.length)];
      const op = random(3);
      text = text.slice(0, at) + (op === 1 ? '' : ch) + text.slice(op === 0 ? at : at + 1);
    }
    return text;
  });

  it('on 300 randomly broken copies of the fixture', () => {
    const disagree = broken.filter((text) => {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      return parses !== (syntaxError(text) === null);
    });
    expect(disagree).toEqual([]);
    // Most copies are broken, so the comparison is not only on valid text.
    expect(broken.filter((t) => syntaxError(t) !== null).length).toBeGreaterThan(150);
  });
});
