/** A step's text as the reader sees it, and its length as a reader counts it. */
import { renderTokens } from '../format/number.ts';
import type { Figure, Lang } from './types.ts';

/** A step's text as printed: every paragraph with its figures formatted, joined. */
export function printedText(
  paragraphs: readonly string[],
  figures: ReadonlyMap<string, Figure>,
  lang: Lang,
): string {
  return paragraphs
    .map((p) =>
      renderTokens(p, figures, lang)
        .map((part) => part.text)
        .join(''),
    )
    .join(lang === 'en' ? ' ' : '');
}

/** Characters as a reader counts them (code points, so a character outside the BMP is one). */
export function charCount(text: string): number {
  return [...text].length;
}
