/**
 * The chart's box as the stage controller lays its scenes out for it: whole pixels, and the
 * reader's text size (the box's font size over the default 16px, to the hundredth). Measured
 * by ChartLayer's ResizeObserver, and on the standalone page once before the stage mounts,
 * from the prerendered chart (so the chart the story opens with is built once, in its box).
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

/** An element's box (it has no padding or border: its border box is its content box). */
export function measureChartBox(el: Element): ChartBox {
  const rect = el.getBoundingClientRect();
  return chartBox(rect.width, rect.height, parseFloat(getComputedStyle(el).fontSize));
}
