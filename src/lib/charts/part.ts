/**
 * Parts of a scene: each panel of a chart (a unit grid, a waffle, bars, a cascade …) is built
 * as a Part in its own coordinates (origin top left) and placed by build.ts.
 */
import type { Figure, Lang } from '../content/types';
import type { UiText } from '../i18n/ui';
import type { Emphasis } from './emphasis';
import { figureLabel, figureText } from './figure-text';
import { label, type Label, type LegendItem, type Line, type Mark, type Tone } from './chart-scene';
import { HEAD_REST, subSize } from './legibility';
import { LINE_HEIGHT, textWidth } from './text';

/** Font sizes (px) of chart text; compact on phones. */
export interface TypeScale {
  title: number;
  head: number;
  sub: number;
  item: number;
  big: number;
  axis: number;
  legend: number;
  source: number;
}

/** Nothing under MIN_TEXT (12px): a head's label is set at 0.78 of its 16px. */
export const TYPE_COMPACT: TypeScale = {
  title: 16,
  head: 16,
  sub: 12.5,
  item: 14,
  big: 52,
  axis: 12,
  legend: 12,
  source: 12,
};
export const TYPE_WIDE: TypeScale = {
  title: 19,
  head: 18,
  sub: 14,
  item: 16,
  big: 76,
  axis: 12,
  legend: 13,
  source: 12,
};

/** A type scale for text `scale` times the default size (the reader's font-size setting). */
export function scaleType(type: TypeScale, scale: number): TypeScale {
  if (scale === 1) return type;
  const out = { ...type };
  for (const key of Object.keys(out) as (keyof TypeScale)[]) out[key] = type[key] * scale;
  return out;
}

/** The plot is compact (phone layout) below this width. */
export const COMPACT_WIDTH = 520;

export interface Ctx {
  lang: Lang;
  ui: UiText;
  emphasis: Emphasis;
  compact: boolean;
  type: TypeScale;
  /** Items stressed so far by a travelling highlight (cascade, loop). */
  lit?: number;
  /** Figures the step's chart draws. */
  figureCount: number;
  /** The reader's text size over the default (1 unless their font-size setting is larger). */
  textScale?: number;
  /** Measuring only (sizes and legend): panels may skip making their many marks. */
  dry?: boolean;
  /** Heads give the number only, not what it counts (the chart's title names it). */
  terse?: boolean;
}

export interface Part {
  marks: Mark[];
  lines: Line[];
  labels: Label[];
  legend: LegendItem[];
  width: number;
  height: number;
}

/** Tones given to a step's groups in order. */
export const GROUP_TONES: readonly Tone[] = ['accent', 'accent2', 'ink'];

export function emptyPart(width: number, height = 0): Part {
  return { marks: [], lines: [], labels: [], legend: [], width, height };
}

/** Space between a head label and what it labels. */
export const HEAD_GAP = 6;

export interface HeadOptions {
  tone?: Tone;
  muted?: boolean;
  swatch?: boolean;
  /** Print what the figure counts after the number. Default true. */
  withLabel?: boolean;
  align?: Label['align'];
  /** Font size of the number, px (default: the type scale's head). */
  size?: number;
  /** A word before the number: "about" for a fraction that may be rounded. */
  prefix?: string;
}

/** A figure's head label (number, unit, what it counts) at (x, y), wrapping within w. */
export function headLabel(
  fig: Figure,
  key: string,
  x: number,
  y: number,
  w: number,
  ctx: Ctx,
  options: HeadOptions = {},
): { label: Label; height: number } {
  const text = figureText(fig, ctx.lang);
  const t = options.prefix ? { ...text, strong: options.prefix + text.strong } : text;
  // A terse head keeps what a number without a unit (a percentage) is of.
  const terse = ctx.terse && t.rest !== '';
  const sub = options.withLabel === false || terse ? '' : figureLabel(fig, ctx.lang);
  const swatch = options.swatch ?? false;
  const size = options.size ?? ctx.type.head;
  // As ChartLabels sets it: the number at `size`, the unit at 0.8em, the label at 0.78em (at
  // least MIN_TEXT).
  const width =
    textWidth(t.strong, size, true) +
    textWidth(t.sep + t.rest, size * HEAD_REST, true) +
    (sub ? textWidth('  ' + sub, subSize(size)) : 0) +
    (swatch ? size * 1.1 : 0);
  const slack = /[a-z]{3}/i.test(sub + t.rest) ? 1.15 : 1.04;
  const height = Math.max(1, Math.ceil((width * slack) / w)) * size * LINE_HEIGHT;
  return {
    label: label({
      key,
      x,
      y,
      w,
      align: options.align ?? 'start',
      role: 'head',
      size,
      ...t,
      sub,
      tone: options.tone ?? 'ink',
      muted: options.muted ?? false,
      swatch,
    }),
    height,
  };
}
