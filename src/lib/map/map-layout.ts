/**
 * The map's layout, from what the map measures of itself and the story: narrow (the stage a
 * band behind or above the step cards, at 768 px or less, like Scrolly), short (a phone window
 * too short for the band: the card covers the map's lower part; SHORT_REM in
 * lib/scroll/clear-zone.ts), and whether the credits fold into "ⓘ" at the top left (narrow, or
 * a map narrow for its text size).
 */

/** The story's widest narrow layout, px (as Scrolly.svelte's styles). */
export const NARROW_MAX = 768;
/** A map narrower than this many ems folds its credits. */
const FOLD_CREDITS_EM = 25;

export interface MapLayout {
  narrow: boolean;
  short: boolean;
  foldCredits: boolean;
}

export function mapLayout(m: {
  /** The story's width (the window's where there is no story element). */
  storyWidth: number;
  /** The window matches the short-window query. */
  shortWindow: boolean;
  /** The map's width, px, and its font size, px (0 when unknown). */
  mapWidth: number;
  em: number;
}): MapLayout {
  const narrow = m.storyWidth <= NARROW_MAX;
  return {
    narrow,
    short: narrow && m.shortWindow,
    foldCredits: narrow || m.mapWidth < FOLD_CREDITS_EM * (m.em || 16),
  };
}
