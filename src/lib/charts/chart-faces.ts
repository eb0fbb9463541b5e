/**
 * The faces (weight and size) a chart's text is set in, with the text set in each: what the
 * browser must have ready to lay the chart out. The first time a page uses a weight and size,
 * laying it out looks the face up (on Linux through the browser process): traced at 6x CPU,
 * 12 of the 40 ms a chart took to lay out when the reader reached it. The stage controller has
 * these faces measured in idle time before the chart is drawn (chart-box.ts, warm-fonts.ts).
 *
 * Mirrors the CSS of ChartLabels.svelte, ChartFrame.svelte and ChartLegend.svelte (sizes as
 * legibility.ts has them); a browser test (tests/e2e/chart-faces.test.ts) holds every face the
 * charts are drawn in to this list. Pure.
 */
import type { Label, LabelRole, Scene } from './chart-scene';
import { BIG_REST, bigSubSize, HEAD_REST, MIN_TEXT, subSize } from './legibility';

export interface TextFace {
  weight: number;
  /** Font size, px. */
  size: number;
  /** The characters set in this face (a line box's strut is set in its block's face). */
  text: string;
}

/** A label's own weight: its separator, its strut and the parts that inherit it. */
const LABEL_WEIGHT: Record<LabelRole, number> = {
  head: 400,
  item: 700,
  big: 400,
  axis: 400,
  note: 400,
};
/** The number's weight. */
const STRONG_WEIGHT: Record<LabelRole, number> = {
  head: 700,
  item: 700,
  big: 800,
  axis: 400,
  note: 700,
};
/** The title's weight (ChartFrame); the legend and the source line are set at 400. */
const TITLE_WEIGHT = 700;
const LEGEND_WEIGHT = 400;

/** The parts of one label, each in its face. */
function labelFaces(l: Label, textScale: number): TextFace[] {
  const own = LABEL_WEIGHT[l.role];
  const faces: TextFace[] = [
    { weight: own, size: l.size, text: l.sep || ' ' },
    { weight: STRONG_WEIGHT[l.role], size: l.size, text: l.strong },
  ];
  if (l.rest) {
    if (l.role === 'head') faces.push({ weight: 700, size: l.size * HEAD_REST, text: l.rest });
    else if (l.role === 'big') {
      faces.push({ weight: 700, size: Math.max(MIN_TEXT, l.size * BIG_REST), text: l.rest });
    } else faces.push({ weight: own, size: l.size, text: l.rest });
  }
  if (l.sub) {
    if (l.role === 'big')
      faces.push({ weight: own, size: bigSubSize(l.size, textScale), text: l.sub });
    else {
      const text = l.role === 'head' ? '\u2002' + l.sub : l.sub;
      faces.push({ weight: own, size: subSize(l.size), text });
    }
  }
  return faces;
}

/** A face's key: its weight and its size to the hundredth of a pixel. */
export function faceKey(face: Pick<TextFace, 'weight' | 'size'>): string {
  return `${face.weight} ${Math.round(face.size * 100) / 100}`;
}

/**
 * Every face the scene's text is set in, each once, with the distinct characters set in it.
 * `textScale`: the reader's text size over the default (as the scene was built for).
 */
export function chartFaces(scene: Scene, textScale = 1): TextFace[] {
  const all: TextFace[] = scene.labels.flatMap((l) => labelFaces(l, textScale));
  if (scene.title) all.push({ weight: TITLE_WEIGHT, size: scene.titleSize, text: scene.title });
  const legend = scene.legend.map((item) => item.text).join('');
  all.push({ weight: LEGEND_WEIGHT, size: scene.legendSize, text: legend || ' ' });
  if (scene.source) {
    all.push({ weight: LEGEND_WEIGHT, size: scene.sourceSize, text: scene.source });
  }
  const byKey = new Map<string, { face: TextFace; chars: Set<string> }>();
  for (const face of all) {
    if (!(face.size > 0)) continue;
    const key = faceKey(face);
    const entry = byKey.get(key) ?? { face, chars: new Set<string>() };
    for (const ch of face.text) entry.chars.add(ch);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ face, chars }) => ({
    weight: face.weight,
    size: Math.round(face.size * 100) / 100,
    text: [...chars].join(''),
  }));
}
