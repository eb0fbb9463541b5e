/**
 * Reads the fields of one parsed ArchieML block (the top level, a section, a step, a source),
 * failing with a ContentError that names the file, the block and the field. The field checks
 * are valibot schemas (build-time only, like every validator here); own properties only.
 */
import * as v from 'valibot';
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
    return checkWith(listSchema(field), this.get(field), (d) => this.fail(field, d), {
      missing: `missing (write [${field}] … [])`,
    });
  }
}

/**
 * `value` parsed by `schema`, or `fail` called with the words for its first issue: `missing`
 * when there is no value, the schema's message (with the value for a wrong type).
 */
export function checkWith<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  fail: (detail: string) => never,
  words: { missing: string } = { missing: 'missing' },
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  if (value === undefined) fail(words.missing);
  fail(issue.kind === 'schema' ? `${issue.message} (got ${describeValue(value)})` : issue.message);
}

/** A trimmed, non-empty text of at most MAX_TEXT_CHARS characters. */
export const storyText = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.minLength(1, 'missing text'),
  v.maxLength(MAX_TEXT_CHARS, (issue) =>
    overLimit(`is ${count(issue.input.length)} characters long`, MAX_TEXT_CHARS),
  ),
);

/** A non-empty [list] of at most MAX_LIST_ITEMS entries. */
export const listSchema = (field: string) =>
  v.pipe(
    v.array(v.unknown(), `must be a list [${field}] … []`),
    v.minLength(1, 'is an empty list'),
    v.maxLength(MAX_LIST_ITEMS, (issue) =>
      overLimit(`has ${count(issue.input.length)} entries`, MAX_LIST_ITEMS),
    ),
  );

/** A trimmed, non-empty text of at most MAX_TEXT_CHARS characters. */
export function checkText(value: unknown, fail: (detail: string) => never): string {
  return checkWith(storyText, value, fail);
}
