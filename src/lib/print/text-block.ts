/**
 * A chart label as SVG text: its runs (number, unit, what it counts) flowed into lines within
 * the label's width, placed where ChartLabels.svelte puts the HTML label (x and align, y and
 * valign), in the label's colours. Pure: the picture component only writes the lines out.
 */
import type { Label } from '../charts/chart-scene';
import {
  baseline,
  flowRuns,
  linesHeight,
  type FlowOptions,
  type Line,
  type Run,
  type Span,
} from './flow';
import { INK, INK_2, INK_3, TONE_COLORS, TONE_TEXT, type Tone } from '../palette';

export type Anchor = 'start' | 'middle' | 'end';

export interface TextLine {
  x: number;
  /** Baseline. */
  y: number;
  spans: Span[];
}

export interface TextBlock {
  key: string;
  anchor: Anchor;
  lines: TextLine[];
  /** A square of the label's tone before the text (legend-like heads), top left at x, y. */
  swatch: { x: number; y: number; size: number; tone: Tone } | null;
  /** Top and height of the block. */
  top: number;
  height: number;
}

const ANCHOR: Record<Label['align'], Anchor> = { start: 'start', center: 'middle', end: 'end' };

/** The label's text colour, as ChartLabels.svelte sets it. */
export function labelColor(l: Label): string {
  if (l.invert) return TONE_TEXT[l.tone];
  if (l.muted) return INK_3;
  return l.role === 'head' || l.role === 'big' ? TONE_COLORS[l.tone] : INK;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Lines placed from `top` down, at x; `gaps` adds space above a line (by index). */
export function placeLines(
  lines: readonly Line[],
  x: number,
  top: number,
  gaps: ReadonlyMap<number, number> = new Map(),
): TextLine[] {
  let y = top;
  return lines.map((line, i) => {
    y += gaps.get(i) ?? 0;
    const placed = { x, y: round(baseline(y, line)), spans: line.spans };
    y += line.height;
    return placed;
  });
}

function run(text: string, size: number, weight: number, fill: string): Run {
  return { text, size: round(size), weight, fill };
}

function flow(runs: Run[], width: number, options: FlowOptions = {}): Line[] {
  return flowRuns(
    runs.filter((r) => r.text !== ''),
    width,
    options,
  );
}

interface Flowed {
  lines: Line[];
  /** Space above a line, by index (CSS margins). */
  gaps: Map<number, number>;
}

/** The label's lines, unplaced. */
function labelLines(l: Label, width: number): Flowed {
  const fill = labelColor(l);
  const plain = (lines: Line[]): Flowed => ({ lines, gaps: new Map() });
  switch (l.role) {
    case 'head':
      return plain(
        flow(
          [
            run(l.strong, l.size, 700, fill),
            run(l.sep + l.rest, l.size * 0.8, 700, fill),
            run(l.sub ? '\u2002' + l.sub : '', l.size * 0.78, 400, l.muted ? INK_3 : INK_2),
          ],
          width,
          { anywhere: true },
        ),
      );
    case 'big': {
      // The number never wraps; what it counts goes on lines of its own, 0.3em below.
      const number = flow(
        [run(l.strong, l.size, 800, fill), run(l.sep + l.rest, l.size * 0.36, 700, fill)],
        Infinity,
      );
      const subSize = Math.max(l.size * 0.22, 15);
      const sub = l.sub ? flow([run(l.sub, subSize, 400, INK_2)], width) : [];
      const gaps = new Map(sub.length ? [[number.length, subSize * 0.3]] : []);
      return { lines: [...number, ...sub], gaps };
    }
    case 'item':
      return plain(flow([run(l.strong, l.size, 700, fill)], width));
    case 'axis':
      return plain(flow([run(l.strong + l.sep + l.rest, l.size, 400, INK_3)], width));
    case 'note':
      return plain(flow([run(l.strong + l.sep + l.rest + l.sub, l.size, 400, INK_2)], width));
  }
}

/** A chart label as a block of SVG text lines. */
export function labelBlock(l: Label): TextBlock {
  const swatchSize = l.swatch ? l.size * 0.75 : 0;
  const indent = l.swatch ? swatchSize + l.size * 0.35 : 0;
  const { lines, gaps } = labelLines(l, Math.max(1, l.w - indent));
  const height = linesHeight(lines) + [...gaps.values()].reduce((a, g) => a + g, 0);
  const top = l.valign === 'top' ? l.y : l.valign === 'middle' ? l.y - height / 2 : l.y - height;
  const anchor = ANCHOR[l.align];
  const first = lines[0];
  return {
    key: l.key,
    anchor,
    lines: placeLines(lines, l.x + (anchor === 'start' ? indent : 0), top, gaps),
    swatch:
      l.swatch && first
        ? { x: l.x, y: top + (first.height - swatchSize) / 2, size: swatchSize, tone: l.tone }
        : null,
    top,
    height,
  };
}
