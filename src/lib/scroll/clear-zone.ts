/**
 * The phone layout's clear zone: the part of the screen no card covers while a step is read.
 * The stage is a band at the top of the window, painted above the cards (they slide under it);
 * the cards are read in the part below it. The band takes what the tallest card leaves (the
 * card whole, with a gap above and below), between 40 % and 50 % of the window. The trigger
 * line sits in the reading part; a card becomes current when its top reaches it.
 *
 * Scrolly.svelte's CSS falls back to the usual result (a band of 50 %, the trigger at 75 %)
 * until the page script writes this function's result on the story.
 */

/** Shares of the window's height the band keeps within. */
export const BAND_MIN = 0.4;
export const BAND_MAX = 0.5;
/** Where the trigger sits in the reading part, 0 (just under the band) to 1 (the window's bottom). */
export const TRIGGER_POSITION = 0.5;
/**
 * The space after each card, as a share of the window: at least the distance from the band
 * to the trigger line, so the previous card has gone under the band when a step becomes
 * current (Scrolly.svelte's step padding, which must not depend on script).
 */
export const STEP_GAP = (1 - BAND_MAX) * TRIGGER_POSITION;
/** The tallest card the copy budget allows, in rem (about 8 lines at 360 px, a heading, a button). */
export const MAX_CARD_REM = 21;

/** The story is laid out for phones (stage band over the cards) up to this width, px. */
export const PHONE_MAX_WIDTH = 768;
/** The trigger line in the side-by-side layout (desktop, landscape phones). */
export const WIDE_TRIGGER = 0.5;
/**
 * Below this window height, in rem (the page zoomed in, or the reader's text very large), no
 * band can hold a legible graphic and a card beneath it: the stage fills the window behind the
 * cards, as before the band (Scrolly.svelte's `@media (max-height: 36em)`).
 */
export const SHORT_REM = 36;
/** The trigger line in that short-window layout (the cards cover the stage's lower part). */
export const SHORT_TRIGGER = 0.6;

export interface ClearZoneInput {
  /** The window's (small viewport's) height, px. */
  viewportHeight: number;
  /** Fixed bars over the top of the band (the progress bar), px. */
  topInset: number;
  /** Stage furniture along the band's bottom (the share row), px. */
  bottomInset?: number;
  /** Where the trigger sits in the reading part (default TRIGGER_POSITION). */
  triggerPosition?: number;
  /** Space kept between the band and a card, and between a card and the window's bottom, px. */
  cardGap: number;
  /** The tallest card, px. */
  maxCardHeight: number;
}

export interface ClearZone {
  /** The band's height, px from the window's top, and as a share of the window. */
  band: number;
  bandShare: number;
  /** Where a graphic may draw: the band less the bars over it, px from the window's top. */
  graphic: { top: number; height: number };
  /** The trigger line, px from the window's top, and as a share of the window (scrollama's offset). */
  trigger: number;
  triggerOffset: number;
  /** The tallest card fits whole between the band and the window's bottom. */
  cardFits: boolean;
}

/** To the whole percent. */
const percent = (x: number) => Math.round(x * 100) / 100;

export function clearZone({
  viewportHeight: h,
  topInset,
  bottomInset = 0,
  triggerPosition = TRIGGER_POSITION,
  cardGap,
  maxCardHeight,
}: ClearZoneInput): ClearZone {
  if (!(h > 0)) {
    return {
      band: 0,
      bandShare: BAND_MAX,
      graphic: { top: 0, height: 0 },
      trigger: 0,
      triggerOffset: BAND_MAX + (1 - BAND_MAX) * triggerPosition,
      cardFits: false,
    };
  }
  const room = (h - maxCardHeight - 2 * cardGap) / h;
  // Whole percents (down, so the card still fits): the band keeps its size while a phone's
  // bars show and hide.
  const bandShare = Math.max(BAND_MIN, Math.floor(Math.min(BAND_MAX, room) * 100 + 1e-9) / 100);
  const band = h * bandShare;
  const triggerOffset = percent(bandShare + (1 - bandShare) * triggerPosition);
  const top = Math.min(topInset, band);
  return {
    band,
    bandShare,
    graphic: { top, height: Math.max(0, band - top - bottomInset) },
    trigger: h * triggerOffset,
    triggerOffset,
    cardFits: maxCardHeight + 2 * cardGap <= h - band,
  };
}

export interface StoryLayout {
  /** The phone layout: the stage band over the cards. */
  narrow: boolean;
  /** A narrow window too short for the band: the stage fills it, behind the cards. */
  short: boolean;
  /** The phone layout's clear zone (null side by side). */
  zone: ClearZone | null;
  /** The trigger line as a share of the visible height (scrollama's offset). */
  triggerOffset: number;
}

/**
 * The layout for the story's own width (an embed in a narrow column is a phone) and the
 * reader's text size: the phone layout's clear zone, or side by side.
 */
export function storyLayout(
  width: number,
  input: Omit<ClearZoneInput, 'maxCardHeight' | 'cardGap'> & { rem: number },
): StoryLayout {
  if (width > PHONE_MAX_WIDTH) {
    return { narrow: false, short: false, zone: null, triggerOffset: WIDE_TRIGGER };
  }
  const { rem, ...rest } = input;
  if (input.viewportHeight < SHORT_REM * rem) {
    return { narrow: true, short: true, zone: null, triggerOffset: SHORT_TRIGGER };
  }
  const zone = clearZone({ ...rest, maxCardHeight: MAX_CARD_REM * rem, cardGap: 0.75 * rem });
  return { narrow: true, short: false, zone, triggerOffset: zone.triggerOffset };
}

/**
 * What Scrolly.svelte's CSS shows until the page script writes a layout (its `var()`
 * fallbacks): a band of half the window, the trigger at three quarters, and the graphic just
 * under the bars over the story (`--top-inset`: the page's progress bar).
 */
export const CSS_FALLBACK = {
  bandShare: BAND_MAX,
  triggerShare: BAND_MAX + (1 - BAND_MAX) * TRIGGER_POSITION,
} as const;

/** The custom properties a layout is written as, on the story's box. */
export type LayoutProperty = '--band-share' | '--trigger-share' | '--graphic-top';

/**
 * The custom properties to write on the story's box for a layout, each null where the CSS
 * fallback already shows that value. A custom property written on the box restyles the whole
 * story below it (every step's text), so the usual phone, whose band is half the window,
 * writes none and the page script's start lays nothing out again.
 */
export function layoutProperties(
  layout: StoryLayout,
  topInset: number,
): Record<LayoutProperty, string | null> {
  const zone = layout.zone;
  if (!zone) return { '--band-share': null, '--trigger-share': null, '--graphic-top': null };
  return {
    '--band-share': zone.bandShare === CSS_FALLBACK.bandShare ? null : String(zone.bandShare),
    '--trigger-share':
      zone.triggerOffset === CSS_FALLBACK.triggerShare ? null : String(zone.triggerOffset),
    '--graphic-top': zone.graphic.top === topInset ? null : `${zone.graphic.top}px`,
  };
}
