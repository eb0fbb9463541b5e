/**
 * Keys no content file may use: `__proto__`, `constructor` and `prototype`. Written into a
 * plain object (as archieml 0.5 does for `__proto__.url: …` or a `{__proto__}` scope), they
 * reach Object.prototype and change every object of the build. The ArchieML text is scanned
 * for them before parsing (archieml-keys.ts) and JSON text while parsing (json-text.ts).
 */

export const UNSAFE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** True when `key` is one of UNSAFE_KEYS. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.includes(key);
}

/** The first unsafe segment of a dotted ArchieML key or scope name ("a.__proto__.b"), or null. */
export function unsafeSegment(dotted: string): string | null {
  return dotted.split('.').find(isUnsafeKey) ?? null;
}

/** `raw[key]` if `raw` has it as its own property; inherited properties are never read. */
export function own(raw: object, key: string): unknown {
  return Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
}
