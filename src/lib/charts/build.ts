/**
 * A step's chart as one scene: which panels its figures need (planPanels), their layout in the
 * plot box (stacked on phones, side by side on wide screens), the title, legend, source line
 * and text alternative. Pure: the same step, figures, language and box give the same scene.
 */
import type { Figure, Lang, Step } from '../content/types';
import { formatFigure } from '../format/number';
import type { UiText } from '../i18n/ui';
import { emphasisFor } from './emphasis';
import { figureLabel } from './figure-text';
import { barsPanel } from './part-bars';
import { cascadePanel, chipsPanel, loopPanel } from './part-chain';
import { bigPanel, gradePanel } from './part-number';
import { fractionBarPanel, villagesPanel, wafflePanel } from './part-proportion';
import { unitPanel } from './part-units';
import { COMPACT_WIDTH, scaleType, TYPE_COMPACT, TYPE_WIDE, type Ctx, type Part } from './part';
import { shift, type LegendItem, type Scene } from './scene';
import { textHeight, textLines, textWidth } from './text';

export type PanelKind =
  | 'units'
  | 'honours'
  | 'waffle'
  | 'fraction'
  | 'villages'
  | 'bars'
  | 'cascade'
  | 'loop'
  | 'chips'
  | 'big'
  | 'grade';

export interface PanelPlan {
  kind: PanelKind;
  figures: Figure[];
}

/** Panels that grow to the room they are given; the others take what they need. */
const FLEX: ReadonlySet<PanelKind> = new Set([
  'units',
  'honours',
  'waffle',
  'villages',
  'bars',
  'cascade',
  'loop',
]);

/** Figures a villages chart uses only as words (the income thresholds), not as panels. */
function isThreshold(step: Step, fig: Figure): boolean {
  return step.stage === 'villages' && fig.kind === 'money';
}

/** The panels that draw a step's figures, in the order the figures are listed. */
export function planPanels(step: Step, figures: readonly Figure[]): PanelPlan[] {
  const plans: PanelPlan[] = [];
  const group = (kind: PanelKind, fig: Figure): void => {
    const found = plans.find((p) => p.kind === kind);
    if (found) found.figures.push(fig);
    else plans.push({ kind, figures: [fig] });
  };
  for (const fig of figures) {
    if (isThreshold(step, fig)) continue;
    switch (fig.kind) {
      case 'count':
        group(step.stage === 'bars' ? 'bars' : step.stage === 'honours' ? 'honours' : 'units', fig);
        break;
      case 'fraction':
        if (step.stage === 'villages') group('villages', fig);
        else plans.push({ kind: 'fraction', figures: [fig] });
        break;
      case 'percent':
        plans.push({ kind: 'waffle', figures: [fig] });
        break;
      case 'list': {
        const kind =
          step.stage === 'cascade' ? 'cascade' : step.stage === 'loop' ? 'loop' : 'chips';
        plans.push({ kind, figures: [fig] });
        break;
      }
      case 'grade':
        plans.push({ kind: 'grade', figures: [fig] });
        break;
      case 'money':
      case 'year':
        plans.push({ kind: 'big', figures: [fig] });
        break;
    }
  }
  return plans;
}

function buildPanel(plan: PanelPlan, index: number, width: number, height: number, ctx: Ctx): Part {
  const [first] = plan.figures;
  if (!first) throw new Error(`empty ${plan.kind} panel`);
  switch (plan.kind) {
    case 'units':
    case 'honours':
      return unitPanel(plan.figures, width, height, ctx, {
        shape: plan.kind === 'honours' ? 'circle' : 'square',
      });
    case 'waffle':
      return wafflePanel(first, index, width, height, ctx);
    case 'fraction':
      return fractionBarPanel(first, index, width, ctx);
    case 'villages':
      return villagesPanel(plan.figures, width, height, ctx, ctx.emphasis.nested ?? false);
    case 'bars':
      return barsPanel(plan.figures, width, height, ctx);
    case 'cascade':
      return cascadePanel(first, width, height, ctx);
    case 'loop':
      return loopPanel(first, width, height, ctx);
    case 'chips':
      return chipsPanel(first, width, ctx);
    case 'big':
      return bigPanel(first, width, ctx, ctx.figureCount > 1);
    case 'grade':
      return gradePanel(first, width, ctx);
  }
}

interface Placed {
  part: Part;
  x: number;
  y: number;
}

/** Heights given to the panels (column) or widths (row), decided on dry builds. */
interface Plan {
  row: boolean;
  sizes: number[];
}

