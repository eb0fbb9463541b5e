/**
 * Formatting of report figures for display in both editions. Approximate figures (多/余) are
 * always labelled as such ("2400多户", "more than 2,400 households"), never printed as exact.
 */
import { formatLocale } from 'd3-format';
import type { Figure, Lang } from '../content/types';

// ASCII minus for negatives (d3's default is U+2212).
const { format } = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['', ''],
  minus: '-',
});
const plain = format('');
const grouped = format(',');

export interface NumberParts {
  number: string;
  approx: string;
  unit: string;
}

export type TextPart =
  { type: 'text'; text: string } | { type: 'figure'; id: string; text: string };

const ZH_DIGITS = '零一二三四五六七八九';
const EN_NUMBERS = 'zero one two three four five six seven eight nine ten'.split(' ');
const EN_ORDINALS = ',,half,third,quarter,fifth,sixth,seventh,eighth,ninth,tenth'.split(',');
const ROMAN = ',I,II,III,IV,V,VI,VII,VIII,IX,X'.split(',');
const ROMAN_ZH = ' ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ';

/** A plain number: digits without separators in Chinese, thousands separators in English. */
export function formatNumber(value: number, lang: Lang): string {
  return lang === 'en' ? grouped(value) : plain(value);
}

/** The words for 多/余: zh keeps the character (written after the number), en "more than". */
export function approxWord(approx: Figure['approx'], lang: Lang): string {
  if (!approx) return '';
  return lang === 'en' ? 'more than' : approx;
}

/** Chinese numeral for 0..99 (二, 十, 十二, 三十五); other values fall back to digits. */
export function zhNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return ZH_DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : ZH_DIGITS.charAt(tens)) + '十' + (ones ? ZH_DIGITS.charAt(ones) : '');
}

function fractionWords(num: number, den: number, lang: Lang): string {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den < 1 || num < 0 || num > den) {
    throw new RangeError(`Invalid fraction ${num}/${den}`);
  }
  if (lang !== 'en') return num === den ? '全部' : `${zhNumeral(den)}分之${zhNumeral(num)}`;
  if (num === den) return 'all';
  if (num === 0) return 'none';
  if (num === 1 && den === 2) return 'half';
  const ord = EN_ORDINALS[den];
  const word = EN_NUMBERS[num];
  if (!ord || !word) return `${num}/${den}`;
  return `${word} ${num === 1 ? ord : ord === 'half' ? 'halves' : ord + 's'}`;
}

function romanGrade(value: number, lang: Lang): string {
  if (!Number.isInteger(value) || value < 1 || value > 10)
    throw new RangeError(`Invalid grade ${value}`);
  return lang === 'en' ? (ROMAN[value] ?? '') : ROMAN_ZH.charAt(value);
}

/**
 * Items joined as a list: 、 in Chinese, "A, B and C" in English. When an item holds the
 * separator itself (乡镇、村具体落实; "townships and villages …"), the items are joined with
 * semicolons instead, so that four items never read as five.
 */
function joinList(items: string[], lang: Lang): string {
  if (lang !== 'en') return items.join(items.some((it) => it.includes('、')) ? '；' : '、');
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1] ?? '';
  if (items.some((it) => /,| and /.test(it)))
    return `${items.slice(0, -1).join('; ')}; and ${last}`;
  return `${items.slice(0, -1).join(', ')} and ${last}`;
}

function moneyParts(value: number, lang: Lang): { number: string; unit: string } {
  if (lang !== 'en') {
    if (value !== 0 && value % 1e8 === 0) return { number: plain(value / 1e8), unit: '亿元' };
    if (value !== 0 && value % 1e4 === 0) return { number: plain(value / 1e4), unit: '万元' };
    return { number: plain(value), unit: '元' };
  }
  if (value >= 1e9 && value % 1e7 === 0)
    return { number: grouped(value / 1e9), unit: 'billion yuan' };
  if (value >= 1e6 && value % 1e4 === 0)
    return { number: grouped(value / 1e6), unit: 'million yuan' };
  return { number: grouped(value), unit: 'yuan' };
}

/** The number, the approximation word and the unit of a figure, for styling them apart. */
export function figureNumberParts(fig: Figure, lang: Lang): NumberParts {
  const en = lang === 'en';
  const approx = approxWord(fig.approx, lang);
  if (approx && (fig.kind === 'year' || fig.kind === 'grade' || fig.kind === 'list')) {
    throw new Error(`Figure "${fig.id}": a ${fig.kind} cannot be approximate`);
  }
  const unit = en ? fig.unit.en : fig.unit.zh;
  switch (fig.kind) {
    case 'count':
      return { number: formatNumber(fig.value, lang), approx, unit };
    case 'percent':
      return { number: formatNumber(fig.value, lang), approx, unit: '%' };
    case 'fraction':
      if (fig.of === undefined) throw new Error(`Figure "${fig.id}": a fraction needs "of"`);
      return { number: fractionWords(fig.value, fig.of, lang), approx, unit };
    case 'money':
      return { ...moneyParts(fig.value, lang), approx };
    case 'year':
      return { number: String(fig.value), approx, unit: en ? '' : '年' };
    case 'grade': {
      const roman = romanGrade(fig.value, lang);
      return en
        ? { number: `Class ${roman}`, approx, unit: '' }
        : { number: roman, approx, unit: '类' };
    }
    case 'list': {
      if (!fig.items) throw new Error(`Figure "${fig.id}": a list needs items`);
      const items = fig.items.map((it) => (en ? it.en : it.zh));
      return { number: joinList(items, lang), approx, unit: '' };
    }
  }
}

/**
 * A figure as running text in a step's card. As formatFigure, except that English spells out
 * a count from zero to nine ("three working groups", "more than five …"), as house style
 * wants in prose (docs/style.md); charts keep the digits.
 */
export function formatFigureInText(fig: Figure, lang: Lang): string {
  if (lang === 'en' && fig.kind === 'count' && Number.isInteger(fig.value) && fig.value < 10) {
    const { approx, unit } = figureNumberParts(fig, lang);
    const word = EN_NUMBERS[fig.value] ?? String(fig.value);
    return `${approx ? approx + ' ' : ''}${word}${unit ? ' ' + unit : ''}`;
  }
  return formatFigure(fig, lang);
}

/** A figure as display text, e.g. "2400多户" / "more than 2,400 households". */
export function formatFigure(fig: Figure, lang: Lang): string {
  const { number, approx, unit } = figureNumberParts(fig, lang);
  if (lang !== 'en')
    return fig.kind === 'percent' ? number + unit + approx : number + approx + unit;
  const sep = unit && fig.kind !== 'percent' ? ' ' : '';
  return `${approx ? approx + ' ' : ''}${number}${sep}${unit}`;
}

const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** Splits copy with {figure-id} tokens into text and figure parts formatted as running text. */
export function renderTokens(
  text: string,
  figures: ReadonlyMap<string, Figure>,
  lang: Lang,
): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const id = match[1] ?? '';
    const fig = figures.get(id);
    if (!fig) throw new Error(`Unknown figure id "${id}" in text: ${text}`);
    if (match.index > last) parts.push({ type: 'text', text: text.slice(last, match.index) });
    parts.push({ type: 'figure', id, text: formatFigureInText(fig, lang) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}
