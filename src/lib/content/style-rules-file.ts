/**
 * data/style-rules.json, the house style's mechanical rules (docs/style.md) as editorial data:
 * per edition, the card length budget and the phrases it must not use (or may use only inside
 * quotation marks, or only a few times). Validated here; a breach stops the build with one
 * ContentError naming the file and the field.
 */
import * as v from 'valibot';
import { ContentError, describeValue, quote } from './errors.ts';
import { isRecord } from './is-record.ts';
import { issueDetail } from './schema-parts.ts';
import { LANGS, type Lang } from './types.ts';

export interface BannedPhrase {
  /** Matched as written (case-insensitive in English). */
  phrase: string;
  /** Allowed only inside quotation marks (“…”, ‘…’, "…", 「…」): praise words quoted from the report. */
  outsideQuotes: boolean;
  /** How often the edition may use it in all its copy; 0 = never. */
  max: number;
  /** Why, shown in the error. */
  why: string;
}

export interface EditionRules {
  /** Characters of one step's text, all paragraphs, with figures printed. */
  cardBudget: number;
  banned: BannedPhrase[];
}

export type StyleRules = Record<Lang, EditionRules>;

const phraseSchema = v.strictObject(
  {
    phrase: v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty')),
    outsideQuotes: v.optional(v.boolean('must be true or false'), false),
    max: v.optional(
      v.pipe(v.number('must be a number'), v.safeInteger('must be whole'), v.minValue(0, '>= 0')),
      0,
    ),
    why: v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty')),
  },
  'must be an object { "phrase": …, "why": … }',
);

const editionSchema = v.strictObject(
  {
    cardBudget: v.pipe(
      v.number('must be a number'),
      v.safeInteger('must be a whole number'),
      v.minValue(20, 'must be 20 or more'),
    ),
    banned: v.array(phraseSchema, 'must be a list'),
  },
  'must be an object { "cardBudget": …, "banned": [ … ] }',
);

/** Validates the parsed data/style-rules.json: { "zh-CN": {…}, "en": {…} }. */
export function validateStyleRules(raw: unknown, file: string): StyleRules {
  if (!isRecord(raw)) {
    throw new ContentError(file, null, 'rules', `must be an object (got ${describeValue(raw)})`);
  }
  for (const key of Object.keys(raw)) {
    if (!(LANGS as readonly string[]).includes(key)) {
      throw new ContentError(file, null, key, `unknown edition (known: ${LANGS.join(', ')})`);
    }
  }
  const out = {} as StyleRules;
  for (const lang of LANGS) {
    const parsed = v.safeParse(editionSchema, raw[lang]);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = v.getDotPath(issue);
      const detail = issueDetail(issue);
      throw new ContentError(file, null, path ? `${lang}.${path}` : lang, detail);
    }
    const seen = new Set<string>();
    for (const b of parsed.output.banned) {
      if (seen.has(b.phrase)) {
        throw new ContentError(file, null, `${lang}.banned`, `duplicate phrase ${quote(b.phrase)}`);
      }
      seen.add(b.phrase);
    }
    out[lang] = parsed.output;
  }
  return out;
}