function decide(plans: PanelPlan[], width: number, height: number, ctx: Ctx): Plan {
  const dry = { ...ctx, dry: true };
  const gap = ctx.compact ? 16 : 28;
  if (!ctx.compact && plans.length === 2 && plans.every((p) => FLEX.has(p.kind))) {
    const w1 = (width - gap) * (plans[0]?.kind === 'waffle' ? 0.42 : 0.5);
    return { row: true, sizes: [w1, width - gap - w1] };
  }
  const sizes = plans.map((p, i) =>
    FLEX.has(p.kind) ? 0 : buildPanel(p, i, width, height, dry).height,
  );
  const flex = plans.map((p, i) => (FLEX.has(p.kind) ? i : -1)).filter((i) => i >= 0);
  const fixed = sizes.reduce((a, h) => a + h, 0);
  const share = flex.length ? (height - fixed - gap * (plans.length - 1)) / flex.length : 0;
  const used = flex.map((i) => buildPanel(plans[i]!, i, width, share, dry).height);
  // Room a panel did not use goes to the panels that used all of theirs.
  const full = flex.filter((_, k) => (used[k] ?? 0) >= share - 2);
  const slack = used.reduce((a, h) => a + Math.max(0, share - h), 0);
  if (full.length && full.length < flex.length && slack > 8) {
    const more = share + slack / full.length;
    for (const i of flex) sizes[i] = full.includes(i) ? more : share;
  } else for (const i of flex) sizes[i] = share;
  return { row: false, sizes };
}

function arrange(plans: PanelPlan[], width: number, height: number, ctx: Ctx): Placed[] {
  const gap = ctx.compact ? 16 : 28;
  const { row, sizes } = decide(plans, width, height, ctx);
  if (row) {
    const [w1 = 0, w2 = 0] = sizes;
    const a = buildPanel(plans[0]!, 0, w1, height, ctx);
    const b = buildPanel(plans[1]!, 1, w2, height, ctx);
    const h = Math.max(a.height, b.height);
    return [
      { part: a, x: 0, y: (h - a.height) / 2 },
      { part: b, x: w1 + gap, y: (h - b.height) / 2 },
    ];
  }
  let y = 0;
  return plans.map((plan, i) => {
    const part = buildPanel(plan, i, width, sizes[i] ?? 0, ctx);
    const placed = { part, x: 0, y };
    y += part.height + gap;
    return placed;
  });
}

/** The legend, from dry builds (no marks made): it does not depend on the room given. */
function measureLegend(plans: PanelPlan[], width: number, height: number, ctx: Ctx): LegendItem[] {
  const dry = { ...ctx, dry: true };
  return dedupe(plans.flatMap((p, i) => buildPanel(p, i, width, height, dry).legend));
}

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

function dedupe(items: LegendItem[]): LegendItem[] {
  const seen = new Set<string>();
  const order = ['unit', 'partial', 'approx', 'note'];
  return items
    .filter((it) => !seen.has(it.text) && seen.add(it.text))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
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
    const w = textWidth(it.text, size) * 1.06 + (it.kind === 'note' ? 0 : size * 1.2);
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
 * figure it names.
 */
export function buildScene(input: SceneInput): Scene {
  const want = Math.max(1, input.textScale ?? 1);
  const fitted = fitScale(input, want, true);
  if (fitted.fits) return fitted.scene;
  const untitled = fitScale(input, want, false);
  return untitled.fits && titleRepeated(untitled) ? untitled.scene : fitted.scene;
}

/** The largest text scale in [1, want] (to 1/32 of the range) whose scene fits, else scale 1. */
function fitScale(input: SceneInput, want: number, titled: boolean): Laid {
  const first = layoutScene(input, want, titled);
  if (first.fits || want === 1) return first;
  let best = layoutScene(input, 1, titled);
  if (!best.fits) return best;
  let [lo, hi] = [1, want];
  for (let i = 0; i < 5; i++) {
    const mid = (lo + hi) / 2;
    const tried = layoutScene(input, mid, titled);
    if (tried.fits) [lo, best] = [mid, tried];
    else hi = mid;
  }
  return best;
}

/** Every figure the title names has a head label, stating its number and what it counts. */
function titleRepeated({ scene, drawn }: Laid): boolean {
  return drawn.every((f) => scene.labels.some((l) => l.key === `head:${f.id}`));
}

interface Laid {
  scene: Scene;
  /** Title, panels and legend fit the box's height. */
  fits: boolean;
  /** The figures drawn (the title names them). */
  drawn: Figure[];
}

function layoutScene(input: SceneInput, textScale: number, titled: boolean): Laid {
  const { step, figures, lang, ui } = input;
  const width = Math.max(1, input.width);
  const height = Math.max(1, input.height);
  // Large text lays out as the chart would in a box that much smaller.
  const compact = width / textScale < COMPACT_WIDTH;
  const ctx: Ctx = {
    lang,
    ui,
    emphasis: emphasisFor(step.id),
    compact,
    type: scaleType(compact ? TYPE_COMPACT : TYPE_WIDE, textScale),
    textScale,
    lit: input.lit,
    figureCount: figures.filter((f) => !isThreshold(step, f)).length,
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
  // The legend does not depend on the room given: measure it, then lay out once for real.
  const legend = measureLegend(plans, width, height - titleHeight, ctx);
  const source = ui.chartSources(
    [...new Set(figures.map((f) => f.source.paragraph))].sort((a, b) => a - b),
  );
  const legendRoom = legendHeight(legend, width, ctx, source) + GAP;
  const placed = arrange(plans, width, height - titleHeight - legendRoom, ctx);
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
  const fits = titleHeight + contentHeight + legendRoom <= height + 0.5;
  return { scene, fits, drawn };
}
