/**
 * Numerals one to nine in English running text, which the house style spells out. One counts
 * when it stands alone: not part of a longer number, a decimal, a version or a code ("2.7.0",
 * "GCJ-02", "1:10m"), and not followed by a unit or a percent sign ("5 km", "9%").
 */
const SMALL_NUMERAL =
  /(?<![\d.,:/\p{L}-])[1-9](?![\d:/%\p{L}-])(?![.,]\d)(?!\s?(?:%|per ?cent|km|m\b|kB|MB|yuan|kg|cm|mm)\b)/gu;

/** The numerals one to nine standing alone in `text`, in order. */
export function smallNumerals(text: string): string[] {
  return [...text.matchAll(SMALL_NUMERAL)].map((m) => m[0]);
}
