/**
 * Stage kind → the component that draws it. Every kind in STAGE_KINDS must have an entry
 * (the Record type makes a missing one a type error). Chart and map components plug in here.
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

export const STAGES: Record<StageKind, Component<StageProps>> = {
  cover: NumberCards,
  numbers: NumberCards,
  units: NumberCards,
  bars: NumberCards,
  proportion: NumberCards,
  villages: NumberCards,
  cascade: NumberCards,
  loop: NumberCards,
  honours: NumberCards,
  map: NumberCards,
};
