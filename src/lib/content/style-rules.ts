/**
 * The house style's mechanical rules (docs/style.md), checked on every edition at build time:
 * phrases an edition must not use (or may use only inside quotation marks, or only a few
 * times), numerals one to nine in English running text, and the card length budget of a step
 * as printed. The rules are editorial data (data/style-rules.json), validated here; a breach
 * stops the build with one ContentError naming the file, the step (or null) and the field.
 */
import * as v from 'valibot';
import { ContentError, describeValue, quote } from './errors.ts';
import { isRecord } from './reader.ts';
import { issueDetail } from './schema-parts.ts';
import { LANGS, type Figure, type Lang, type Story } from './types.ts';
import { renderTokens } from '../format/number.ts';

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

/** A step's text as printed: every paragraph with its figures formatted, joined. */
export function printedText(
  paragraphs: readonly string[],
  figures: ReadonlyMap<string, Figure>,
  lang: Lang,
): string {
  return paragraphs
    .map((p) =>
      renderTokens(p, figures, lang)
        .map((part) => part.text)
        .join(''),
    )
    .join(lang === 'en' ? ' ' : '');
}

/** Characters as a reader counts them (code points, so a character outside the BMP is one). */
export function charCount(text: string): number {
  return [...text].length;
}

const QUOTED = /“[^“”]*”|‘[^‘’]*’|"[^"]*"|「[^「」]*」|『[^『』]*』/gu;

/** The text with every quotation blanked out (kept the same length, so positions hold). */
export function outsideQuotes(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

function occurrences(text: string, phrase: string, lang: Lang): number {
  const hay = lang === 'en' ? text.toLowerCase() : text;
  const needle = lang === 'en' ? phrase.toLowerCase() : phrase;
  if (lang === 'en' && /^[a-z]/.test(needle)) {
    // Whole words in English: "model" must not match "models" in a quoted list, nor "remodel".
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...hay.matchAll(new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, 'gu'))].length;
  }
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * A numeral one to nine standing alone in English running text: not part of a longer number,
 * a decimal, a version or a code ("2.7.0", "GCJ-02", "1:10m"), and not followed by a unit
 * or a percent sign ("5 km", "9%").
 */
const SMALL_NUMERAL =
  /(?<![\d.,:/\p{L}-])[1-9](?![\d:/%\p{L}-])(?![.,]\d)(?!\s?(?:%|per ?cent|km|m\b|kB|MB|yuan|kg|cm|mm)\b)/gu;

export function smallNumerals(text: string): string[] {
  return [...text.matchAll(SMALL_NUMERAL)].map((m) => m[0]);
}

interface Field {
  item: string | null;
  field: string;
  /** Text as a reader sees it. */
  text: string;
  /** Running text written by hand (numerals under ten apply); figures are exempt. */
  handText: string;
}

function fieldsOf(story: Story, figures: ReadonlyMap<string, Figure>): Field[] {
  const { lang } = story.meta;
  const meta = (['title', 'dek', 'description'] as const).map((f) => ({
    item: null,
    field: f,
    text: story.meta[f],
    handText: story.meta[f],
  }));
  const steps = story.steps.map((s) => ({
    item: `step "${s.id}"`,
    field: 'text',
    text: printedText(s.paragraphs, figures, lang),
    handText: s.paragraphs.join('\n').replace(/\{[a-z0-9-]+\}/g, ' '),
  }));
  const sections = story.sections.map((s) => ({
    item: `section "${s.id}"`,
    field: 'title',
    text: s.title,
    handText: s.title,
  }));
  const notes = story.notes.map((n, i) => ({
    item: `note #${i + 1}`,
    field: 'note',
    text: n,
    handText: n,
  }));
  return [...meta, ...sections, ...steps, ...notes];
}

/**
 * Checks one edition against its rules; throws the first breach. Numerals are checked only in
 * English; the card budget on every step; banned phrases in the title, dek, description,
 * section titles, steps and notes (not in the source credits, which quote titles verbatim).
 */
export function checkStyle(
  story: Story,
  figures: ReadonlyMap<string, Figure>,
  rules: StyleRules,
  file: string,
): void {
  const { lang } = story.meta;
  const own = rules[lang];
  const fields = fieldsOf(story, figures);
  const totals = new Map<string, number>();
  for (const f of fields) {
    const fail = (detail: string): never => {
      throw new ContentError(file, f.item, f.field, detail);
    };
    if (f.field === 'text') {
      const n = charCount(f.text);
      if (n > own.cardBudget) {
        fail(
          `is ${n} characters as printed; a card holds at most ${own.cardBudget} (split the step or cut detail)`,
        );
      }
    }
    if (lang === 'en') {
      const small = smallNumerals(f.handText);
      if (small.length > 0) {
        fail(`numeral "${small[0]}" in running text: spell out one to nine (docs/style.md)`);
      }
    }
    for (const b of own.banned) {
      const where = b.outsideQuotes ? outsideQuotes(f.text) : f.text;
      const n = occurrences(where, b.phrase, lang);
      if (n === 0) continue;
      const total = (totals.get(b.phrase) ?? 0) + n;
      totals.set(b.phrase, total);
      if (total > b.max) {
        const rule =
          b.max === 0
            ? b.outsideQuotes
              ? 'only inside quotation marks'
              : 'not allowed'
            : `at most ${b.max} times in the edition`;
        fail(`uses ${quote(b.phrase)} (${rule}): ${b.why}`);
      }
    }
  }
}

/** Card lengths of an edition as printed, for reports: max and mean. */
export function cardLengths(
  story: Story,
  figures: ReadonlyMap<string, Figure>,
): { id: string; chars: number }[] {
  return story.steps.map((s) => ({
    id: s.id,
    chars: charCount(printedText(s.paragraphs, figures, story.meta.lang)),
  }));
}

/**
 * Labels, units and list items of the figures an edition prints (chart headings, legends):
 * no banned phrase outside quotation marks. Phrases with a count limit are about attribution
 * in the copy and do not apply here.
 */
export function checkFigureStyle(
  figures: readonly Figure[],
  rules: StyleRules,
  file: string,
): void {
  for (const fig of figures) {
    for (const lang of LANGS) {
      const key = lang === 'en' ? 'en' : 'zh';
      const texts: [string, string][] = [
        [`label.${key}`, fig.label[key]],
        [`unit.${key}`, fig.unit[key]],
        ...(fig.items ?? []).map((it, i): [string, string] => [`items.${i}.${key}`, it[key]]),
      ];
      for (const [field, text] of texts) {
        for (const b of rules[lang].banned) {
          if (b.max > 0) continue;
          const where = b.outsideQuotes ? outsideQuotes(text) : text;
          if (occurrences(where, b.phrase, lang) > 0) {
            const rule = b.outsideQuotes ? 'only inside quotation marks' : 'not allowed';
            throw new ContentError(
              file,
              `figure ${quote(fig.id)}`,
              field,
              `uses ${quote(b.phrase)} (${rule}): ${b.why}`,
            );
          }
        }
      }
    }
  }
}

/** Every edition's copy (data/story.<lang>.aml) and the figures' words, against the rules. */
export function checkContentStyle(
  stories: Partial<Record<Lang, Story>>,
  figures: ReadonlyMap<string, Figure>,
  rules: StyleRules,
): void {
  checkFigureStyle([...figures.values()], rules, 'data/figures.json');
  for (const [lang, story] of Object.entries(stories) as [Lang, Story][]) {
    checkStyle(story, figures, rules, `data/story.${lang}.aml`);
  }
}
