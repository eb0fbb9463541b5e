/**
 * The chart layer's props. Every non-map stage kind is drawn by the one persistent
 * ChartLayer: src/lib/charts/build.ts (planPanels) maps a kind and its figures to the panels
 * that draw them (units, waffle, villages, bars, cascade, loop, big number, grade …), so the
 * marks can move from one step's chart to the next instead of being swapped for another
 * component.
 */
import type { Figure, Lang, Step } from '../../lib/content/types';
import type { UiText } from '../../lib/i18n/ui';

export interface StageProps {
  step: Step;
  figures: Figure[];
  /** Progress of the reader through the step, 0..1. */
  progress: number;
  lang: Lang;
  ui: UiText;
}
