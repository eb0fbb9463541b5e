/**
 * Parts of a whole: a percentage as a 10 × 10 waffle (each cell 1%, a fractional cell part
 * filled), a fraction outside the villages chart as one part-filled bar, and fractions of
 * villages as grids of N villages (N divisible by every denominator, so nothing is rounded).
 * The report gives no number of villages: a grid only shows the proportion, and says so.
 */
import type { Figure } from '../content/types';
import { formatFigure } from '../format/number';
import { isStressed } from './emphasis';
import { GROUP_TONES, HEAD_GAP, headLabel, type Ctx, type Part } from './part';
import { waffle } from './waffle';
import { mark, type Label, type Mark, type Tone } from './chart-scene';
import { villageCountFor, villageFill } from './village-fill';

/** Cells of a waffle: 100, each 1%. */
export const WAFFLE_CELLS = 100;
const WAFFLE_COLS = 10;

export function wafflePanel(
  fig: Figure,
  index: number,
  width: number,
  maxHeight: number,
  ctx: Ctx,
): Part {
  const tone: Tone = isStressed(ctx.emphasis, fig.id)
    ? (GROUP_TONES[index % GROUP_TONES.length] ?? 'accent')
    : 'muted';
  const head = headLabel(fig, `head:${fig.id}`, 0, 0, width, ctx, { tone });
  const top = head.height + HEAD_GAP;
  const side = Math.max(40, Math.min(width, maxHeight - top, ctx.compact ? 260 : 420));
  const pitch = side / WAFFLE_COLS;
  const gap = Math.max(1, pitch * 0.1);
  const { fills } = waffle(fig.value, WAFFLE_CELLS);
  const marks: Mark[] = (ctx.dry ? [] : fills).map((f, i) =>
    mark({
      key: `${fig.id}:${i}`,
      x: (i % WAFFLE_COLS) * pitch,
      y: top + Math.floor(i / WAFFLE_COLS) * pitch,
      w: pitch - gap,
      h: pitch - gap,
      r: Math.min(2, pitch * 0.1),
      tone: f === 0 ? 'rest' : tone,
      fill: f === 0 ? 1 : f,
    }),
  );
  const legend: Part['legend'] = [{ kind: 'note', text: ctx.ui.chartPercentCell }];
  if (fills.some((f) => f > 0 && f < 1))
    legend.push({ kind: 'partial', text: ctx.ui.chartPartial });
  return { marks, lines: [], labels: [head.label], legend, width, height: top + side - gap };
}

/** A fraction outside the villages chart (e.g. "all villages"): one bar, part filled. */
export function fractionBarPanel(fig: Figure, index: number, width: number, ctx: Ctx): Part {
  const tone = GROUP_TONES[index % GROUP_TONES.length] ?? 'accent';
  const head = headLabel(fig, `head:${fig.id}`, 0, 0, width, ctx, { tone });
  const top = head.height + HEAD_GAP;
  const h = ctx.compact ? 14 : 18;
  const bar = mark({
    key: `${fig.id}:bar`,
    x: 0,
    y: top,
    w: width,
    h,
    r: 2,
    tone,
    fill: fig.value / (fig.of ?? 1),
  });
  return { marks: [bar], lines: [], labels: [head.label], legend: [], width, height: top + h };
}

/** Villages in a grid: at least this many, divisible by every denominator of the step. */
export const MIN_VILLAGES = 30;

export function villageCells(fractions: readonly Figure[]): number {
  return villageCountFor(
    fractions.map((f) => f.of ?? 1),
    MIN_VILLAGES,
    4 * MIN_VILLAGES,
  );
}

/**
 * Fractions of villages. Separate grids by default; `nested` draws thresholds of one measure
 * on one grid (villages over 500,000 yuan are also over 100,000 yuan): the smaller share dark
 * within the larger.
 */
export function villagesPanel(
  fractions: readonly Figure[],
  width: number,
  maxHeight: number,
  ctx: Ctx,
  nested: boolean,
): Part {
  const n = villageCells(fractions);
  // Nested: the largest share first; its head and the smaller share's head above one grid.
  const shown = nested
    ? [...fractions].sort((a, b) => b.value / (b.of ?? 1) - a.value / (a.of ?? 1))
    : fractions;
  const tones: Tone[] = nested
    ? shown.map((_, i) => (i % 2 === 0 ? 'accent2' : 'accent'))
    : shown.map((_, g) => GROUP_TONES[(g + 1) % GROUP_TONES.length] ?? 'accent2');
  const heads = shown.map((f, i) =>
    headLabel(f, `head:${f.id}`, 0, 0, width, ctx, { tone: tones[i], swatch: nested }),
  );
  const grids = nested ? 1 : shown.length;
  const between = ctx.compact ? 10 : 18;
  const fixed =
    heads.reduce((a, h) => a + h.height + (nested ? 2 : HEAD_GAP), 0) +
    (nested ? HEAD_GAP : 0) +
    (grids - 1) * between;
  const cols = width / 10 >= 22 ? 10 : 6;
  const rows = Math.ceil(n / cols);
  const pitch = Math.max(
    8,
    Math.min(ctx.compact ? 34 : 44, width / cols, (maxHeight - fixed) / (grids * rows)),
  );
  const gap = Math.max(2, pitch * 0.16);
  const size = pitch - gap;
  const marks: Mark[] = [];
  const labels: Label[] = [];
  let y = 0;
  const cell = (key: string, i: number, tone: Tone): Mark =>
    mark({
      key,
      x: (i % cols) * pitch,
      y: y + Math.floor(i / cols) * pitch,
      w: size,
      h: size,
      r: size * 0.22,
      tone,
    });
  const legend: Part['legend'] = [{ kind: 'note', text: ctx.ui.chartVillages(n) }];
  if (nested) {
    const filled = shown.map((f) => villageFill(f.value, f.of ?? 1, n).filled);
    heads.forEach((h) => {
      labels.push({ ...h.label, y });
      y += h.height + 2;
    });
    y += HEAD_GAP;
    for (let i = 0; i < (ctx.dry ? 0 : n); i++) {
      // A village is in the smallest share it falls within: the darkest tone wins.
      let level = -1;
      filled.forEach((count, l) => {
        if (i < count) level = l;
      });
      marks.push(cell(`villages:${i}`, i, level < 0 ? 'rest' : (tones[level] ?? 'accent')));
    }
    y += rows * pitch - gap;
    const inner = shown[shown.length - 1];
    const outer = shown[0];
    if (inner && outer && inner !== outer) {
      legend.push({
        kind: 'note',
        text: ctx.ui.chartNested(formatFigure(inner, ctx.lang), formatFigure(outer, ctx.lang)),
      });
    }
  } else {
    shown.forEach((f, g) => {
      if (g > 0) y += between;
      const head = heads[g]!;
      labels.push({ ...head.label, y });
      y += head.height + HEAD_GAP;
      const { filled } = villageFill(f.value, f.of ?? 1, n);
      const tone = tones[g] ?? 'accent2';
      for (let i = 0; i < (ctx.dry ? 0 : n); i++)
        marks.push(cell(`${f.id}:${i}`, i, i < filled ? tone : 'rest'));
      y += rows * pitch - gap;
    });
  }
  return { marks, lines: [], labels, legend, width, height: y };
}
