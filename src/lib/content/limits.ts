/**
 * Size limits for the content files. The real files are far below them (figures.json and
 * each story about 30 kB, 36 steps, 56 figures, no text field over 600 characters); the
 * limits stop a wrong or runaway file with a clear message before it slows the build.
 */

/** Any content file (figures.json, story.<lang>.aml, places.json): checked before reading. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Nesting of objects and arrays in a JSON file (figures.json needs 5): checked before parsing. */
export const MAX_JSON_DEPTH = 10;
/** Figures in figures.json. */
export const MAX_FIGURES = 1000;
/** Entries of any list in a story: sections, steps, notes, sources. */
export const MAX_LIST_ITEMS = 200;
/** Characters of one text field: a step's text, a title, a note, a figure's label or quote. */
export const MAX_TEXT_CHARS = 2000;

const grouped = new Intl.NumberFormat('en-US');

/** 1048577 → "1,048,577" */
export function count(n: number): string {
  return grouped.format(n);
}

/** "is 1,048,577 bytes; the limit is 1,048,576" */
export function overLimit(measured: string, limit: number): string {
  return `${measured}; the limit is ${count(limit)}`;
}
