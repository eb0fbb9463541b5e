/**
 * The chart's box as the stage controller lays its scenes out for it: whole pixels, and the
 * reader's text size (the box's font size over the default 16px, to the hundredth) and the
 * font stack of its text, as ChartLayer's ResizeObserver measures them.
 */
export interface ChartBox {
  width: number;
  height: number;
  textScale: number;
  /** The font stack the chart's text is set in (its computed font-family); unknown: the
   * controller readies no faces. */
  family?: string;
}

/** A box from its content size and font size, px, and its font stack. */
export function chartBox(width: number, height: number, fontSize: number, family = ''): ChartBox {
  return {
    width: Math.floor(width),
    height: Math.floor(height),
    textScale: fontSize > 0 ? Math.round((fontSize / 16) * 100) / 100 : 1,
    family: family.trim(),
  };
}
