/**
 * Build-time only (valibot never goes to the browser): the schema parts every data file's
 * validator is made of, and the one way a valibot issue becomes a ContentError naming the
 * file, the item (figure, place, feature, …) and the field.
 */
import * as v from 'valibot';
import { ContentError, describeValue, quote } from './errors.ts';
import { MAX_TEXT_CHARS, count, overLimit } from './limits.ts';
import { isRecord } from './is-record.ts';
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

/**
 * The words for a valibot issue: a missing or unknown key, or the schema's own message. A
 * rawCheck's or rawTransform's message already names the value (`unknown section "middle"`), so it stands alone.
 */
export function issueDetail(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return 'unknown field';
  if (issue.received === 'undefined') return 'missing';
  if (['max_length', 'raw_check', 'raw_transform'].includes(issue.type)) return issue.message;
  if (issue.type === 'min_length' && Array.isArray(issue.input)) return issue.message;
  return `${issue.message} (got ${describeValue(issue.input)})`;
}

/** The object schema inside `schema` (through pipes and optional/nullable wrappers). */
function objectIn(schema: unknown): { entries: v.ObjectEntries } | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const s = schema as { entries?: v.ObjectEntries; wrapped?: unknown; pipe?: unknown[] };
  if (s.entries) return { entries: s.entries };
  if (s.wrapped) return objectIn(s.wrapped);
  for (const item of s.pipe ?? []) {
    const found = item === schema ? undefined : objectIn(item);
    if (found) return found;
  }
  return undefined;
}

/** The keys the object at `keys` inside `schema` knows, for "unknown field (known: …)". */
function knownKeys(schema: v.GenericSchema, keys: readonly unknown[]): string[] {
  let at = objectIn(schema);
  for (const key of keys) at = at && objectIn(at.entries[String(key)]);
  return at ? Object.keys(at.entries) : [];
}

/** `figure "id"` from an item's own id, or `figure #3` when it has no usable id. */
export function itemLabel(noun: string, item: unknown, index: number, key = 'id'): string {
  const id = isRecord(item) ? own(item, key) : undefined;
  return typeof id === 'string' && id.length > 0 ? `${noun} ${quote(id)}` : `${noun} #${index + 1}`;
}

/**
 * Parses `input` with `schema`, or throws the first issue as a ContentError naming `file`,
 * `item` and the issue's field (its dotted path, or `whole` when the value itself is wrong).
 * An unknown key lists the keys that are known there; `missing` gives the words for a missing
 * field (by its dotted path) where plain "missing" would not say what to write.
 */
export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  file: string,
  item: string | null,
  whole: string,
  missing: Readonly<Record<string, string>> = {},
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return parsed.output;
  // An unknown key first: a misspelt key also makes the key it should have been "missing".
  const issue = parsed.issues.find((i) => i.expected === 'never') ?? parsed.issues[0];
  const field = v.getDotPath(issue) ?? whole;
  let detail = issueDetail(issue);
  if (issue.expected === 'never') {
    const known = knownKeys(
      schema,
      (issue.path ?? []).slice(0, -1).map((p) => p.key),
    );
    if (known.length > 0) detail += ` (known: ${known.join(', ')})`;
  } else if (detail === 'missing' && Object.hasOwn(missing, field)) detail = missing[field];
  throw new ContentError(file, item, field, detail);
}

/**
 * One value of `known`, trimmed: `unknown stage kind "piechart" (known: cover, …)` names the
 * value and the choices.
 */
export const oneOf = <T extends string>(noun: string, known: readonly T[]) =>
  v.pipe(
    text(1),
    v.rawCheck(({ dataset, addIssue }) => {
      if (dataset.typed && !(known as readonly string[]).includes(dataset.value)) {
        addIssue({
          message: `unknown ${noun} ${quote(dataset.value)} (known: ${known.join(', ')})`,
        });
      }
    }),
    v.transform((s) => s as T),
  );
