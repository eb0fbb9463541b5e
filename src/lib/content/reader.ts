/**
 * Reads the fields of one parsed ArchieML block (the top level, a section, a step, a source),
 * failing with a ContentError that names the file, the block and the field.
 */
import { ContentError, describeValue, quote } from './errors.ts';
import { MAX_LIST_ITEMS, MAX_TEXT_CHARS, count, overLimit } from './limits.ts';
import { own } from './unsafe-keys.ts';

export type Raw = Record<string, unknown>;

export function isRecord(x: unknown): x is Raw {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `step "first"` from a block's id, or `step #2` when it has no usable id. */
export function labelOf(noun: string, id: unknown, index: number): string {
  return typeof id === 'string' && id.trim()
    ? `${noun} ${quote(id.trim())}`
    : `${noun} #${index + 1}`;
}

export class Reader {
  constructor(
    readonly file: string,
    readonly item: string | null,
    readonly raw: Raw,
  ) {}

  /** The block's own field `field`; an inherited property is never read. */
  get(field: string): unknown {
    return own(this.raw, field);
  }

  fail(field: string, detail: string): never {
    throw new ContentError(this.file, this.item, field, detail);
  }

  /** Refuses fields not in `known`: a typo, or prose that ArchieML took for a key. */
  only(known: readonly string[]): void {
    for (const key of Object.keys(this.raw)) {
      if (!known.includes(key)) this.fail(key, `unknown field (known: ${known.join(', ')})`);
    }
  }

  text(field: string): string {
    return checkText(this.get(field), (detail) => this.fail(field, detail));
  }

  optionalText(field: string): string | undefined {
    return this.get(field) === undefined ? undefined : this.text(field);
  }

  /** A non-empty [list] of at most MAX_LIST_ITEMS entries. */
  list(field: string): unknown[] {
    const value = this.get(field);
    if (value === undefined) this.fail(field, `missing (write [${field}] … [])`);
    if (!Array.isArray(value)) {
      this.fail(field, `must be a list [${field}] … [] (got ${describeValue(value)})`);
    }
    if (value.length === 0) this.fail(field, 'is an empty list');
    if (value.length > MAX_LIST_ITEMS) {
      this.fail(field, overLimit(`has ${count(value.length)} entries`, MAX_LIST_ITEMS));
    }
    return value;
  }
}

/** A trimmed, non-empty text of at most MAX_TEXT_CHARS characters. */
export function checkText(value: unknown, fail: (detail: string) => never): string {
  if (value === undefined) fail('missing');
  if (typeof value !== 'string') fail(`must be text (got ${describeValue(value)})`);
  const trimmed = value.trim();
  if (trimmed.length === 0) fail('missing text');
  if (trimmed.length > MAX_TEXT_CHARS) {
    fail(overLimit(`is ${count(trimmed.length)} characters long`, MAX_TEXT_CHARS));
  }
  return trimmed;
}
