/**
 * A step's chart as one scene: its panels (planned and arranged in panels.ts), the title,
 * legend, source line and text alternative, with text at the largest size that fits the box.
 * Pure: the same step, figures, language and box give the same scene.
 */
import type { Figure, Lang, Step } from '../content/types';
import { formatFigure } from '../format/number';
import type { UiText } from '../i18n/ui';
import { emphasisFor } from './emphasis';
import { figureLabel } from './figure-text';
import { arrange, isThreshold, measureLegend, placedLegend, planPanels } from './panels';
import { COMPACT_WIDTH, scaleType, TYPE_COMPACT, TYPE_WIDE, type Ctx } from './part';
import { shift, type LegendItem, type Scene } from './chart-scene';
import { textHeight, textLines, textWidth } from './text';

export interface SceneInput {
  step: Step;
  figures: readonly Figure[];
  lang: Lang;
  ui: UiText;
  /** The chart's whole box: title, plot and legend. */
  width: number;
  height: number;
  /** Items stressed so far by a travelling highlight (emphasis.travel). */
  lit?: number;
  /**
   * The reader's text size over the default 16px (the story's rem / 16): chart text grows
   * with it, and the layout makes room for it. 1 by default.
   */
  textScale?: number;
}

/** Labels sharing a head (结对帮扶的县级领导、结对帮扶的党员干部 → 结对帮扶的县级领导、党员干部). */
export function chartTitle(labels: readonly string[], join: string, lang: Lang): string {
  if (lang === 'en' || labels.length < 2) return labels.join(join);
  let common = labels[0] ?? '';
  for (const l of labels) while (!l.startsWith(common)) common = common.slice(0, -1);
  // Share only a whole phrase, ending in 的 (…的县级领导, …的党员干部).
  const cut = common.lastIndexOf('的') + 1;
  if (cut < 2 || labels.some((l) => l.length <= cut)) return labels.join(join);
  return common.slice(0, cut) + labels.map((l) => l.slice(cut)).join(join);
}

/** Between legend items on a line, px at the default text size (Scene.legendGap). */
const LEGEND_GAP = 16;

/** Estimated height of the legend block (items wrapping in lines, then the source line). */
export function legendHeight(
  items: readonly LegendItem[],
  width: number,
  ctx: Ctx,
  /** The source line, when known: large text may wrap it. */
  source = '',
): number {
  const size = ctx.type.legend;
  const gap = LEGEND_GAP * (ctx.textScale ?? 1);
  let lines = 0;
  let used = Infinity;
  for (const it of items) {
    // Words wrap less tightly than CJK characters: more slack for Latin text.
    const slack = /[a-z]{3}/i.test(it.text) ? 1.12 : 1.06;
    const w = textWidth(it.text, size) * slack + (it.kind === 'note' ? 0 : size * 1.2);
    if (w > width) {
      lines += textLines(it.text, size, width - size * 1.2);
      used = Infinity;
    } else if (used + gap + w <= width) used += gap + w;
    else {
      lines += 1;
      used = w;
    }
  }
  const sourceLines = source ? textLines(source, ctx.type.source, width) : 1;
  return lines * size * 1.4 + (items.length ? 4 : 0) + sourceLines * ctx.type.source * 1.4 + 4;
}

const GAP = 12;
/**
 * Room above a Chinese title's first line, in ems of its size: the CJK face it is set in (Noto
 * Sans CJK, PingFang: a glyph box of about 1.45 em) overhangs the title's 1.3 em line by half
 * the difference, which at the top of the box must not stick out. Latin faces fit the line.
 */
const CJK_TITLE_OVERHANG = 0.08;

/**
 * The step's chart in its box. Text at the reader's size (`textScale`) when it fits the box;
 * otherwise the largest size between theirs and the default that does. Where even the default
 * size does not fit (a short window), the title is left out if the heads already name every
 * figure it names; where nothing fits, the scene that overflows least.
 */
export function buildScene(input: SceneInput): Scene {
  const want = Math.max(1, input.textScale ?? 1);
  const fitted = fitScale(input, want, true);
  if (fitted.fits) return fitted.scene;
  // Too tall (long English labels in a phone's box): the title names every figure, so the
  // heads may give only the numbers and their units …
  const terse = fitScale(input, want, true, true);
  if (terse.fits) return terse.scene;
  // … or the title goes, where the heads name every figure.
  const untitled = fitScale(input, want, false);
  if (untitled.fits && titleRepeated(untitled)) return untitled.scene;
  // Last, on the narrowest phones, where every figure has a head: numbers and units only
  // (the step's text says the rest).
  const bare = fitScale(input, want, false, true);
  if (bare.fits && titleRepeated(bare)) return bare.scene;
  // Nothing fits (a very short box): the scene that overflows least, untitled only where the
  // heads name every figure.
  const candidates = [fitted, terse, ...[untitled, bare].filter(titleRepeated)];
  return candidates.reduce((a, b) => (b.overflow < a.overflow - 0.5 ? b : a)).scene;
}

