/**
 * Unit charts of a step's counts: groups stacked top to bottom, each under its head label, on
 * one grid of one cell size. Every mark stands for `per` units, chosen so the marks fit the box
 * at a legible size; counts of unlike things each have their own `per`, stated. A value
 * that is not a multiple of `per` ends in a part-filled mark; an approximate figure (多/余)
 * ends in one dashed, open mark: the true count is higher by an unknown amount.
 */
import type { Figure } from '../content/types';
import { formatNumber } from '../format/number';
import { isStressed, type Emphasis } from './emphasis';
import { MIN_MARK } from './legibility';
import { emptyPart, GROUP_TONES, HEAD_GAP, headLabel, type Ctx, type Part } from './part';
import { mark, type Label, type LegendItem, type Mark, type Tone } from './chart-scene';
import { unitMarks } from './units';

/** At most this many marks for the largest value of a step. */
export const MAX_MARKS = 500;
/** The smallest pitch (mark + gap) of a unit grid: marks stay at least MIN_MARK wide. */
export const MIN_PITCH = MIN_MARK + 2;

export interface UnitCount {
  full: number;
  /** Fill (0..1) of the part-filled mark after the full ones; 0 when none. */
  partial: number;
  /** One open mark for an approximate figure. */
  open: number;
  /** Marks drawn: full + part-filled + open. */
  total: number;
}

/** The marks that draw a count at `per` units per mark. */
export function unitCount(fig: Figure, per: number): UnitCount {
  const m = unitMarks(fig.value, per);
  const open = fig.approx ? 1 : 0;
  return { full: m.full, partial: m.partial, open, total: m.total + open };
}

/**
 * Which scale each figure is on (an index per figure): figures named together in one of the
 * emphasis' sameScale groups share one; every other figure has its own.
 */
export function scaleGroups(figures: readonly Figure[], emphasis: Emphasis): number[] {
  const groups: number[] = [];
  let next = 0;
  figures.forEach((f, i) => {
    const shared = emphasis.sameScale?.find((g) => g.includes(f.id));
    const earlier = shared ? figures.findIndex((o, j) => j < i && shared.includes(o.id)) : -1;
    groups.push(earlier >= 0 ? groups[earlier]! : next++);
  });
  return groups;
}

/** The round numbers a mark may stand for: 1, 2, 5, 10, 20, 50 … */
export function nextRound(per: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(per) + 1e-9);
  const step = per / magnitude;
  return step < 2 ? 2 * magnitude : step < 5 ? 5 * magnitude : 10 * magnitude;
}

/**
 * Units per mark of each figure: every scale (group) starts at 1 per mark; while the marks
 * do not fit (`fits`) or one figure needs more than MAX_MARKS, the scale with the most marks
 * moves to the next round number. So the unit follows the count and the room: a phone chart
 * aggregates where a desktop one need not, and every mark stays legible.
 */
export function choosePers(
  figures: readonly Figure[],
  groups: readonly number[],
  fits: (counts: UnitCount[]) => boolean,
): number[] {
  const scales = Math.max(0, ...groups.map((g) => g + 1));
  const per = Array.from({ length: scales }, () => 1);
  const top = Math.max(1, ...figures.map((f) => f.value));
  for (;;) {
    const counts = figures.map((f, i) => unitCount(f, per[groups[i]!]!));
    const over = counts.some((c) => c.total > MAX_MARKS + 1);
    if (!over && fits(counts)) break;
    // The scale whose figures need the most marks, among those that can still grow.
    let worst = -1;
    let most = -1;
    for (let g = 0; g < scales; g++) {
      const marks = counts.reduce((a, c, i) => a + (groups[i] === g ? c.total : 0), 0);
      if (per[g]! < top && marks > most) [worst, most] = [g, marks];
    }
    if (worst < 0) break;
    per[worst] = nextRound(per[worst]!);
  }
  return figures.map((_, i) => per[groups[i]!]!);
}

interface Grid {
  cols: number;
  pitch: number;
  height: number;
}

/**
 * The largest pitch (cell + gap), from maxPitch down to minPitch, at which the groups fit under
 * their heads; at minPitch when none does (its height then exceeds maxHeight).
 */
export function fitGrid(
  counts: readonly number[],
  headHeights: readonly number[],
  width: number,
  maxHeight: number,
  maxPitch: number,
  groupGap: number,
  minPitch = MIN_PITCH,
): Grid {
  const heads = headHeights.reduce((a, h) => a + h + HEAD_GAP, 0);
  const fixed = heads + groupGap * Math.max(0, counts.length - 1);
  const first = Math.max(1, Math.ceil(width / maxPitch));
  const last = Math.max(first, Math.floor(width / minPitch));
  let grid: Grid = { cols: first, pitch: width / first, height: Infinity };
  for (let cols = first; cols <= last; cols++) {
    const pitch = width / cols;
    const rows = counts.reduce((a, n) => a + Math.ceil(n / cols), 0);
    grid = { cols, pitch, height: fixed + rows * pitch };
    if (grid.height <= maxHeight) break;
  }
  return grid;
}

