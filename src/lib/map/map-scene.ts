/**
 * What the map shows for a step, derived from the step alone (never from the steps scrolled
 * past): its view and that view's stable name, the places drawn, highlighted and listed, the
 * layers and the study-tour arcs. Also how it gets there (fly or jump) and the fit padding.
 */
import { MAP_LAYERS, type Step } from '../content/types.ts';
import { isDrawable, type Place } from '../geo/places.ts';
import type { Bounds } from '../geo/bounds.ts';
import { resolveView, type ViewPreset } from '../geo/view.ts';
import type { Scale } from './labels.ts';

export const LAYER_IDS = MAP_LAYERS;
export type LayerId = (typeof LAYER_IDS)[number];

/** The district seat: where the study-tour arcs start. */
export const HOME_PLACE = 'maojian';
/** A view taller than this many degrees of latitude is drawn at province scale. */
export const PROVINCE_SPAN_DEG = 1.5;

export interface Scene {
  /** Stable name of the view: the preset id, or `fit-<step id>` when the step fits places. */
  name: string;
  bounds: Bounds;
  scale: Scale;
  /** Drawn places the step highlights. */
  highlight: string[];
  /** Places the step names that have no coordinate: listed in the place panel. */
  listed: string[];
  /** Township seats under which listed places sit: drawn and marked as context. */
  context: string[];
  /** Every place drawn as a marker in this view. */
  drawn: string[];
  layers: LayerId[];
  arcs: { from: string; to: string }[];
}

function layersOf(step: Step, scale: Scale, hasArcs: boolean): LayerId[] {
  const asked = step.map?.layers;
  if (asked && asked.length > 0) {
    for (const id of asked) {
      if (!(LAYER_IDS as readonly string[]).includes(id))
        throw new Error(`step "${step.id}" field "map.layers": unknown layer "${id}"`);
    }
    return asked as LayerId[];
  }
  const base: LayerId[] =
    scale === 'province'
      ? ['provinces', 'study-tour', 'districts', 'outline', 'rivers']
      : ['provinces', 'districts', 'outline', 'rivers'];
  return hasArcs ? [...base, 'arcs'] : base;
}

function inside(b: Bounds, [lng, lat]: [number, number]): boolean {
  return lat >= b[0][0] && lat <= b[1][0] && lng >= b[0][1] && lng <= b[1][1];
}

/**
 * The places drawn in a view. Province scale: the district seat and the counties. Local
 * scale: the seat, township seats and villages inside the view; when the step shows the
 * schematic regions they stand alone (their labels are wide, and the south one sits on
 * 茅塔乡's seat).
 * Highlighted places and context seats are always drawn.
 */
function drawnPlaces(
  places: readonly Place[],
  scale: Scale,
  bounds: Bounds,
  highlight: readonly string[],
  context: readonly string[],
): string[] {
  const regions = highlight.some((id) => places.find((p) => p.id === id)?.kind === 'region');
  const cast = places.filter((p) => {
    if (!isDrawable(p)) return false;
    if (highlight.includes(p.id) || context.includes(p.id)) return true;
    if (scale === 'province') return p.kind === 'district-seat' || p.kind === 'county';
    if (p.kind === 'county' || p.kind === 'region') return false;
    if (regions) return false;
    return inside(bounds, p.lngLat);
  });
  return cast.map((p) => p.id);
}

