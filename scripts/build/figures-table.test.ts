import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadFigures } from '../content/load-content';
import type { Figure } from '../../src/lib/content/types';
import { parseCsv } from '../../tests/e2e/csv';
import { FIGURE_COLUMNS, csvField, figureRow, toCsv, toJson } from './figures-table';

const base: Figure = {
  id: 'x',
  kind: 'count',
  value: 2400,
  approx: '多',
  unit: { zh: '户', en: 'households' },
  label: { zh: '结对帮扶的贫困户', en: 'Poor households, paired' },
  source: { paragraph: 5, quote: '结对帮扶2400多户贫困户' },
};

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' edge', '" edge"'],
    ['“curly” quotes', '“curly” quotes'],
    [2400, '2400'],
    [78.3, '78.3'],
    [true, 'true'],
    [null, ''],
  ] as const)('%j → %j', (value, out) => {
    expect(csvField(value)).toBe(out);
  });
});

describe('toCsv', () => {
  it('round-trips commas, quotes and line breaks through a CSV reader', () => {
    const tricky: Figure = {
      ...base,
      id: 'tricky',
      label: { zh: '甲，乙, 丙', en: 'A "quoted", label\nover two lines' },
      source: { paragraph: 7, quote: '“网红”, 旅游村\r\n' },
    };
    const list: Figure = {
      ...base,
      id: 'list',
      kind: 'list',
      value: 2,
      approx: null,
      items: [
        { zh: '甲', en: 'A, first' },
        { zh: '乙', en: 'B' },
      ],
    };
    const rows = [tricky, list].map(figureRow);
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFid,kind,value,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...body] = parseCsv(csv);
    expect(header).toEqual([...FIGURE_COLUMNS]);
    expect(body).toHaveLength(2);
    const read = body.map((r) => Object.fromEntries(r.map((v, i) => [FIGURE_COLUMNS[i], v])));
    expect(read[0]).toMatchObject({
      id: 'tricky',
      value: '2400',
      of: '',
      approx: 'true',
      approx_word: '多',
      label_zh: '甲，乙, 丙',
      label_en: 'A "quoted", label\nover two lines',
      report_paragraph: '7',
      report_quote: '“网红”, 旅游村\r\n',
    });
    expect(read[1]).toMatchObject({ approx: 'false', items_en: 'A, first; B', items_zh: '甲; 乙' });
  });

  it('writes one row per figure of data/figures.json, in order', () => {
    const figures = loadFigures(resolve(import.meta.dirname, '../../data/figures.json'));
    const [, ...body] = parseCsv(toCsv(figures.map(figureRow)));
    expect(body.map((r) => r[0])).toEqual(figures.map((f) => f.id));
    for (const r of body) expect(r).toHaveLength(FIGURE_COLUMNS.length);
  });
});

describe('toJson', () => {
  it('keeps numbers as numbers and names its source', () => {
    const out = JSON.parse(
      toJson([figureRow({ ...base, kind: 'fraction', value: 4, of: 5, approx: null })], {
        zh: 'src',
      }),
    ) as {
      source: unknown;
      columns: string[];
      figures: Record<string, unknown>[];
    };
    expect(out.source).toEqual({ zh: 'src' });
    expect(out.columns).toEqual([...FIGURE_COLUMNS]);
    expect(out.figures[0]).toMatchObject({
      value: 4,
      of: 5,
      approx: false,
      approx_word: '',
      report_paragraph: 5,
    });
  });
});
