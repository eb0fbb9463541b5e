/**
 * A step's chart as a printable picture: the live chart's own scene (../charts/build.ts, the
 * same panels, numbers, legend and source line) laid out once in a fixed print box, with
 * every mark drawn (no scroll-linked reveal) and a travelling highlight at its end, turned
 * into SVG-ready shapes and text lines. Pure: the same step gives the same picture.
 */
import { buildScene } from '../charts/build';
import { emphasisFor } from '../charts/emphasis';
import { travelCount } from '../charts/progress';
import { statedPers, type Line as SceneLine } from '../charts/chart-scene';
import type { Figure, Lang, Step } from '../content/types';
import type { UiText } from '../i18n/ui';
import { flowRuns } from './flow';
import { legendBlock, type LegendBlock } from './legend';
import { countMarks, printMark, type MarkCounts, type PrintMark } from './marks';
import { INK, PRINT_LINES } from '../palette';
import { labelBlock, placeLines, type TextBlock, type TextLine } from './text-block';

/** The print box, CSS px: about the width of one of two columns on A4 or Letter. */
export const PRINT_CHART_BOX = { width: 340, height: 380 };

export interface PrintLine {
  key: string;
  d: string;
  x: number;
  y: number;
  color: string;
  width: number;
  arrow: boolean;
  dashed: boolean;
}

export interface ChartPicture {
  /** The part of the box the chart uses (title to source line): the SVG's viewBox. */
  viewBox: { x: number; y: number; width: number; height: number };
  title: TextLine[];
  marks: PrintMark[];
  lines: PrintLine[];
  labels: TextBlock[];
  legend: LegendBlock;
  /** The source line, as one string (for tests and the text alternative). */
  source: string;
  /** Text alternative stating every figure. */
  alt: string;
  counts: MarkCounts;
  /** Units per mark of each unit-chart figure, as the legend states them. */
  pers: Map<string, number>;
}

function printLine(l: SceneLine): PrintLine {
  return {
    key: l.key,
    d: l.d,
    x: l.x,
    y: l.y,
    color: PRINT_LINES[l.tone],
    width: l.width,
    arrow: l.arrow,
    dashed: l.dashed,
  };
}

/** Items lit at the end of a travelling highlight (the whole cascade or loop). */
function litAtEnd(step: Step, figures: readonly Figure[]): number | undefined {
  if (!emphasisFor(step).travel) return undefined;
  const items = figures.find((f) => f.kind === 'list')?.items?.length ?? 1;
  return travelCount(items, 1);
}

export interface ChartPictureInput {
  step: Step;
  figures: readonly Figure[];
  lang: Lang;
  ui: UiText;
  box?: { width: number; height: number };
}

export function chartPicture(input: ChartPictureInput): ChartPicture {
  const { step, figures, lang, ui } = input;
  const lit = litAtEnd(step, figures);
  let box = input.box ?? PRINT_CHART_BOX;
  let scene = buildScene({ step, figures, lang, ui, ...box, lit });
  if (!scene.title) {
    // Paper is not a phone's screen: a chart that left its title out gets a taller box.
    const taller = { ...box, height: Math.round(box.height * 1.15) };
    const retry = buildScene({ step, figures, lang, ui, ...taller, lit });
    if (retry.title) [box, scene] = [taller, retry];
  }
  const title = placeLines(
    flowRuns([{ text: scene.title, size: scene.titleSize, weight: 700, fill: INK }], box.width, {
      anywhere: true,
    }),
    0,
    scene.titleY,
  );
  const legend = legendBlock(
    scene.legend,
    scene.source,
    box.width,
    scene.legendSize,
    scene.sourceSize,
    scene.legendY,
  );
  const labels = scene.labels.map(labelBlock);
  const marks = scene.marks.map(printMark);
  const top = Math.min(scene.titleY, ...labels.map((l) => l.top), ...marks.map((m) => m.y)) - 2;
  const bottom = Math.max(scene.legendY + legend.height, ...marks.map((m) => m.y + m.h)) + 2;
  return {
    viewBox: { x: 0, y: top, width: box.width, height: bottom - top },
    title,
    marks,
    lines: scene.lines.map(printLine),
    labels,
    legend,
    source: scene.source,
    alt: scene.alt,
    counts: countMarks(marks),
    pers: statedPers(scene.legend),
  };
}
