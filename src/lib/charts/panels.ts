/**
 * Which panels draw a step's figures (planPanels) and where they go in the plot box: stacked
 * on phones, side by side on wide screens, the room shared out from dry builds (no marks made).
 * Also the legend, gathered from the panels. Pure.
 */
import type { Figure, Step } from '../content/types';
import { barsPanel } from './part-bars';
import { cascadePanel, chipsPanel, loopPanel } from './part-list';
import { emphasisFor } from './emphasis';
import { bigPanel, gradePanel, statsPanel } from './part-number';
import { withinPanel } from './part-within';
import { fractionBarPanel, villagesPanel, wafflePanel } from './part-proportion';
import { unitPanel } from './part-units';
import type { Ctx, Part } from './part';
import type { LegendItem } from './chart-scene';

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
  | 'grade'
  | 'stats'
  | 'within';

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
  'within',
]);

/** Figures a villages chart uses only as words (the income thresholds), not as panels. */
export function isThreshold(step: Step, fig: Figure): boolean {
  return step.stage === 'villages' && fig.kind === 'money';
}

/**
 * The panels that draw a step's figures, in the order the figures are listed. Counts beside a
 * percentage are plain labelled numbers (stats), never a count grid next to a waffle; counts
 * of things that make up other things (emphasis.within) are drawn inside them.
 */
export function planPanels(step: Step, figures: readonly Figure[]): PanelPlan[] {
  const plans: PanelPlan[] = [];
  const withPercent = figures.some((f) => f.kind === 'percent');
  const within = emphasisFor(step).within;
  const group = (kind: PanelKind, fig: Figure): void => {
    const found = plans.find((p) => p.kind === kind);
    if (found) found.figures.push(fig);
    else plans.push({ kind, figures: [fig] });
  };
  for (const fig of figures) {
    if (isThreshold(step, fig)) continue;
    switch (fig.kind) {
      case 'count':
        if (within && (fig.id === within.inner || fig.id === within.outer)) group('within', fig);
        else if (step.stage === 'bars') group('bars', fig);
        else if (withPercent) group('stats', fig);
        else group(step.stage === 'honours' ? 'honours' : 'units', fig);
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
    case 'stats':
      return statsPanel(plan.figures, width, ctx);
    case 'within': {
      const within = ctx.emphasis.within;
      if (!within) throw new Error('a within panel needs emphasis.within');
      return withinPanel(plan.figures, within, width, height, ctx);
    }
  }
}

export interface Placed {
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

export function arrange(plans: PanelPlan[], width: number, height: number, ctx: Ctx): Placed[] {
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
export function measureLegend(
  plans: PanelPlan[],
  width: number,
  height: number,
  ctx: Ctx,
): LegendItem[] {
  const dry = { ...ctx, dry: true };
  return dedupe(plans.flatMap((p, i) => buildPanel(p, i, width, height, dry).legend));
}

/** The legend of the panels as placed (their units per mark follow the room they were given). */
export function placedLegend(placed: readonly Placed[]): LegendItem[] {
  return dedupe(placed.flatMap((p) => p.part.legend));
}

function dedupe(items: readonly LegendItem[]): LegendItem[] {
  const order = ['unit', 'partial', 'approx', 'note'];
  // Items of one text are said once; a unit line shared by two figures names both.
  const merged = new Map<string, LegendItem>();
  for (const it of items) {
    const had = merged.get(it.text);
    if (had?.kind === 'unit' && it.kind === 'unit')
      merged.set(it.text, { ...had, figures: [...had.figures, ...it.figures] });
    else if (!had) merged.set(it.text, it);
  }
  return [...merged.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
