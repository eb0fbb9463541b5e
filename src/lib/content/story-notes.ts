/**
 * The story's notes on sources ([notes], "* text" lines). A figure of the report is never
 * typed into a note: it is written {figure-id} and filled in here, formatted for the edition
 * as in the cards ("more than 4,900 people"), or it stands inside a quotation “…” of the
 * report's own words that data/figures.json quotes for a figure of that value (checked).
 * Numbers that are no figure of the report (the year a county became a city, from the map
 * data) may be typed.
 */
import { quote } from './errors.ts';
import { formatFigureInText } from '../format/number.ts';
import type { Figure, Lang } from './types.ts';

const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const QUOTATION = /“([^”]*)”/g;
const NUMBER = /[0-9][0-9,]*(?:\.[0-9]+)?/g;

/** Inner quotation marks as outer ones: ‘旅游饭’ in a note is “旅游饭” in the report. */
const sameQuotes = (text: string) => text.replace(/‘/g, '“').replace(/’/g, '”');

/** The figures whose value is `n`. */
const figuresOf = (n: number, figures: ReadonlyMap<string, Figure>) =>
  [...figures.values()].filter((f) => f.value === n);

/** What is wrong with a note (tokens and typed figures), or null. */
export function noteProblem(note: string, figures: ReadonlyMap<string, Figure>): string | null {
  for (const match of note.matchAll(TOKEN)) {
    if (!figures.has(match[1])) return `unknown figure id "{${match[1]}}"`;
  }
  const bare = note.replace(TOKEN, ' ');
  if (/[{}]/.test(bare)) return 'malformed figure token: write {figure-id} (a-z, 0-9, -)';
  // Quotations of the report: each number in them is a figure that quotes these words.
  for (const [, quoted] of bare.matchAll(QUOTATION)) {
    for (const [digits] of quoted.matchAll(NUMBER)) {
      const candidates = figuresOf(Number(digits.replace(/,/g, '')), figures);
      const words = sameQuotes(quoted);
      if (
        candidates.length > 0 &&
        !candidates.some((f) => sameQuotes(f.source.quote).includes(words))
      ) {
        return `the quotation ${quote(`“${quoted}”`)} is not the report's words for ${candidates
          .map((f) => f.id)
          .join(
            ' or ',
          )} (data/figures.json quotes ${quote(candidates[0].source.quote)}): quote them, or write {figure-id}`;
      }
    }
  }
  // Outside quotations: no figure of the report typed by hand.
  for (const [digits] of bare.replace(QUOTATION, ' ').matchAll(NUMBER)) {
    const candidates = figuresOf(Number(digits.replace(/,/g, '')), figures);
    if (candidates.length > 0) {
      const ids = candidates.map((f) => `{${f.id}}`).join(' or ');
      return `${quote(digits)} is a figure of the report typed by hand: write ${ids}`;
    }
  }
  return null;
}

/** The note as printed: each {figure-id} formatted for the edition, as in the cards. */
export function fillNote(note: string, figures: ReadonlyMap<string, Figure>, lang: Lang): string {
  return note.replace(TOKEN, (_token, id: string) => formatFigureInText(figures.get(id)!, lang));
}
