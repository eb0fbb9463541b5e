/**
 * Bar charts on one zero-based linear scale: a bar's length is proportional to its value.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';

export interface BarItem {
  id: string;
  value: number;
}

export interface BarOptions {
  width: number;
  height: number;
  /** 'horizontal': bars grow rightwards from x = 0; 'vertical': upwards from y = height. */
  orientation: 'horizontal' | 'vertical';
  /** Band padding (0..1) between bars. Default 0.25. */
  padding?: number;
  /** Extend the scale to at least this value, to share one scale across steps. */
  max?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Bar extends BarItem {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Middle of the bar's zero end: where the category label sits. */
  labelAnchor: Point;
  /** Middle of the bar's value end: where the value label sits. */
  valueAnchor: Point;
}

/** A linear scale whose domain starts at 0 and ends at a nice value ≥ the largest value. */
export function barScale(
  values: readonly number[],
  range: [number, number],
  atLeast = 0,
): ScaleLinear<number, number> {
  for (const v of [...values, atLeast]) {
    if (!Number.isFinite(v) || v < 0)
      throw new RangeError(`Bar values must be finite and >= 0: ${v}`);
  }
  const top = Math.max(max(values) ?? 0, atLeast);
  return scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range(range);
}

/** Rects for bars in a box, in the items' order, on a shared zero-based scale. */
export function barLayout(items: readonly BarItem[], options: BarOptions): Bar[] {
  const { width, height, orientation, padding = 0.25 } = options;
  if (!(width > 0) || !(height > 0)) throw new RangeError('Bar box must have a positive size');
  const ids = items.map((d) => d.id);
  if (new Set(ids).size !== ids.length) throw new Error(`Duplicate bar ids: ${ids.join(', ')}`);
  const values = items.map((d) => d.value);
  const horizontal = orientation === 'horizontal';
  const band = scaleBand<string>()
    .domain(ids)
    .range([0, horizontal ? height : width])
    .padding(padding);
  const length = barScale(values, horizontal ? [0, width] : [height, 0], options.max);
  const thick = band.bandwidth();
  return items.map((d) => {
    const pos = band(d.id) ?? 0;
    if (horizontal) {
      const w = length(d.value);
      const mid = pos + thick / 2;
      return {
        ...d,
        x: 0,
        y: pos,
        w,
        h: thick,
        labelAnchor: { x: 0, y: mid },
        valueAnchor: { x: w, y: mid },
      };
    }
    const top = length(d.value);
    const mid = pos + thick / 2;
    return {
      ...d,
      x: pos,
      y: top,
      w: thick,
      h: height - top,
      labelAnchor: { x: mid, y: height },
      valueAnchor: { x: mid, y: top },
    };
  });
}
