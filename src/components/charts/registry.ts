/**
 * Chart kind → the component that draws it inside the chart layer. Every non-map kind in
 * STAGE_KINDS must have an entry (the Record type makes a missing one a type error).
 */
import type { Component } from 'svelte';
import type { Figure, Lang, StageKind, Step } from '../../lib/content/types';
import type { UiText } from '../../lib/i18n/ui';
import NumberCards from './NumberCards.svelte';

export interface StageProps {
  step: Step;
  figures: Figure[];
  /** Progress of the reader through the step, 0..1. */
  progress: number;
  lang: Lang;
  ui: UiText;
}

export type ChartKind = Exclude<StageKind, 'map'>;

export const CHARTS: Record<ChartKind, Component<StageProps>> = {
  cover: NumberCards,
  numbers: NumberCards,
  units: NumberCards,
  bars: NumberCards,
  proportion: NumberCards,
  villages: NumberCards,
  cascade: NumberCards,
  loop: NumberCards,
  honours: NumberCards,
};