export function sceneFor(
  step: Step,
  presets: readonly ViewPreset[],
  places: readonly Place[],
): Scene {
  const map = step.map ?? {};
  const view = resolveView(map, presets, places);
  const fits = (map.fit ?? []).some((id) => {
    const p = places.find((x) => x.id === id);
    return p !== undefined && isDrawable(p);
  });
  const name = fits ? `fit-${step.id}` : (map.view ?? 'district');
  const scale: Scale =
    view.bounds[1][0] - view.bounds[0][0] > PROVINCE_SPAN_DEG ? 'province' : 'local';
  const context: string[] = [];
  for (const id of view.listed) {
    const township = places.find((p) => p.id === id)?.township;
    if (!township) continue;
    const seat = places.find((p) => p.kind === 'township' && p.name.zh === township.zh);
    if (seat && isDrawable(seat) && !context.includes(seat.id)) context.push(seat.id);
  }
  const home = places.find((p) => p.id === HOME_PLACE);
  const arcs =
    home && isDrawable(home)
      ? view.highlight
          .filter((id) => places.find((p) => p.id === id)?.kind === 'county')
          .map((to) => ({ from: HOME_PLACE, to }))
      : [];
  return {
    name,
    bounds: view.bounds,
    scale,
    highlight: view.highlight,
    listed: view.listed,
    context,
    drawn: drawnPlaces(places, scale, view.bounds, view.highlight, context),
    layers: layersOf(step, scale, arcs.length > 0),
    arcs,
  };
}

export interface Padding {
  paddingTopLeft: [number, number];
  paddingBottomRight: [number, number];
}

/** Room along a phone map's bottom edge for the labels under the lowest points, px. */
export const PHONE_BOTTOM = 28;
/** In a window too short for the band, the share of the stage, from the bottom, the card may cover. */
export const SHORT_CARD_SHARE = 0.45;

/** Room along a phone map's top edge, under the place panel, for the label over the highest
 * point (a label drawn above its point reaches about 26 px up), px. */
export const PHONE_PANEL_GAP = 28;
/** On desktop, the room between the place panel and the subject (the controls' row), px. */
const DESKTOP_PANEL_GAP = 52;

/**
 * Padding for fitting a view into the map box. On phones the map box is the stage band that
 * no card covers (lib/scroll/clear-zone.ts), so the subject takes all of it below the controls
 * and the place panel (panelBottom: its bottom edge, px from the map's top, 0 with no panel; at
 * the top on both layouts); on desktop the credits run along the bottom. `phone` is the
 * story's phone layout (≤ 768 px), not the map box's width; `short`, a phone window too short
 * for the band, where the card covers the stage's lower part.
 */
export function fitPadding(
  box: { width: number; height: number },
  panelBottom: number,
  phone: boolean,
  short = false,
): Padding {
  const controls = phone ? 48 : 64;
  const gap = phone ? PHONE_PANEL_GAP : DESKTOP_PANEL_GAP;
  let top = panelBottom > 0 ? Math.max(controls, Math.round(panelBottom) + gap) : controls;
  let bottom = !phone ? 56 : short ? Math.round(box.height * SHORT_CARD_SHARE) : PHONE_BOTTOM;
  // Room for the labels beside the outermost points.
  const side = phone ? 48 : 80;
  // Keep at least a third of the box for the subject, however small the window.
  const room = box.height - top - bottom;
  const min = Math.round(box.height / 3);
  if (room < min) {
    const scale = Math.max(0, box.height - min) / Math.max(1, top + bottom);
    top = Math.round(top * scale);
    bottom = Math.round(bottom * scale);
  }
  return { paddingTopLeft: [side, top], paddingBottomRight: [side, bottom] };
}

export interface MoveInput {
  reducedMotion: boolean;
  /** The map was on screen, showing a story view, before this move. */
  wasVisible: boolean;
  /** The view's name did not change (only the box or the padding did). */
  sameView: boolean;
  /** The reader just left exploring: fly back to the story's view. */
  leftExplore: boolean;
}

/** Fly (≤ 1 s) between story views; jump under reduced motion, on first show and on resizes. */
export function moveKind(m: MoveInput): 'fly' | 'jump' {
  if (m.reducedMotion || !m.wasVisible) return 'jump';
  if (m.sameView && !m.leftExplore) return 'jump';
  return 'fly';
}

/** Seconds a story-view flight takes. */
export const FLY_SECONDS = 0.8;
