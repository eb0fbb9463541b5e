import type { Lang } from '../content/types';

/** What the host hears when the current step changes (the embed's storystep event detail). */
export interface StepChange {
  id: string;
  index: number;
  lang: Lang;
}
