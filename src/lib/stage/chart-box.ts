/**
 * The chart's box as the stage controller lays its scenes out for it: whole pixels, and the
 * reader's text size (the box's font size over the default 16px, to the hundredth), as
 * ChartLayer's ResizeObserver measures it.
 */
export interface ChartBox {
  width: number;
  height: number;
  textScale: number;
}

/** A box from its content size and font size, px. */
export function chartBox(width: number, height: number, fontSize: number): ChartBox {
  return {
    width: Math.floor(width),
    height: Math.floor(height),
    textScale: fontSize > 0 ? Math.round((fontSize / 16) * 100) / 100 : 1,
  };
}
