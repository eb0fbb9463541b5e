/**
 * Things that make up other things ("86名干部组成35支驻村工作队"): one box per outer thing, with
 * the inner things as dots inside, so the chart shows how the two counts relate instead of
 * setting them side by side on one scale. The report gives no breakdown, so the dots are
 * spread as evenly as they go (86 over 35: 16 boxes of 3, 19 of 2), and the legend says so.
 */
import type { Figure } from '../content/types';
import { MIN_MARK } from './legibility';
import { HEAD_GAP, headLabel, type Ctx, type Part } from './part';
import { mark, type Label, type Mark } from './chart-scene';

/** How many inner things each of `outer` boxes holds, `inner` spread as evenly as they go. */
export function spread(inner: number, outer: number): number[] {
  if (!Number.isInteger(inner) || !Number.isInteger(outer) || inner < 0 || outer < 1)
    throw new RangeError(`Cannot spread ${inner} over ${outer}`);
  const base = Math.floor(inner / outer);
  const extra = inner % outer;
  return Array.from({ length: outer }, (_, i) => base + (i < extra ? 1 : 0));
}

export interface BoxGrid {
  /** Diameter of a dot, px. */
  dot: number;
  /** Space around and between the dots in a box, px. */
  pad: number;
  boxW: number;
  boxH: number;
  /** Space between boxes, px. */
  gap: number;
  cols: number;
  height: number;
}

/** A grid of `boxes` boxes of up to `most` dots in a row, with dots as large as fit (≤ maxDot). */
export function boxGrid(
  boxes: number,
  most: number,
  width: number,
  maxHeight: number,
  maxDot: number,
): BoxGrid {
  const at = (dot: number): BoxGrid => {
    const pad = Math.max(2, dot * 0.3);
    const boxW = most * dot + (most + 1) * pad;
    const boxH = dot + 2 * pad;
    const gap = Math.max(4, dot * 0.5);
    const cols = Math.max(1, Math.floor((width + gap) / (boxW + gap)));
    const rows = Math.ceil(boxes / cols);
    return { dot, pad, boxW, boxH, gap, cols, height: rows * (boxH + gap) - gap };
  };
  for (let dot = maxDot; dot > MIN_MARK; dot -= 0.5) {
    const g = at(dot);
    if (g.height <= maxHeight && g.boxW <= width) return g;
  }
  return at(MIN_MARK);
}

export function withinPanel(
  figures: readonly Figure[],
  within: { inner: string; outer: string },
  width: number,
  maxHeight: number,
  ctx: Ctx,
): Part {
  const inner = figures.find((f) => f.id === within.inner);
  const outer = figures.find((f) => f.id === within.outer);
  if (!inner || !outer) throw new Error(`within: no figure "${within.inner}" or "${within.outer}"`);
  const tone = (f: Figure) => (f === inner ? 'accent' : 'accent2');
  const labels: Label[] = [];
  let y = 0;
  // Heads in the step's order, each with a swatch of its marks' tone.
  for (const f of figures) {
    const head = headLabel(f, `head:${f.id}`, 0, 0, width, ctx, { tone: tone(f), swatch: true });
    labels.push({ ...head.label, y });
    // A full gap: CJK glyphs overhang their lines a little at large text sizes.
    y += head.height + HEAD_GAP;
  }
  y += HEAD_GAP;
  const counts = spread(inner.value, outer.value);
  const most = Math.max(1, ...counts);
  const grid = boxGrid(outer.value, most, width, maxHeight - y, ctx.compact ? 14 : 18);
  const marks: Mark[] = [];
  if (!ctx.dry) {
    let n = 0;
    counts.forEach((count, b) => {
      const bx = (b % grid.cols) * (grid.boxW + grid.gap);
      const by = y + Math.floor(b / grid.cols) * (grid.boxH + grid.gap);
      // An outlined box (fill 0) for the outer thing …
      marks.push(
        mark({
          key: `${outer.id}:${b}`,
          x: bx,
          y: by,
          w: grid.boxW,
          h: grid.boxH,
          r: 3,
          tone: tone(outer),
          fill: 0,
        }),
      );
      // … and its share of the inner things as dots, centred in it.
      const used = count * grid.dot + (count - 1) * grid.pad;
      const left = bx + (grid.boxW - used) / 2;
      for (let i = 0; i < count; i++) {
        marks.push(
          mark({
            key: `${inner.id}:${n++}`,
            x: left + i * (grid.dot + grid.pad),
            y: by + grid.pad,
            w: grid.dot,
            h: grid.dot,
            r: grid.dot / 2,
            tone: tone(inner),
          }),
        );
      }
    });
  }
  const { ui, lang } = ctx;
  const unit = (f: Figure) => (lang === 'en' ? f.unit.en : f.unit.zh);
  const legend: Part['legend'] = [
    {
      kind: 'unit',
      per: 1,
      shape: 'circle',
      tone: tone(inner),
      text: ui.chartPerMarkOf('1', unit(inner), 'circle'),
      figures: [inner.id],
    },
    { kind: 'note', text: ui.chartPerBox(unit(outer)) },
    { kind: 'note', text: ui.chartSpread },
  ];
  return { marks, lines: [], labels, legend, width, height: y + grid.height };
}
