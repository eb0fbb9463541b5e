/**
 * Validates data/figures.json into Figure records. Shape errors and malformed numbers stop
 * the build with a ContentError naming the file, the figure id and the field.
 */
import * as v from 'valibot';
import { ContentError } from './errors.ts';
import { MAX_FIGURES } from './limits.ts';
import {
  bilingual,
  itemLabel,
  jsonList,
  kebabId,
  parseOrThrow,
  record,
  text,
  whole,
} from './schema-parts.ts';
import { FIGURE_KINDS, type Figure } from './types.ts';

const figureSchema = record(
  {
    id: kebabId,
    kind: v.picklist(FIGURE_KINDS, `must be one of ${FIGURE_KINDS.join(', ')}`),
    value: v.pipe(
      v.number('must be a JSON number like 2400, not text'),
      v.finite('must be finite'),
      v.check((n) => !Object.is(n, -0), 'must not be -0'),
    ),
    of: v.optional(whole('must be a JSON number')),
    approx: v.nullable(v.picklist(['多', '余'] as const, 'must be "多", "余" or null')),
    unit: bilingual(0),
    label: bilingual(1),
    items: v.optional(v.array(bilingual(1), 'must be a list of { "zh": …, "en": … }')),
    source: record(
      {
        paragraph: v.pipe(whole('must be a JSON number'), v.minValue(1, 'must be 1 or more')),
        quote: text(1),
      },
      'must be an object { "paragraph": …, "quote": … }',
    ),
  },
  'must be an object { "id": …, "kind": …, … }',
);

/** Checks that depend on the kind; returns [field, problem] or null. */
function kindProblem(f: Figure): [string, string] | null {
  const whole = Number.isSafeInteger(f.value);
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

/** The file: { "figures": [ … ] }, not empty, not too long. */
const fileSchema = record(
  { figures: jsonList('figures', MAX_FIGURES) },
  'expected an object { "figures": [ … ] }',
);

export function validateFigures(raw: unknown, file: string): Figure[] {
  const seen = new Set<string>();
  return parseOrThrow(fileSchema, raw, file, null, 'figures').figures.map((item, index) => {
    const where = itemLabel('figure', item, index);
    const fig = parseOrThrow(figureSchema, item, file, where, 'figure') as Figure;
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
