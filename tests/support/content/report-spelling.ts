/**
 * Test oracle for the checks of data/figures.json against the report (figures-source.test.ts,
 * story-source.test.ts): how the report writes a figure, and whether a quote states it. Never
 * used by the story itself, which formats figures with lib/format.
 */
import type { Figure } from '../../../src/lib/content/types';

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'];
/** Ways the report says "all villages" for a fraction of 1 of 1. */
const WHOLE = /村村|全覆盖/;

export type Spelling = Pick<Figure, 'kind' | 'value' | 'approx'> &
  Partial<Pick<Figure, 'of' | 'items'>>;

/** The bare number as the report prints it (before any 多/余), or null for non-numeric kinds. */
export function reportNumber(f: Spelling): string | null {
  switch (f.kind) {
    case 'count':
    case 'percent':
    case 'year':
      return String(f.value);
    case 'money':
      // the report writes money in 万元 when it is a whole number of 万
      return f.value % 10000 === 0 ? String(f.value / 10000) : String(f.value);
    default:
      return null;
  }
}

/** The figure as the report writes it, e.g. "2400多", "78.3%", "6000余万", "二分之一", "Ⅲ类". */
export function reportSpelling(f: Spelling): string {
  const approx = f.approx ?? '';
  switch (f.kind) {
    case 'count':
      return `${f.value}${approx}`;
    case 'percent':
      return `${f.value}%`;
    case 'year':
      return `${f.value}`;
    case 'money':
      return f.value % 10000 === 0 ? `${f.value / 10000}${approx}万` : `${f.value}${approx}`;
    case 'fraction':
      if (f.of === undefined || f.of > 10) throw new Error('fraction needs a denominator of 1..10');
      return `${CN_DIGITS[f.of]}分之${CN_DIGITS[f.value]}`;
    case 'grade':
      return `${ROMAN[f.value]}类`;
    case 'list':
      return (f.items ?? []).map((i) => i.zh).join('、');
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the quote state the figure as the report writes it? */
export function quoteStates(f: Spelling, quote: string): boolean {
  switch (f.kind) {
    case 'list':
      return (f.items ?? []).length > 0 && (f.items ?? []).every((i) => quote.includes(i.zh));
    case 'fraction':
      if (f.value === 1 && f.of === 1) return WHOLE.test(quote);
      return quote.includes(reportSpelling(f));
    case 'grade':
      return quote.includes(reportSpelling(f));
    default: {
      // the number must stand alone (not part of a longer number) and carry its 多/余 if any
      const tail = f.approx ? '' : '(?![\\d.多余])';
      return new RegExp(`(?<![\\d.])${escape(reportSpelling(f))}${tail}`, 'u').test(quote);
    }
  }
}

/** The characters written right after each stand-alone occurrence of the figure's number. */
export function charsAfterNumber(f: Spelling, quote: string): string[] {
  const n = reportNumber(f);
  if (n === null) return [];
  const re = new RegExp(`(?<![\\d.])${escape(n)}(?![\\d.])(.?)`, 'gu');
  return [...quote.matchAll(re)].map((m) => m[1]);
}
