/**
 * A figure's printed text split for chart labels: the number part to set large and the unit
 * after it. strong + sep + rest is always exactly formatFigure(fig, lang), so an approximate
 * figure keeps its 多/余 ("more than") in every label.
 */
import type { Figure, Lang } from '../content/types';
import { figureNumberParts, formatFigure } from '../format/number';

export interface FigureText {
  strong: string;
  sep: string;
  rest: string;
}

export function figureText(fig: Figure, lang: Lang): FigureText {
  const { number, approx, unit } = figureNumberParts(fig, lang);
  const full = formatFigure(fig, lang);
  let strong: string;
  if (lang === 'en') {
    strong = `${approx ? approx + ' ' : ''}${number}${fig.kind === 'percent' ? unit : ''}`;
  } else {
    strong = fig.kind === 'percent' ? number + unit + approx : number + approx;
  }
  if (!full.startsWith(strong)) return { strong: full, sep: '', rest: '' };
  const tail = full.slice(strong.length);
  const sep = tail.startsWith(' ') ? ' ' : '';
  return { strong, sep, rest: tail.slice(sep.length) };
}

/** Label text of a figure in the story's language. */
export function figureLabel(fig: Figure, lang: Lang): string {
  return lang === 'en' ? fig.label.en : fig.label.zh;
}

/** A list figure's items in the story's language. */
export function figureItems(fig: Figure, lang: Lang): string[] {
  return (fig.items ?? []).map((it) => (lang === 'en' ? it.en : it.zh));
}
