/**
 * Text flowed into lines for an SVG picture, which has no line breaking of its own. A text is
 * a few styled runs (a number, its unit, what it counts); lines break between CJK characters
 * and after spaces, never before closing punctuation (，。）…) or after opening punctuation,
 * as CSS would. Widths are the estimates of ../charts/text.ts, which err on the wide side.
 */
import { LINE_HEIGHT, textWidth } from '../charts/text';

export interface Run {
  text: string;
  /** Font size, px. */
  size: number;
  /** CSS font weight. */
  weight: number;
  fill: string;
  italic?: boolean;
}

/** Part of a line set in one run's style. */
export type Span = Run;

export interface Line {
  spans: Span[];
  /** Estimated width, px (trailing spaces excluded). */
  width: number;
  /** Line box height: the largest size on the line times the line height. */
  height: number;
  /** The largest font size on the line. */
  size: number;
}

export interface FlowOptions {
  /** Line height as a multiple of the font size. Default LINE_HEIGHT (1.3). */
  lineHeight?: number;
  /** Break inside a word too long for a line (CSS overflow-wrap: anywhere). Default false. */
  anywhere?: boolean;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const NO_START = /[，。、；：！？）》」』”’〕】％%,.;:!?)\]…·]/u;
const NO_END = /[（《「『“‘〔【([]/u;
const SPACE = /\s/u;

interface Char {
  ch: string;
  run: number;
}

/** Whether a line may break between chars a and b. */
export function canBreak(a: string, b: string): boolean {
  if (NO_START.test(b) || NO_END.test(a)) return false;
  if (SPACE.test(a) && !SPACE.test(b)) return true;
  return WIDE.test(a) || WIDE.test(b);
}

function charWidth(c: Char, runs: readonly Run[]): number {
  const run = runs[c.run]!;
  return textWidth(c.ch, run.size, run.weight >= 600);
}

/** Chars grouped into units that are never split (words, CJK characters with punctuation). */
function units(chars: readonly Char[]): Char[][] {
  const out: Char[][] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    const last = out[out.length - 1];
    if (last && prev && !canBreak(prev.ch, c.ch)) last.push(c);
    else out.push([c]);
  }
  return out;
}

function trimEnd(chars: Char[]): Char[] {
  let end = chars.length;
  while (end > 0 && SPACE.test(chars[end - 1]!.ch)) end--;
  return chars.slice(0, end);
}

function toLine(chars: Char[], runs: readonly Run[], lineHeight: number): Line {
  const kept = trimEnd(chars);
  const parts: { run: number; text: string }[] = [];
  let width = 0;
  for (const c of kept) {
    width += charWidth(c, runs);
    const last = parts[parts.length - 1];
    if (last && last.run === c.run) last.text += c.ch;
    else parts.push({ run: c.run, text: c.ch });
  }
  const spans = parts.map((p) => ({ ...runs[p.run]!, text: p.text }));
  const size = Math.max(0, ...kept.map((c) => runs[c.run]!.size));
  return { spans, width, height: size * lineHeight, size };
}

/** Splits a unit too wide for the line into pieces that fit (at least one char each). */
function split(unit: Char[], runs: readonly Run[], width: number): Char[][] {
  const pieces: Char[][] = [];
  let piece: Char[] = [];
  let used = 0;
  for (const c of unit) {
    const w = charWidth(c, runs);
    if (piece.length > 0 && used + w > width) {
      pieces.push(piece);
      piece = [];
      used = 0;
    }
    piece.push(c);
    used += w;
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** Flows styled runs into lines no wider than `width` (a unit wider than a line overflows,
 * unless `anywhere`). Spaces at the start of a line are dropped. */
export function flowRuns(runs: readonly Run[], width: number, options: FlowOptions = {}): Line[] {
  const lineHeight = options.lineHeight ?? LINE_HEIGHT;
  const chars: Char[] = runs.flatMap((r, run) => [...r.text].map((ch) => ({ ch, run })));
  const lines: Char[][] = [];
  let line: Char[] = [];
  let used = 0;
  const measure = (u: Char[]) => u.reduce((a, c) => a + charWidth(c, runs), 0);
  for (const unit of units(chars)) {
    const pieces =
      options.anywhere && measure(trimEnd(unit)) > width ? split(unit, runs, width) : [unit];
    for (const piece of pieces) {
      const w = measure(piece);
      const visible = measure(trimEnd(piece));
      if (line.length > 0 && used + visible > width + 1e-6) {
        lines.push(line);
        line = [];
        used = 0;
      }
      if (line.length === 0) {
        const start = piece.findIndex((c) => !SPACE.test(c.ch));
        if (start < 0) continue;
        const rest = piece.slice(start);
        line.push(...rest);
        used += measure(rest);
      } else {
        line.push(...piece);
        used += w;
      }
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => toLine(l, runs, lineHeight));
}

/** Total height of flowed lines. */
export function linesHeight(lines: readonly Line[]): number {
  return lines.reduce((a, l) => a + l.height, 0);
}

/**
 * The baseline of a line whose box starts at `top`: CSS centres the glyphs in the line box,
 * and the alphabetic baseline sits about 0.35 em below the middle of the em box.
 */
export function baseline(top: number, line: Pick<Line, 'height' | 'size'>): number {
  return top + line.height / 2 + line.size * 0.35;
}