/** The largest text scale in [1, want] (to 1/32 of the range) whose scene fits, else scale 1. */
function fitScale(input: SceneInput, want: number, titled: boolean, terse = false): Laid {
  const first = layoutScene(input, want, titled, terse);
  if (first.fits || want === 1) return first;
  let best = layoutScene(input, 1, titled, terse);
  if (!best.fits) return best;
  let [lo, hi] = [1, want];
  for (let i = 0; i < 5; i++) {
    const mid = (lo + hi) / 2;
    const tried = layoutScene(input, mid, titled, terse);
    if (tried.fits) [lo, best] = [mid, tried];
    else hi = mid;
  }
  return best;
}

/**
 * Every figure the title names has a head label stating its number, or is a list whose items
 * are all written on the chart.
 */
function titleRepeated({ scene, drawn }: Laid): boolean {
  const has = (key: string) => scene.labels.some((l) => l.key === key);
  return drawn.every((f) =>
    f.kind === 'list' ? (f.items ?? []).every((_, i) => has(`item:${i}`)) : has(`head:${f.id}`),
  );
}

interface Laid {
  scene: Scene;
  /** Title, panels and legend fit the box's height. */
  fits: boolean;
  /** The figures drawn (the title names them). */
  drawn: Figure[];
  /** How much taller than the box it is, px (<= 0 when it fits). */
  overflow: number;
}

function layoutScene(input: SceneInput, textScale: number, titled: boolean, terse: boolean): Laid {
  const { step, figures, lang, ui } = input;
  const width = Math.max(1, input.width);
  const height = Math.max(1, input.height);
  // Large text lays out as the chart would in a box that much smaller.
  const compact = width / textScale < COMPACT_WIDTH;
  const ctx: Ctx = {
    lang,
    ui,
    emphasis: emphasisFor(step),
    compact,
    type: scaleType(compact ? TYPE_COMPACT : TYPE_WIDE, textScale),
    textScale,
    lit: input.lit,
    figureCount: figures.filter((f) => !isThreshold(step, f)).length,
    terse,
  };
  const drawn = figures.filter((f) => !isThreshold(step, f));
  const title = titled
    ? chartTitle(
        drawn.map((f) => figureLabel(f, lang)),
        ui.chartJoin,
        lang,
      )
    : '';
  const overhang = title && lang === 'zh-CN' ? ctx.type.title * CJK_TITLE_OVERHANG : 0;
  const titleHeight = title ? overhang + textHeight(title, ctx.type.title, width, true) + GAP : 0;
  const plans = planPanels(step, figures);
  // The legend hardly depends on the room given (a unit chart's units per mark do, but not
  // the length of its lines): measure it, lay out once for real, then take the legend of the
  // panels as placed.
  const measured = measureLegend(plans, width, height - titleHeight, ctx);
  const source = ui.chartSources(
    [...new Set(figures.map((f) => f.source.paragraph))].sort((a, b) => a - b),
  );
  let legendRoom = legendHeight(measured, width, ctx, source) + GAP;
  let placed = arrange(plans, width, height - titleHeight - legendRoom, ctx);
  let legend = placedLegend(placed);
  const needed = legendHeight(legend, width, ctx, source) + GAP;
  if (needed > legendRoom + 0.5) {
    // The legend as placed takes more lines: lay out once more in the room left.
    legendRoom = needed;
    placed = arrange(plans, width, height - titleHeight - legendRoom, ctx);
    legend = placedLegend(placed);
    legendRoom = Math.max(legendRoom, legendHeight(legend, width, ctx, source) + GAP);
  } else legendRoom = needed;
  const contentHeight = Math.max(0, ...placed.map((p) => p.y + p.part.height));
  // Title, chart and legend as one block, centred in the box.
  const top = Math.max(0, (height - titleHeight - contentHeight - legendRoom) / 2);
  const dy = top + titleHeight;
  const scene: Scene = {
    title,
    titleY: top + overhang,
    titleSize: ctx.type.title,
    legendY: dy + contentHeight + GAP,
    legendSize: ctx.type.legend,
    sourceSize: ctx.type.source,
    legendGap: LEGEND_GAP * textScale,
    marks: [],
    lines: [],
    labels: [],
    legend,
    source,
    alt: '',
  };
  for (const { part, x, y } of placed) {
    scene.marks.push(...shift(part.marks, x, y + dy));
    scene.labels.push(...shift(part.labels, x, y + dy));
    scene.lines.push(...shift(part.lines, x, y + dy));
  }
  const statements = figures.map((f) =>
    ui.chartStatement(figureLabel(f, lang), formatFigure(f, lang)),
  );
  scene.alt =
    statements.join(ui.chartStatementJoin) +
    ui.chartStop +
    scene.legend.map((l) => l.text + ui.chartStop).join(lang === 'en' ? ' ' : '');
  const overflow = titleHeight + contentHeight + legendRoom - height;
  return { scene, fits: overflow <= 0.5, drawn, overflow };
}