function cellGap(pitch: number): number {
  if (pitch >= 12) return Math.min(4, Math.max(1.5, pitch * 0.16));
  return pitch >= 5 ? 1 : 0.5;
}

export interface UnitPanelOptions {
  shape: 'square' | 'circle';
}

export function unitPanel(
  figures: readonly Figure[],
  width: number,
  maxHeight: number,
  ctx: Ctx,
  options: UnitPanelOptions,
): Part {
  if (figures.length === 0) return emptyPart(width);
  const tones = figures.map((f, i) =>
    isStressed(ctx.emphasis, f.id) ? (GROUP_TONES[i % GROUP_TONES.length] ?? 'ink') : 'muted',
  );
  const heads = figures.map((f, i) =>
    headLabel(f, `head:${f.id}`, 0, 0, width, ctx, {
      tone: tones[i],
      muted: tones[i] === 'muted',
    }),
  );
  const groupGap = ctx.compact ? 8 : 14;
  const maxPitch = ctx.compact ? 28 : 36;
  const headHeights = heads.map((h) => h.height);
  // In a box too short even for the heads, the marks get a row a group: aggregating further
  // would not make the chart fit, only say less.
  const squeezed =
    headHeights.reduce((a, h) => a + h + HEAD_GAP, 0) +
    groupGap * (figures.length - 1) +
    MIN_PITCH * figures.length;
  const pers = choosePers(
    figures,
    scaleGroups(figures, ctx.emphasis),
    (c) =>
      fitGrid(
        c.map((n) => n.total),
        headHeights,
        width,
        maxHeight,
        MIN_PITCH,
        groupGap,
      ).height <= Math.max(maxHeight, squeezed),
  );
  const counts = figures.map((f, i) => unitCount(f, pers[i]!));
  const grid = fitGrid(
    counts.map((c) => c.total),
    heads.map((h) => h.height),
    width,
    maxHeight,
    maxPitch,
    groupGap,
  );
  const gap = cellGap(grid.pitch);
  const size = grid.pitch - gap;
  const r = options.shape === 'circle' ? size / 2 : Math.min(2, size * 0.12);
  const marks: Mark[] = [];
  const labels: Label[] = [];
  let y = 0;
  figures.forEach((fig, g) => {
    const head = heads[g]!;
    const count = counts[g]!;
    labels.push({ ...head.label, y });
    y += head.height + HEAD_GAP;
    const reveal = ctx.emphasis.reveal === fig.id;
    for (let i = 0; i < (ctx.dry ? 0 : count.total); i++) {
      const open = i >= count.full + (count.partial > 0 ? 1 : 0);
      marks.push(
        mark({
          key: `${fig.id}:${i}`,
          x: (i % grid.cols) * grid.pitch,
          y: y + Math.floor(i / grid.cols) * grid.pitch,
          w: size,
          h: size,
          r,
          tone: tones[g],
          fill: open ? 0 : i < count.full ? 1 : count.partial,
          open,
          reveal: reveal ? (i + 1) / count.total : 0,
        }),
      );
    }
    y += Math.ceil(count.total / grid.cols) * grid.pitch - gap + groupGap;
  });
  const legend = unitLegend(figures, pers, tones, options.shape, ctx);
  if (counts.some((c) => c.partial > 0))
    legend.push({ kind: 'partial', text: ctx.ui.chartPartial });
  if (counts.some((c) => c.open > 0)) legend.push({ kind: 'approx', text: ctx.ui.chartApprox });
  return { marks, lines: [], labels, legend, width, height: y - groupGap };
}

/**
 * What a mark stands for, on the chart. One line ("each square = 20") for counts of like things
 * on one scale, or where every mark is one thing (each head names it); else one line per
 * figure with its unit ("each square = 20 households"), keyed by the figure's tone: unlike
 * things never read as sharing one scale, even where their units per mark happen to be equal.
 */
export function unitLegend(
  figures: readonly Figure[],
  pers: readonly number[],
  tones: readonly Tone[],
  shape: 'square' | 'circle',
  ctx: Ctx,
): LegendItem[] {
  const { ui, lang } = ctx;
  const [first = 1] = pers;
  const oneScale = new Set(scaleGroups(figures, ctx.emphasis)).size === 1;
  if (figures.length > 1 && pers.every((p) => p === first) && (oneScale || first === 1)) {
    const text = ui.chartPerMark(formatNumber(first, lang), shape);
    return [{ kind: 'unit', per: first, shape, text, figures: figures.map((f) => f.id) }];
  }
  return figures.map((f, i) => ({
    kind: 'unit' as const,
    per: pers[i]!,
    shape,
    tone: figures.length > 1 ? (tones[i] ?? 'ink') : undefined,
    text: ui.chartPerMarkOf(
      formatNumber(pers[i]!, lang),
      lang === 'en' ? f.unit.en : f.unit.zh,
      shape,
    ),
    figures: [f.id],
  }));
}
