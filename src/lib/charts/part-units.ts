/**
 * Unit charts of a step's counts: groups stacked top to bottom, each under its head label, all
 * on one grid of one cell size so areas compare. Every mark stands for `per` units; a value
 * that is not a multiple of `per` ends in a part-filled mark; an approximate figure (多/余)
 * ends in one dashed, open mark: the true count is higher by an unknown amount.
 */
import type { Figure } from '../content/types';
import { formatNumber } from '../format/number';
import { isStressed } from './emphasis';
import { emptyPart, GROUP_TONES, HEAD_GAP, headLabel, type Ctx, type Part } from './part';
import { mark, type Label, type Mark } from './chart-scene';
import { unitMarks, unitsPerMark } from './units';

/** At most this many marks for the largest value of a step. */
export const MAX_MARKS = 500;

export interface UnitCount {
  full: number;
  /** Fill (0..1) of the part-filled mark after the full ones; 0 when none. */
  partial: number;
  /** One open mark for an approximate figure. */
  open: number;
  /** Marks drawn: full + part-filled + open. */
  total: number;
}

/** Units per mark for a step's counts. */
export function perMarkFor(figures: readonly Figure[]): number {
  return unitsPerMark(
    figures.map((f) => f.value),
    MAX_MARKS,
  );
}

/** The marks that draw a count at `per` units per mark. */
export function unitCount(fig: Figure, per: number): UnitCount {
  const m = unitMarks(fig.value, per);
  const open = fig.approx ? 1 : 0;
  return { full: m.full, partial: m.partial, open, total: m.total + open };
}

interface Grid {
  cols: number;
  pitch: number;
  height: number;
}

/** The largest pitch (cell + gap) at which the groups fit under their heads. */
export function fitGrid(
  counts: readonly number[],
  headHeights: readonly number[],
  width: number,
  maxHeight: number,
  maxPitch: number,
  groupGap: number,
): Grid {
  const heads = headHeights.reduce((a, h) => a + h + HEAD_GAP, 0);
  const fixed = heads + groupGap * Math.max(0, counts.length - 1);
  const first = Math.max(1, Math.ceil(width / maxPitch));
  const last = Math.max(first, Math.ceil(width / 2));
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

/** Units per mark of each figure: one shared scale, or one per figure (separateScales). */
export function perMarks(figures: readonly Figure[], separate: boolean): number[] {
  if (separate) return figures.map((f) => perMarkFor([f]));
  const per = perMarkFor(figures);
  return figures.map(() => per);
}

export function unitPanel(
  figures: readonly Figure[],
  width: number,
  maxHeight: number,
  ctx: Ctx,
  options: UnitPanelOptions,
): Part {
  if (figures.length === 0) return emptyPart(width);
  const pers = perMarks(figures, ctx.emphasis.separateScales ?? false);
  const counts = figures.map((f, i) => unitCount(f, pers[i]!));
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
  const { ui, lang } = ctx;
  const { shape } = options;
  const shared = pers.every((p) => p === pers[0]) && figures.length > 1;
  const legend: Part['legend'] = shared
    ? [
        {
          kind: 'unit',
          per: pers[0]!,
          shape,
          text: ui.chartPerMark(formatNumber(pers[0]!, lang), shape),
        },
      ]
    : figures.map((f, i) => ({
        kind: 'unit' as const,
        per: pers[i]!,
        shape,
        tone: tones[i] ?? 'ink',
        text: ui.chartPerMarkOf(
          formatNumber(pers[i]!, lang),
          lang === 'en' ? f.unit.en : f.unit.zh,
          shape,
        ),
      }));
  if (counts.some((c) => c.partial > 0)) legend.push({ kind: 'partial', text: ui.chartPartial });
  if (counts.some((c) => c.open > 0)) legend.push({ kind: 'approx', text: ui.chartApprox });
  return { marks, lines: [], labels, legend, width, height: y - groupGap };
}
