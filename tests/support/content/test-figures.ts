/** Figures for unit tests. */
import type { Figure } from '../../../src/lib/content/types';

/** A count figure labelled with its id, in households unless `over` says otherwise. */
export function countFigure(id: string, value: number, over: Partial<Figure> = {}): Figure {
  return {
    id,
    kind: 'count',
    value,
    approx: null,
    unit: { zh: '户', en: 'households' },
    label: { zh: id, en: id },
    source: { paragraph: 5, quote: '' },
    ...over,
  };
}
