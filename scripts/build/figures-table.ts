/**
 * Every figure of the story as a table for readers: one row per figure of data/figures.json,
 * written as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the Chinese) and
 * as JSON. Pure: scripts/build/figures-download.ts writes the files.
 */
import type { Figure } from '../../src/lib/content/types';

export const FIGURE_COLUMNS = [
  'id',
  'kind',
  'value',
  'of',
  'approx',
  'approx_word',
  'unit_zh',
  'unit_en',
  'label_zh',
  'label_en',
  'items_zh',
  'items_en',
  'report_paragraph',
  'report_quote',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** One figure as a row: numbers stay numbers, a missing denominator is null. */
export interface FigureRow {
  id: string;
  kind: Figure['kind'];
  value: number;
  of: number | null;
  /** True when the report says 多/余 ("more than"). */
  approx: boolean;
  approx_word: string;
  unit_zh: string;
  unit_en: string;
  label_zh: string;
  label_en: string;
  /** A list figure's parts, joined with "; " (empty for other kinds). */
  items_zh: string;
  items_en: string;
  report_paragraph: number;
  report_quote: string;
}

export function figureRow(f: Figure): FigureRow {
  return {
    id: f.id,
    kind: f.kind,
    value: f.value,
    of: f.of ?? null,
    approx: f.approx !== null,
    approx_word: f.approx ?? '',
    unit_zh: f.unit.zh,
    unit_en: f.unit.en,
    label_zh: f.label.zh,
    label_en: f.label.en,
    items_zh: (f.items ?? []).map((i) => i.zh).join('; '),
    items_en: (f.items ?? []).map((i) => i.en).join('; '),
    report_paragraph: f.source.paragraph,
    report_quote: f.source.quote,
  };
}

/** A CSV field: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV: a header line, then one line per row, CRLF line ends, a leading BOM. */
export function toCsv(rows: readonly FigureRow[]): string {
  const lines = [
    FIGURE_COLUMNS.join(','),
    ...rows.map((r) => FIGURE_COLUMNS.map((c) => csvField(r[c])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON file: where the figures come from (the report, as each edition credits it), then the rows. */
export function toJson(rows: readonly FigureRow[], source: unknown): string {
  return `${JSON.stringify({ source, columns: FIGURE_COLUMNS, figures: rows }, null, 2)}\n`;
}
