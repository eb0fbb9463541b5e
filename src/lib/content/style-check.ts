/**
 * The house style's mechanical rules (docs/style.md, data/style-rules.json), checked on every
 * edition at build time: banned phrases, numerals one to nine in English running text, and
 * the card length budget of a step as printed. A breach stops the build with one ContentError
 * naming the file, the item (a step, a note, a figure, or null) and the field.
 */
import { ContentError, quote } from './errors.ts';
import { countPhrase, outsideQuotes } from './phrase-count.ts';
import { charCount, printedText } from './printed-text.ts';
import { smallNumerals } from './small-numerals.ts';
import type { StyleRules } from './style-rules-file.ts';
import { LANGS, type Figure, type Lang, type Story } from './types.ts';

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
      const n = countPhrase(where, b.phrase, lang);
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
          if (countPhrase(where, b.phrase, lang) > 0) {
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
