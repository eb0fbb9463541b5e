/**
 * Validates data/figures.json into Figure records. Shape errors and malformed numbers stop
 * the build with a ContentError naming the file, the figure id and the field.
 */
import * as v from 'valibot';
import { ContentError } from './errors.ts';
import { FIGURE_KINDS, type Figure } from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const bilingual = v.strictObject({ zh: v.string(), en: v.string() });
const nonEmptyBilingual = v.strictObject({
  zh: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  en: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
});

const figureSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID, 'must be kebab-case (a-z, 0-9, -)')),
  kind: v.picklist(FIGURE_KINDS, `must be one of ${FIGURE_KINDS.join(', ')}`),
  value: v.pipe(
    v.number('must be a JSON number, not text (write 2400, not "2,400")'),
    v.finite('must be finite'),
  ),
  of: v.optional(v.pipe(v.number('must be a JSON number'), v.integer('must be a whole number'))),
  approx: v.nullable(v.picklist(['多', '余'] as const, 'must be "多", "余" or null')),
  unit: bilingual,
  label: nonEmptyBilingual,
  items: v.optional(v.array(nonEmptyBilingual)),
  source: v.strictObject({
    paragraph: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
    quote: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  }),
});

const fileSchema = v.strictObject({ figures: v.array(v.unknown()) });

/** Checks that depend on the kind; returns [field, problem] or null. */
function kindProblem(f: Figure): [string, string] | null {
  const whole = Number.isInteger(f.value);
  switch (f.kind) {
    case 'count':
      return whole && f.value >= 0 ? null : ['value', 'a count must be a whole number >= 0'];
    case 'percent':
      return f.value >= 0 && f.value <= 100 ? null : ['value', 'a percent must be within 0..100'];
    case 'fraction':
      if (f.of === undefined || f.of < 1) return ['of', 'a fraction needs a denominator >= 1'];
      return whole && f.value >= 0 && f.value <= f.of
        ? null
        : ['value', `a fraction's numerator must be a whole number within 0..${f.of}`];
    case 'money':
      return f.value >= 0 ? null : ['value', 'an amount must be >= 0'];
    case 'year':
      return whole && f.value >= 1900 && f.value <= 2100
        ? null
        : ['value', 'a year must be a whole number within 1900..2100'];
    case 'grade':
      return whole && f.value >= 1 && f.value <= 5 ? null : ['value', 'a grade must be 1..5'];
    case 'list':
      if (!f.items || f.items.length === 0) return ['items', 'a list needs its items'];
      return f.items.length === f.value ? null : ['value', 'must equal the number of items'];
  }
}

export function validateFigures(raw: unknown, file: string): Figure[] {
  const top = v.safeParse(fileSchema, raw);
  if (!top.success) {
    throw new ContentError(file, null, 'figures', 'expected an object { "figures": [ ... ] }');
  }
  const seen = new Set<string>();
  return top.output.figures.map((item, index) => {
    const id =
      typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `#${index + 1}`;
    const where = `figure "${id}"`;
    const parsed = v.safeParse(figureSchema, item);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const field = v.getDotPath(issue) ?? 'figure';
      throw new ContentError(file, where, field, issue.message);
    }
    const fig = parsed.output as Figure;
    if (fig.kind !== 'fraction' && fig.of !== undefined) {
      throw new ContentError(file, where, 'of', 'only a fraction has a denominator');
    }
    if (fig.kind !== 'list' && fig.items !== undefined) {
      throw new ContentError(file, where, 'items', 'only a list has items');
    }
    const problem = kindProblem(fig);
    if (problem) throw new ContentError(file, where, problem[0], problem[1]);
    if (seen.has(fig.id)) throw new ContentError(file, where, 'id', 'duplicate figure id');
    seen.add(fig.id);
    return fig;
  });
}
