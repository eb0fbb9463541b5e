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
import { MIN_MARK } from './legibility';
import { mark, type Label, type Mark, type Tone } from './chart-scene';
import { villageCountFor, villageFill } from './village-fill';

/** Cells of a waffle: 100, each 1%. */
export const WAFFLE_CELLS = 100;

/**
 * The waffle's columns (10 × 10, or 20 × 5 and 25 × 4 in a wide, short box) and pitch: the
 * shape whose cells come out largest, up to maxPitch; cells keep to MIN_MARK (a box too small
 * for that gets them at MIN_MARK anyway, and the scene then does not fit).
 */
export function waffleShape(
  width: number,
  height: number,
  maxPitch: number,
): { cols: number; pitch: number } {
  let best = { cols: 10, pitch: 0 };
  for (const cols of [10, 20, 25]) {
    const pitch = Math.min(maxPitch, width / cols, height / (WAFFLE_CELLS / cols));
    if (pitch > best.pitch + 0.5) best = { cols, pitch };
  }
  // A cell is its pitch less a gap of at least 1px.
  return { cols: best.cols, pitch: Math.max(best.pitch, MIN_MARK + 1) };
}

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
  const { cols, pitch } = waffleShape(width, maxHeight - top, ctx.compact ? 26 : 42);
  const rows = WAFFLE_CELLS / cols;
  const gap = Math.max(1, pitch * 0.1);
  const { fills } = waffle(fig.value, WAFFLE_CELLS);
  const marks: Mark[] = (ctx.dry ? [] : fills).map((f, i) =>
    mark({
      key: `${fig.id}:${i}`,
      x: (i % cols) * pitch,
      y: top + Math.floor(i / cols) * pitch,
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
  return {
    marks,
    lines: [],
    labels: [head.label],
    legend,
    width,
    height: top + rows * pitch - gap,
  };
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

/** "About" before a fraction of villages short of all of them (1/2, 4/5, 1/3), else ''. */
export function aboutPrefix(fig: Figure, about: string): string {
  return fig.kind === 'fraction' && fig.value < (fig.of ?? 1) ? about : '';
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
  // The report gives these fractions without a count of villages, and they may be rounded:
  // a part of the villages (not all of them) is stated as "about".
  const heads = shown.map((f, i) =>
    headLabel(f, `head:${f.id}`, 0, 0, width, ctx, {
      tone: tones[i],
      swatch: nested,
      prefix: aboutPrefix(f, ctx.ui.chartAbout),
    }),
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
    MIN_MARK + 2,
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
