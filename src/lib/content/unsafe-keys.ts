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

/**
 * A deep copy of parsed content with own enumerable properties only, in objects without a
 * prototype: a schema that reads `key in input` (as valibot's objects do) then never sees an
 * inherited property, even if something polluted Object.prototype.
 */
export function ownCopy(value: unknown): unknown {
  // Iterative: a file of nested {scopes} is deeper than the call stack.
  const copyOf = (from: unknown): unknown => {
    if (typeof from !== 'object' || from === null) return from;
    const to = Array.isArray(from) ? [] : (Object.create(null) as object);
    work.push([from, to]);
    return to;
  };
  const work: [object, object][] = [];
  const root = copyOf(value);
  for (let next = work.pop(); next; next = work.pop()) {
    const [from, to] = next;
    const keys = Array.isArray(from) ? from.keys() : Object.keys(from);
    for (const key of keys) {
      (to as Record<string, unknown>)[key] = copyOf((from as Record<string, unknown>)[key]);
    }
  }
  return root;
}
