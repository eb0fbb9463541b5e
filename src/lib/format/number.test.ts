import { describe, it, expect } from 'vitest';
import type { Figure, FigureKind } from '../content/types';
import {
  formatFigureInText,
  approxWord,
  figureNumberParts,
  formatFigure,
  formatNumber,
  renderTokens,
  zhNumeral,
} from './number';

function fig(kind: FigureKind, value: number, extra: Partial<Figure> = {}): Figure {
  return {
    id: 'f',
    kind,
    value,
    approx: null,
    unit: { zh: '', en: '' },
    label: { zh: '', en: '' },
    source: { paragraph: 1, quote: '' },
    ...extra,
  };
}

const households = fig('count', 2400, { approx: '多', unit: { zh: '户', en: 'households' } });
const cadres = fig('count', 86, { unit: { zh: '名', en: 'cadres' } });
const toilets = fig('count', 2774, { unit: { zh: '座', en: 'toilets' } });
const villages = { zh: '的村', en: 'of villages' };
const income = fig('money', 60000000, { approx: '余' });
const parts = fig('list', 3, {
  items: [
    { zh: '甲', en: 'A' },
    { zh: '乙', en: 'B' },
    { zh: '丙', en: 'C' },
  ],
});

describe('formatFigure', () => {
  it.each<[string, Figure, string, string]>([
    ['approx count', households, '2400多户', 'more than 2,400 households'],
    ['exact count', cadres, '86名', '86 cadres'],
    ['thousands', toilets, '2774座', '2,774 toilets'],
    [
      '余 count',
      fig('count', 4900, { approx: '余', unit: { zh: '人', en: 'people' } }),
      '4900余人',
      'more than 4,900 people',
    ],
    ['percent', fig('percent', 78.3), '78.3%', '78.3%'],
    [
      'percent ignores unit',
      fig('percent', 80, { unit: { zh: '户', en: 'households' } }),
      '80%',
      '80%',
    ],
    ['approx percent', fig('percent', 80, { approx: '多' }), '80%多', 'more than 80%'],
    ['half', fig('fraction', 1, { of: 2, unit: villages }), '二分之一的村', 'half of villages'],
    [
      'four fifths',
      fig('fraction', 4, { of: 5, unit: villages }),
      '五分之四的村',
      'four fifths of villages',
    ],
    [
      'one third',
      fig('fraction', 1, { of: 3, unit: villages }),
      '三分之一的村',
      'one third of villages',
    ],
    ['all', fig('fraction', 1, { of: 1, unit: villages }), '全部的村', 'all of villages'],
    ['fraction without unit', fig('fraction', 3, { of: 4 }), '四分之三', 'three quarters'],
    ['big denominator', fig('fraction', 3, { of: 20 }), '二十分之三', '3/20'],
    ['money in 万', income, '6000余万元', 'more than 60 million yuan'],
    ['money 10万', fig('money', 100000), '10万元', '100,000 yuan'],
    ['money in 亿', fig('money', 200000000), '2亿元', '200 million yuan'],
    ['money odd', fig('money', 12345), '12345元', '12,345 yuan'],
    ['money 1.5 million', fig('money', 1500000), '150万元', '1.5 million yuan'],
    ['year', fig('year', 2020), '2020年', '2020'],
    ['grade', fig('grade', 3), 'Ⅲ类', 'Class III'],
    ['grade I', fig('grade', 1), 'Ⅰ类', 'Class I'],
    ['grade V', fig('grade', 5), 'Ⅴ类', 'Class V'],
    ['list', parts, '甲、乙、丙', 'A, B and C'],
    [
      'list of two',
      fig('list', 2, {
        items: [
          { zh: '甲', en: 'A' },
          { zh: '乙', en: 'B' },
        ],
      }),
      '甲、乙',
      'A and B',
    ],
    ['list of one', fig('list', 1, { items: [{ zh: '甲', en: 'A' }] }), '甲', 'A'],
    [
      'list whose items hold the separator (four items never read as five)',
      fig('list', 3, {
        items: [
          { zh: '甲包片', en: 'A each cover an area' },
          { zh: '乙联乡', en: 'B each link with a township' },
          { zh: '乡镇、村落实', en: 'townships and villages do it' },
        ],
      }),
      '甲包片；乙联乡；乡镇、村落实',
      'A each cover an area; B each link with a township; and townships and villages do it',
    ],
    [
      'one village',
      fig('count', 1, { unit: { zh: '个村级组织', en: 'village organisation' } }),
      '1个村级组织',
      '1 village organisation',
    ],
  ])('%s', (_name, f, zh, en) => {
    expect(formatFigure(f, 'zh-CN')).toBe(zh);
    expect(formatFigure(f, 'en')).toBe(en);
  });

  it('never prints an approximate figure as exact', () => {
    for (const f of [households, income, fig('percent', 72, { approx: '多' })]) {
      expect(formatFigure(f, 'zh-CN')).toContain(f.approx ?? 'x');
      expect(formatFigure(f, 'en')).toMatch(/^more than /);
    }
  });

  it.each<[string, Figure]>([
    ['fraction without of', fig('fraction', 1)],
    ['fraction above 1', fig('fraction', 3, { of: 2 })],
    ['non-integer fraction', fig('fraction', 1.5, { of: 2 })],
    ['list without items', fig('list', 3)],
    ['grade out of range', fig('grade', 0)],
    ['approximate year', fig('year', 2020, { approx: '多' })],
  ])('throws for %s', (_name, f) => {
    expect(() => formatFigure(f, 'zh-CN')).toThrow();
    expect(() => formatFigure(f, 'en')).toThrow();
  });
});

