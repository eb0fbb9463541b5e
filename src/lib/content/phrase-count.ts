/** Finding a phrase in copy: how often it stands there, and the copy outside quotations. */
import type { Lang } from './types.ts';

const QUOTED = /“[^“”]*”|‘[^‘’]*’|"[^"]*"|「[^「」]*」|『[^『』]*』/gu;

/** The text with every quotation blanked out (kept the same length, so positions hold). */
export function outsideQuotes(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

/**
 * How often `phrase` stands in `text`: case-insensitive and as whole words in English (where
 * the phrase starts with a letter), as written in Chinese.
 */
export function countPhrase(text: string, phrase: string, lang: Lang): number {
  const hay = lang === 'en' ? text.toLowerCase() : text;
  const needle = lang === 'en' ? phrase.toLowerCase() : phrase;
  if (lang === 'en' && /^[a-z]/.test(needle)) {
    // Whole words in English: "model" must not match "models" in a quoted list, nor "remodel".
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...hay.matchAll(new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, 'gu'))].length;
  }
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}
