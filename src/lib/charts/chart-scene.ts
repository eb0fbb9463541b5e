/**
 * The chart layer's scene: everything one step's chart draws, as plain data. Marks (cells,
 * bars, nodes) go to one canvas and move between steps; lines go to an SVG overlay; labels are
 * HTML. Scene builders (build.ts and panels/*) are pure; components only draw scenes.
 */

import type { Tone } from '../palette';

/** Colour roles of marks, lines and labels; src/lib/palette.ts gives their colours. */
export type { Tone };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A mark on the canvas: a (rounded) rectangle; a circle is a square with r = w / 2. */
export interface Mark {
  /** Stable across steps where the same thing is drawn, so it moves instead of reappearing. */
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius. */
  r: number;
  tone: Tone;
  /** Share of the mark filled, 0..1, from its left edge; below 1 the outline is drawn too. */
  fill: number;
  /** An open-ended mark (approximate figure, 多/余): dashed outline, no fill. */
  open: boolean;
  /** Drawn once scroll-linked reveal progress reaches this (0: always drawn). */
  reveal: number;
}

/** A line of the SVG overlay: links of the cascade, arcs of the loop, bar-axis gridlines. */
export interface Line {
  key: string;
  /** Path data, drawn translated by (x, y). */
  d: string;
  x: number;
  y: number;
  tone: Tone;
  width: number;
  arrow: boolean;
  dashed: boolean;
}

export type LabelRole = 'head' | 'item' | 'big' | 'axis' | 'note';

/** A text label, positioned in plot pixels; its text wraps within w. */
export interface Label {
  key: string;
  x: number;
  y: number;
  w: number;
  align: 'start' | 'center' | 'end';
  /** y is the top of the label, its middle, or its bottom. */
  valign: 'top' | 'middle' | 'bottom';
  role: LabelRole;
  /** Font size of `strong`, px. */
  size: number;
  /** The emphasised part (the number). */
  strong: string;
  /** Text after `strong` (the unit), and its separator. */
  rest: string;
  sep: string;
  /** A smaller second line (what the figure counts). */
  sub: string;
  tone: Tone;
  /** White text on a filled mark. */
  invert: boolean;
  muted: boolean;
  /** Draw a small swatch of the tone before the text (legend-like heads). */
  swatch: boolean;
}

/** Entries of the legend under the chart. */
export type LegendItem =
  | {
      kind: 'unit';
      per: number;
      shape: 'square' | 'circle';
      tone?: Tone;
      text: string;
      /** The figures whose marks stand for `per` each (ids). */
      figures: readonly string[];
    }
  | { kind: 'partial' | 'approx' | 'note'; text: string };

/** Units per mark of each figure, as a chart's legend states them (its unit items). */
export function statedPers(legend: readonly LegendItem[]): Map<string, number> {
  const pers = new Map<string, number>();
  for (const it of legend)
    if (it.kind === 'unit') for (const id of it.figures) pers.set(id, it.per);
  return pers;
}

/** Where the chart's title and legend sit, and their font sizes (px). */
export interface Frame {
  titleY: number;
  titleSize: number;
  legendY: number;
  legendSize: number;
  sourceSize: number;
  /** Space between legend items on a line, px (the layout reserves it). */
  legendGap: number;
}

export interface Scene extends Frame {
  title: string;
  marks: Mark[];
  lines: Line[];
  labels: Label[];
  legend: LegendItem[];
  /** "来源：原报道第5段". */
  source: string;
  /** Text alternative stating every figure, for role="img". */
  alt: string;
}

export function mark(m: Partial<Mark> & Pick<Mark, 'key' | 'x' | 'y' | 'w' | 'h'>): Mark {
  return {
    key: m.key,
    x: m.x,
    y: m.y,
    w: m.w,
    h: m.h,
    r: m.r ?? 0,
    tone: m.tone ?? 'ink',
    fill: m.fill ?? 1,
    open: m.open ?? false,
    reveal: m.reveal ?? 0,
  };
}

export function label(
  partial: Partial<Label> & Pick<Label, 'key' | 'x' | 'y' | 'w' | 'strong'>,
): Label {
  return {
    align: 'start',
    valign: 'top',
    role: 'head',
    size: 16,
    rest: '',
    sep: '',
    sub: '',
    tone: 'ink',
    invert: false,
    muted: false,
    swatch: false,
    ...partial,
  };
}

/** Moves a scene part by (dx, dy). */
export function shift<T extends { x: number; y: number }>(items: T[], dx: number, dy: number): T[] {
  if (dx === 0 && dy === 0) return items;
  return items.map((it) => ({ ...it, x: it.x + dx, y: it.y + dy }));
}