describe('figureNumberParts', () => {
  it.each<[Figure, 'zh-CN' | 'en', { number: string; approx: string; unit: string }]>([
    [households, 'zh-CN', { number: '2400', approx: '多', unit: '户' }],
    [households, 'en', { number: '2,400', approx: 'more than', unit: 'households' }],
    [income, 'zh-CN', { number: '6000', approx: '余', unit: '万元' }],
    [income, 'en', { number: '60', approx: 'more than', unit: 'million yuan' }],
    [fig('percent', 78.3), 'en', { number: '78.3', approx: '', unit: '%' }],
    [fig('grade', 3), 'zh-CN', { number: 'Ⅲ', approx: '', unit: '类' }],
  ])('%#', (f, lang, expected) => {
    expect(figureNumberParts(f, lang)).toEqual(expected);
  });
});

describe('formatNumber and helpers', () => {
  it.each<[number, string, string]>([
    [2774, '2774', '2,774'],
    [60000000, '60000000', '60,000,000'],
    [78.3, '78.3', '78.3'],
    [0.1 + 0.2, '0.3', '0.3'],
    [0, '0', '0'],
    [-1200, '-1200', '-1,200'],
  ])('%d', (value, zh, en) => {
    expect(formatNumber(value, 'zh-CN')).toBe(zh);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it.each<[number, string]>([
    [1, '一'],
    [2, '二'],
    [10, '十'],
    [12, '十二'],
    [30, '三十'],
    [35, '三十五'],
    [100, '100'],
  ])('zhNumeral(%d) = %s', (n, zh) => expect(zhNumeral(n)).toBe(zh));

  it('approxWord', () => {
    expect(approxWord('多', 'zh-CN')).toBe('多');
    expect(approxWord('余', 'en')).toBe('more than');
    expect(approxWord(null, 'en')).toBe('');
    expect(approxWord(null, 'zh-CN')).toBe('');
  });
});

describe('renderTokens', () => {
  const figures = new Map<string, Figure>([
    ['households-paired', { ...households, id: 'households-paired' }],
    ['cadres-86', { ...cadres, id: 'cadres-86' }],
  ]);

  it('splits text and figures', () => {
    expect(renderTokens('结对{households-paired}，派出{cadres-86}。', figures, 'zh-CN')).toEqual([
      { type: 'text', text: '结对' },
      { type: 'figure', id: 'households-paired', text: '2400多户' },
      { type: 'text', text: '，派出' },
      { type: 'figure', id: 'cadres-86', text: '86名' },
      { type: 'text', text: '。' },
    ]);
  });

  it('handles adjacent tokens and tokens at the ends', () => {
    expect(renderTokens('{cadres-86}{households-paired}', figures, 'en')).toEqual([
      { type: 'figure', id: 'cadres-86', text: '86 cadres' },
      { type: 'figure', id: 'households-paired', text: 'more than 2,400 households' },
    ]);
  });

  it.each(['', 'no tokens', 'braces {Not-kebab} {a b} {} {-x} {x-} { cadres-86 }'])(
    'keeps other braces as text: %s',
    (text) => {
      expect(renderTokens(text, figures, 'en')).toEqual(text ? [{ type: 'text', text }] : []);
    },
  );

  it('throws naming an unknown id', () => {
    expect(() => renderTokens('a {no-such-figure} b', figures, 'en')).toThrow(/no-such-figure/);
  });
});

describe('formatFigureInText (a figure in a card’s running text)', () => {
  const unit = { zh: '个工作组', en: 'working groups' };
  it.each([
    [fig('count', 0, { unit }), 'zero working groups'],
    [
      fig('count', 1, { unit: { zh: '个', en: 'village party organisation' } }),
      'one village party organisation',
    ],
    [fig('count', 3, { unit }), 'three working groups'],
    [fig('count', 9, { unit }), 'nine working groups'],
    [fig('count', 7, { unit, approx: '多' }), 'more than seven working groups'],
    [fig('count', 10, { unit }), '10 working groups'],
    [fig('count', 2400, { unit, approx: '多' }), 'more than 2,400 working groups'],
    [fig('percent', 5), '5%'],
    [fig('money', 5), '5 yuan'],
    [
      fig('fraction', 1, { of: 2, unit: { zh: '的村', en: 'of the villages' } }),
      'half of the villages',
    ],
  ])('English spells out counts under ten only: %j', (f, en) => {
    expect(formatFigureInText(f, 'en')).toBe(en);
  });

  it('leaves Chinese, and charts (formatFigure), with digits', () => {
    const f = fig('count', 3, { unit });
    expect(formatFigureInText(f, 'zh-CN')).toBe('3个工作组');
    expect(formatFigure(f, 'en')).toBe('3 working groups');
  });

  it('is what renderTokens prints', () => {
    const three = new Map([['groups', { ...fig('count', 3, { unit }), id: 'groups' }]]);
    expect(renderTokens('{groups} audited.', three, 'en')[0]).toEqual({
      type: 'figure',
      id: 'groups',
      text: 'three working groups',
    });
  });
});
