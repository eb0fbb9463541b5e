/**
 * Text metrics estimated without the DOM (no layout reads on the scroll path, and the same
 * result at build time): CJK characters are one em wide; Latin ones are measured for a wide
 * fallback face (DejaVu Sans, which Debian's Chromium uses for system-ui), bold a little wider.
 * Estimates err on the wide side so labels get the room they need.
 */

export const LINE_HEIGHT = 1.3;

function charWidth(code: number): number {
  if (code >= 0x2e80) return 1; // CJK, fullwidth punctuation, Roman numerals Ⅰ–Ⅻ
  if (code === 0x20) return 0.32;
  if (code >= 0x30 && code <= 0x39) return 0.64; // digits
  if (code >= 0x41 && code <= 0x5a) return 0.74; // capitals
  if (code === 0x25) return 0.95; // %
  if (code >= 0x61 && code <= 0x7a) return 0.62;
  return 0.42; // punctuation
}

/** Any CJK character. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Bold Latin text is about this much wider. */
const BOLD = 1.08;

/** Estimated width in px of text set in a font of `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  return widthIn(text, size, bold, CJK.test(text));
}

/** Among CJK text (`cjk`), curly quotes are set full width (one em), as the CJK face draws them. */
function widthIn(text: string, size: number, bold: boolean, cjk: boolean): number {
  let em = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const w = cjk && code >= 0x2018 && code <= 0x201f ? 1 : charWidth(code);
    em += w;
    if (w < 1) latin += w;
  }
  return (em + (bold ? latin * (BOLD - 1) : 0)) * size;
}

/**
 * Where a line may break: after spaces and hyphens, and between CJK characters, but never
 * after an opening quote or bracket nor before closing punctuation (as the browser sets CJK).
 */
const BREAKS = /\s+|[“‘（《「]*[\u2e80-\uffff][”’）》」、，。：；！？]*|[^\s\u2e80-\uffff-]+-?|-/g;

/** Lines of greedy wrapping at word breaks (a word wider than the line breaks anywhere). */
function wrapLines(text: string, size: number, width: number, bold: boolean): number {
  const cjk = CJK.test(text);
  let lines = 1;
  let used = 0;
  let space = 0;
  for (const token of text.match(BREAKS) ?? []) {
    const w = widthIn(token, size, bold, cjk);
    if (/^\s/.test(token)) {
      space = w;
      continue;
    }
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = 0;
    } else used += space;
    space = 0;
    lines += Math.max(0, Math.ceil(w / width) - 1);
    used = w > width ? w % width : used + w;
  }
  return lines;
}

/** Estimated number of lines the text takes when wrapped at `width` px (at least 1). */
export function textLines(text: string, size: number, width: number, bold = false): number {
  if (!text) return 0;
  if (!(width > 0)) return 1;
  // Wrapping at word boundaries loses part of a line: more slack for words than for CJK. Long
  // words in a narrow line (large text) lose more: the greedy wrap then counts more lines.
  const slack = /[a-z]{3}/i.test(text) ? 1.15 : 1.06;
  const estimate = Math.ceil((textWidth(text, size, bold) * slack) / width);
  return Math.max(1, estimate, wrapLines(text, size, width, bold));
}

/** Estimated height in px of wrapped text. */
export function textHeight(text: string, size: number, width: number, bold = false): number {
  return textLines(text, size, width, bold) * size * LINE_HEIGHT;
}
