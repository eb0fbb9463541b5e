/**
 * Test oracle for the chart tests (unit and browser): how many marks a step's chart must draw,
 * computed from its figures with the layout functions, never read from a drawn scene. How many
 * units a mark stands for depends on the room; the chart states it, and the tests pass what it
 * states (`perOf`): the oracle then checks that the marks and the stated unit agree.
 */
import type { Figure, Step } from '../../../src/lib/content/types';
import { stepFigures } from '../../../src/lib/story/derive';
import { planPanels, type PanelPlan } from '../../../src/lib/charts/panels';
import { emphasisFor } from '../../../src/lib/charts/emphasis';
import { GRADE_LEVELS } from '../../../src/lib/charts/part-number';
import { villageCells, WAFFLE_CELLS } from '../../../src/lib/charts/part-proportion';
import { unitCount } from '../../../src/lib/charts/part-units';

/** Marks a panel must draw: unit counts at the chart's units per mark, 100 cells a waffle,
 * one village grid per fraction (one in all when nested), one mark per bar or list item. */
export function panelMarks(plan: PanelPlan, step: Step, perOf: (id: string) => number): number {
  const emphasis = emphasisFor(step);
  switch (plan.kind) {
    case 'units':
    case 'honours':
      return plan.figures.reduce((a, f) => a + unitCount(f, perOf(f.id)).total, 0);
    case 'within':
      // One box per outer thing and one dot per inner thing.
      return plan.figures.reduce((a, f) => a + f.value, 0);

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
    case 'stats':
      return 0;
  }
}

export function expectedMarks(
  step: Step,
  figures: ReadonlyMap<string, Figure>,
  perOf: (id: string) => number,
): number {
  const plans = planPanels(step, stepFigures(step, figures));
  return plans.reduce((a, p) => a + panelMarks(p, step, perOf), 0);
}
