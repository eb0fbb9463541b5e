/**
 * Test oracle for the chart tests (unit and browser): how many marks a step's chart must draw,
 * computed from its figures with the layout functions, never read from a drawn scene.
 */
import type { Figure, Step } from '../../../src/lib/content/types';
import { stepFigures } from '../../../src/lib/story/derive';
import { planPanels, type PanelPlan } from '../../../src/lib/charts/panels';
import { emphasisFor } from '../../../src/lib/charts/emphasis';
import { GRADE_LEVELS } from '../../../src/lib/charts/part-number';
import { villageCells, WAFFLE_CELLS } from '../../../src/lib/charts/part-proportion';
import { perMarks, unitCount } from '../../../src/lib/charts/part-units';

/** Marks a panel must draw: unit counts at the chart's units per mark, 100 cells a waffle,
 * one village grid per fraction (one in all when nested), one mark per bar or list item. */
export function panelMarks(plan: PanelPlan, step: Step): number {
  const emphasis = emphasisFor(step.id);
  switch (plan.kind) {
    case 'units':
    case 'honours': {
      const pers = perMarks(plan.figures, emphasis.separateScales ?? false);
      return plan.figures.reduce((a, f, i) => a + unitCount(f, pers[i]!).total, 0);
    }
    case 'waffle':
      return WAFFLE_CELLS;
    case 'villages':
      return villageCells(plan.figures) * (emphasis.nested ? 1 : plan.figures.length);
    case 'bars':
    case 'fraction':
      return plan.figures.length;
    case 'cascade':
    case 'loop':
    case 'chips':
      return plan.figures[0]?.items?.length ?? 0;
    case 'grade':
      return GRADE_LEVELS;
    case 'big':
      return 0;
  }
}

export function expectedMarks(step: Step, figures: ReadonlyMap<string, Figure>): number {
  const plans = planPanels(step, stepFigures(step, figures));
  return plans.reduce((a, p) => a + panelMarks(p, step), 0);
}
