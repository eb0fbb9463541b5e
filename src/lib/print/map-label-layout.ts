/**
 * The names on a printed map, placed so that they stay inside the picture and clear of each
 * other and of the points: a printed picture is smaller than the live map, and it has no zoom.
 * Each place tries its own side first (the live map's choice), then the others; a highlighted
 * place chooses before a township of listed places, which chooses before the rest. An area or
 * river name (decorative, as on the live map) is left out where a place's name needs the room.
 */
import { textWidth } from '../charts/text';
import type { Lang } from '../content/types';
import type { Side } from '../map/labels';
import type { MapAreaLabel, MapPicture, MapPoint } from './map-picture';
import { pick, pointLabel, type Box, type PointLabel } from './map-labels';

export interface AreaText {
  key: string;
  kind: MapAreaLabel['kind'];
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
}

export interface MapLabels {
  /** One per point, in the picture's order. */
  points: PointLabel[];
  areas: AreaText[];
}

const SIDES: readonly Side[] = ['right', 'left', 'top', 'bottom'];
const PRIORITY: Record<MapPoint['role'], number> = { highlight: 0, context: 1, plain: 2 };
/** Room kept between a name and the picture's edge, px. */
const EDGE = 3;
/** Overlaps smaller than this are not collisions, px. */
const SLACK = 1;
export const AREA_SIZE: Record<MapAreaLabel['kind'], number> = {
  province: 11,
  district: 10,
  river: 10,
};

export function outerBox(l: PointLabel): Box {
  return l.box ?? l.ground ?? { x: l.x, y: l.y, width: 0, height: 0 };
}

export function overlaps(a: Box, b: Box): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > SLACK && h > SLACK;
}

const moveBox = (b: Box | null, dx: number, dy: number): Box | null =>
  b && { ...b, x: b.x + dx, y: b.y + dy };

/** The label moved the least distance that puts it inside the picture (when it fits). */
export function keepInside(l: PointLabel, width: number, height: number): PointLabel {
  const b = outerBox(l);
  const dx =
    b.x < EDGE ? EDGE - b.x : b.x + b.width > width - EDGE ? width - EDGE - b.x - b.width : 0;
  const dy =
    b.y < EDGE ? EDGE - b.y : b.y + b.height > height - EDGE ? height - EDGE - b.y - b.height : 0;
  if (dx === 0 && dy === 0) return l;
  return {
    ...l,
    x: l.x + dx,
    y: l.y + dy,
    box: moveBox(l.box, dx, dy),
    ground: moveBox(l.ground, dx, dy),
  };
}

function dotBox(p: MapPoint): Box | null {
  return p.kind === 'region' ? null : { x: p.x - 6, y: p.y - 6, width: 12, height: 12 };
}

export function layoutLabels(picture: MapPicture, lang: Lang): MapLabels {
  const { width, height } = picture;
  const dots = picture.points.map(dotBox).filter((b): b is Box => b !== null);
  const taken: Box[] = [];
  const labels: PointLabel[] = [];
  const order = picture.points
    .map((p, i) => i)
    .sort((a, b) => PRIORITY[picture.points[a]!.role] - PRIORITY[picture.points[b]!.role]);
  for (const i of order) {
    const p = picture.points[i]!;
    const sides = [p.side, ...SIDES.filter((s) => s !== p.side)];
    const candidates = sides.map((side) => keepInside(pointLabel(p, lang, side), width, height));
    const clashes = (l: PointLabel) => {
      const b = outerBox(l);
      return [...taken, ...dots].filter((o) => overlaps(b, o)).length;
    };
    // The first side without a clash, else the side with the fewest.
    let best = candidates[0]!;
    let least = clashes(best);
    for (const c of candidates.slice(1)) {
      if (least === 0) break;
      const n = clashes(c);
      if (n < least) [best, least] = [c, n];
    }
    labels[i] = best;
    taken.push(outerBox(best));
  }
  const areas: AreaText[] = [];
  for (const a of picture.areaLabels) {
    const text = pick(a.text, lang);
    const size = AREA_SIZE[a.kind];
    const w = textWidth(text, size) * 1.1;
    const box = { x: a.x - w / 2, y: a.y - size * 0.6, width: w, height: size * 1.2 };
    const inside = box.x >= EDGE && box.x + box.width <= width - EDGE;
    if (!inside || [...taken, ...dots].some((o) => overlaps(box, o))) continue;
    areas.push({ key: a.key, kind: a.kind, x: a.x, y: a.y + size * 0.35, text, size });
    taken.push(box);
  }
  return { points: labels, areas };
}
