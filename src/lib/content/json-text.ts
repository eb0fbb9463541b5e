/**
 * Parses a content file's JSON. Nesting deeper than MAX_JSON_DEPTH is refused before parsing
 * (no content file needs it, and validators need not guard against it); a syntax error is
 * reported by line and column, and a key named __proto__, constructor or prototype is refused.
 */
import { ContentError } from './errors.ts';
import { syntaxError } from './json-syntax.ts';
import { MAX_JSON_DEPTH, overLimit } from './limits.ts';
import { UNSAFE_KEYS, isUnsafeKey } from './unsafe-keys.ts';

/** Thrown from JSON.parse's reviver, so that it is not taken for a syntax error. */
class UnsafeKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** Refuses a key named __proto__, constructor or prototype, wherever it is (see unsafe-keys.ts). */
function refuseUnsafeKeys(key: string, value: unknown): unknown {
  if (isUnsafeKey(key)) throw new UnsafeKey(key);
  return value;
}

/** Where the nesting first goes deeper than `limit`, as "line L, column C"; null if never. */
export function tooDeepAt(text: string, limit: number): string | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) return `line ${line}, column ${i - lineStart + 1}`;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return null;
}

export function parseJsonText(text: string, shown: string): unknown {
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep) {
    const detail = overLimit(
      `is nested ${MAX_JSON_DEPTH + 1} levels deep at ${deep}`,
      MAX_JSON_DEPTH,
    );
    throw new ContentError(shown, null, 'json', detail);
  }
  try {
    return JSON.parse(text, refuseUnsafeKeys) as unknown;
  } catch (e) {
    if (e instanceof UnsafeKey) {
      const detail = `a key named ${JSON.stringify(e.key)} is not allowed (refused: ${UNSAFE_KEYS.join(', ')})`;
      throw new ContentError(shown, null, e.key, detail);
    }
    const where = syntaxError(text);
    const detail = where
      ? `not valid JSON at ${where}`
      : `not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')})`;
    throw new ContentError(shown, null, 'json', detail);
  }
}
