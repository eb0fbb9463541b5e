/**
 * Where a printed map writes a place's name, as the live markers set it (src/components/map/
 * map.css): beside the dot on the place's side (right, left, above, below), bold and in the
 * accent for a highlighted place, in the second accent for a township under which places are
 * listed; a schematic region has no dot, only its name in a dashed box. Pure. Which side a
 * name goes on, so that names keep clear of each other, is map-label-layout.ts's choice.
 */
import { textWidth } from '../charts/text';
import type { Bilingual, Lang } from '../content/types';
import type { AttributionEntry, Side } from '../map/labels';
import type { MapPoint } from './map-picture';
import { ACCENT, ACCENT_2, INK } from '../palette';
import type { Anchor } from './text-block';

export interface PointLabel {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: Anchor;
  size: number;
  weight: number;
  italic: boolean;
  fill: string;
  /** The dashed box round a schematic region's name. */
  box: Box | null;
  /** A pale ground under any other name, so lines under it do not cross it out (a white
   * stroke round the glyphs would do it too, but prints every glyph twice into the PDF). */
  ground: Box | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Distance from the point to the label's near edge, px. */
const GAP = 7;

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** The place's name on one side of its point (a schematic region: centred, or above or below). */
export function pointLabel(p: MapPoint, lang: Lang, side: Side = p.side): PointLabel {
  const text = pick(p.text, lang);
  const region = p.kind === 'region';
  const size = p.role === 'highlight' ? 11.5 : region ? 11 : 10;
  const weight = p.role === 'plain' ? 500 : 700;
  const fill = region || p.role === 'highlight' ? ACCENT : p.role === 'context' ? ACCENT_2 : INK;
  const width = textWidth(text, size, weight >= 600);
  const half = size * 0.35; // from the middle of the text to its baseline
  let x = p.x;
  let y = p.y + half;
  let anchor: Anchor = 'middle';
  if (region && side !== 'top' && side !== 'bottom') {
    // Centred on its point.
  } else if (side === 'right') {
    x += GAP;
    anchor = 'start';
  } else if (side === 'left') {
    x -= GAP;
    anchor = 'end';
  } else if (side === 'top') y = p.y - GAP - size * 0.25 - (region ? 3 : 0);
  else y = p.y + GAP + size * 0.85 + (region ? 3 : 0);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const box = region
    ? { x: left - 5, y: y - size * 0.85 - 3, width: width + 10, height: size * 1.1 + 6 }
    : null;
  const ground = region
    ? null
    : { x: left - 1.5, y: y - size * 0.85, width: width + 3, height: size * 1.1 };
  return { text, x, y, anchor, size, weight, italic: region, fill, box, ground };
}

/** The map's data sources on one line; a licence that asks for credit (CC BY) is named. */
export function creditsText(entries: readonly AttributionEntry[], lang: Lang): string {
  return entries
    .map((e) => pick(e.text, lang) + (e.license.startsWith('CC') ? ` (${e.license})` : ''))
    .join(lang === 'en' ? '; ' : '；');
}
