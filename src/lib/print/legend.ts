/**
 * A chart's legend and source line as SVG: the items (a key, then its text) wrapping in lines
 * as the live legend's flex row does (1rem apart), an item too long for a line wrapping under
 * its key, then the source line. The keys are drawn as the live legend draws them: a unit
 * square or dot, a part-filled square, a dashed square for approximate figures.
 */
import type { LegendItem } from '../charts/chart-scene';
import { textWidth } from '../charts/text';
import { flowRuns, type Run } from './flow';
import { INK_2, INK_3, PRINT_MARKS, type Paint } from '../palette';
import { placeLines, type TextLine } from './text-block';

export interface LegendKey {
  kind: 'unit' | 'partial' | 'approx';
  shape: 'square' | 'circle';
  x: number;
  y: number;
  size: number;
  paint: Paint;
}

export interface LegendBlock {
  keys: LegendKey[];
  lines: TextLine[];
  /** The source line's lines (it may wrap on a narrow chart). */
  source: TextLine[];
  height: number;
}

/** Space between items on a line (1rem). */
const ITEM_GAP = 16;
const LINE_HEIGHT = 1.4;
/** Below the items, above the source line (CSS ul margin). */
const BELOW_ITEMS = 4;

function keyOf(item: LegendItem, x: number, y: number, size: number): LegendKey | null {
  if (item.kind === 'note') return null;
  const paint: Paint =
    item.kind === 'unit' && item.tone ? PRINT_MARKS[item.tone] : { fill: INK_2, stroke: null };
  const shape = item.kind === 'unit' ? item.shape : 'square';
  return { kind: item.kind, shape, x, y, size, paint };
}

export function legendBlock(
  items: readonly LegendItem[],
  source: string,
  width: number,
  size: number,
  sourceSize: number,
  top: number,
): LegendBlock {
  const lineH = size * LINE_HEIGHT;
  const keySize = size * 0.8;
  const keys: LegendKey[] = [];
  const lines: TextLine[] = [];
  const run = (text: string): Run => ({ text, size, weight: 400, fill: INK_2 });
  let y = top;
  let x = 0;
  let used = false;
  const newLine = () => {
    if (used) y += lineH;
    x = 0;
    used = false;
  };
  for (const item of items) {
    const keyW = item.kind === 'note' ? 0 : keySize + size * 0.35;
    const w = keyW + textWidth(item.text, size) * 1.06;
    if (used && x + ITEM_GAP + w > width) newLine();
    const left = used ? x + ITEM_GAP : 0;
    const flowed = flowRuns([run(item.text)], Math.max(1, width - left - keyW), {
      lineHeight: LINE_HEIGHT,
    });
    const key = keyOf(item, left, y + (lineH - keySize) / 2, keySize);
    if (key) keys.push(key);
    lines.push(...placeLines(flowed, left + keyW, y));
    if (flowed.length > 1) {
      // A long item takes whole lines; the next item starts on a line of its own.
      y += lineH * flowed.length;
      x = 0;
      used = false;
    } else {
      x = left + w;
      used = true;
    }
  }
  newLine();
  if (items.length > 0) y += BELOW_ITEMS;
  const sourceLines = flowRuns(
    [{ text: source, size: sourceSize, weight: 400, fill: INK_3 }],
    width,
    {
      lineHeight: LINE_HEIGHT,
    },
  );
  const placedSource = placeLines(sourceLines, 0, y);
  y += sourceLines.length * sourceSize * LINE_HEIGHT;
  return { keys, lines, source: placedSource, height: y - top };
}
