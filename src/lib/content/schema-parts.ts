/**
 * Build-time only (valibot never goes to the browser): the schema parts every data file's
 * validator is made of, and the one way a valibot issue becomes a ContentError naming the
 * file, the item (figure, place, feature, …) and the field.
 */
import * as v from 'valibot';
import { ContentError, describeValue, quote } from './errors.ts';
import { MAX_TEXT_CHARS, count, overLimit } from './limits.ts';
import { isRecord } from './reader.ts';
import { own } from './unsafe-keys.ts';

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A trimmed text of `min`..MAX_TEXT_CHARS characters. */
export const text = (min: 0 | 1) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(min, 'must not be empty'),
    v.maxLength(MAX_TEXT_CHARS, (issue) =>
      overLimit(`is ${count(issue.input.length)} characters long`, MAX_TEXT_CHARS),
    ),
  );

/** A text that is shown as a name or label: no markup (no "<" or ">"), so never HTML. */
export const plainText = (min: 0 | 1) =>
  v.pipe(
    text(min),
    v.check((s) => !/[<>]/.test(s), 'must be plain text, without "<" or ">"'),
  );

/** A JSON list of 1..max entries (checked one by one afterwards): "has 1,001 places". */
export const jsonList = (noun: string, max: number) =>
  v.pipe(
    v.array(v.unknown(), 'must be a list [ … ]'),
    v.minLength(1, 'is an empty list'),
    v.maxLength(max, (issue) => overLimit(`has ${count(issue.input.length)} ${noun}`, max)),
  );

/** A kebab-case id. */
export const kebabId = v.pipe(
  v.string('must be text'),
  v.regex(ID, 'must be kebab-case (a-z, 0-9, -)'),
);

/** A JSON object with exactly these keys (valibot alone would take a list for an object). */
export const record = <E extends v.ObjectEntries>(entries: E, message: string) =>
  v.pipe(v.custom<Record<string, unknown>>(isRecord, message), v.strictObject(entries, message));

/** { "zh": …, "en": … } of plain text. */
export const bilingual = (min: 0 | 1) =>
  record({ zh: plainText(min), en: plainText(min) }, 'must be an object { "zh": …, "en": … }');

/** A JSON number that is a whole number a double holds exactly. */
export const whole = (message: string) =>
  v.pipe(v.number(message), v.safeInteger('must be a whole number'));

/** The words for a valibot issue: a missing or unknown key, or the schema's own message. */
export function issueDetail(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return 'unknown field';
  if (issue.received === 'undefined') return 'missing';
  if (issue.type === 'max_length') return issue.message;
  if (issue.type === 'min_length' && Array.isArray(issue.input)) return issue.message;
  return `${issue.message} (got ${describeValue(issue.input)})`;
}

/** `figure "id"` from an item's own id, or `figure #3` when it has no usable id. */
export function itemLabel(noun: string, item: unknown, index: number, key = 'id'): string {
  const id = isRecord(item) ? own(item, key) : undefined;
  return typeof id === 'string' && id.length > 0 ? `${noun} ${quote(id)}` : `${noun} #${index + 1}`;
}

/**
 * Parses `input` with `schema`, or throws the first issue as a ContentError naming `file`,
 * `item` and the issue's field (its dotted path, or `whole` when the value itself is wrong).
 */
export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  file: string,
  item: string | null,
  whole: string,
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return parsed.output;
  // An unknown key first: a misspelt key also makes the key it should have been "missing".
  const issue = parsed.issues.find((i) => i.expected === 'never') ?? parsed.issues[0];
  throw new ContentError(file, item, v.getDotPath(issue) ?? whole, issueDetail(issue));
}
