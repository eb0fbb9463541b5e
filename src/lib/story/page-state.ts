/**
 * What the prerendered page shows around the stage for a scroller reading: which step is
 * current, the reading progress, the URL hash and where the language links go. Pure.
 */
import type { Lang, Step } from '../content/types';
import type { Active } from '../scroll/active';
import { editionPage } from '../i18n/editions-url';
import { overallProgress } from './derive';

export interface PageState {
  /** Index of the step marked aria-current. */
  current: number;
  /** Reading progress 0..1. */
  progress: number;
  /** The step the URL names, or null before the reader has entered the steps. */
  hashId: string | null;
  /** The href of each other edition's link: its page, at the step in view. */
  links: Partial<Record<Lang, string>>;
}

export function pageState(
  active: Active,
  steps: readonly Pick<Step, 'id'>[],
  others: readonly Lang[],
): PageState {
  const index = steps[active.index] ? active.index : 0;
  const step = steps[index];
  const hashId = active.entered && step ? step.id : null;
  const hash = hashId ? `#${hashId}` : '';
  return {
    current: index,
    progress: overallProgress(active.index, active.progress, steps.length, active.entered),
    hashId,
    links: Object.fromEntries(others.map((l) => [l, `${editionPage(l)}${hash}`])),
  };
}
