/**
 * Map view resolution: which bounds a scroll step shows and which places it highlights.
 * Bounds (bounds.ts) are in the data's CRS (GCJ-02).
 */
import type { MapStep } from '../content/types.ts';
import {
  boundsOf,
  boundsOfPoints,
  ensureMinSize,
  padBounds,
  unionBounds,
  type Bounds,
} from './bounds.ts';
import type { FeatureCollection, LngLat } from './geojson.ts';
import { isDrawable, type Place } from './places.ts';

export type { MapStep };

export interface ViewPreset {
  id: string;
  bounds: Bounds;
}

export interface ResolvedView {
  bounds: Bounds;
  /** Ids of highlighted places that are drawn. */
  highlight: string[];
  /** Ids of highlighted or fitted places with no coordinate: list them, do not draw them. */
  listed: string[];
}

/** Places of the tourism part of the story (the report's 网红 villages, bases, homestays). */
export const TOURISM_PLACE_IDS: readonly string[] = [
  'donggou',
  'yingzi',
  'yingzi-blueberry',
  'majiahe',
  'qinba-garden',
  'taoyuan-renjia',
  'shanli-maoju',
];

/** Share of the span added on each side of a fit to places. */
export const FIT_PADDING = 0.15;

function placeIndex(places: readonly Place[]): Map<string, Place> {
  return new Map(places.map((p) => [p.id, p]));
}

function lookup(index: Map<string, Place>, id: string): Place {
  const place = index.get(id);
  if (!place) throw new Error(`Unknown place id "${id}"`);
  return place;
}

/** Bounds of the drawable places among ids, padded and of a sensible minimum size. */
export function fitPlaces(places: readonly Place[], ids: readonly string[]): Bounds | null {
  const index = placeIndex(places);
  const points: LngLat[] = [];
  for (const id of ids) {
    const place = lookup(index, id);
    if (isDrawable(place)) points.push(place.lngLat);
  }
  if (points.length === 0) return null;
  return ensureMinSize(padBounds(boundsOfPoints(points), FIT_PADDING));
}

/**
 * The tourism view: the tourism places that have a coordinate, plus the seats of the
 * townships under which the others are listed (the app lists them there), padded.
 */
export function tourismBounds(places: readonly Place[]): Bounds {
  const index = placeIndex(places);
  const townships = places.filter((p) => p.kind === 'township');
  const ids: string[] = [];
  for (const id of TOURISM_PLACE_IDS) {
    const place = lookup(index, id);
    if (isDrawable(place)) {
      ids.push(id);
    } else if (place.township !== null) {
      const seat = townships.find((t) => t.name.zh === place.township?.zh);
      if (seat && !ids.includes(seat.id)) ids.push(seat.id);
    }
  }
  const bounds = fitPlaces(places, ids);
  if (!bounds) throw new Error('tourismBounds: no tourism place or township seat has a coordinate');
  return bounds;
}

export interface PresetData {
  /** The detailed 茅箭区 outline (data/geo/maojian-outline.json). */
  districtOutline: FeatureCollection;
  /** The 8 districts of 十堰市 (data/geo/shiyan-districts.json). */
  shiyanDistricts: FeatureCollection;
  /** Hubei and Sichuan (data/geo/provinces.json). */
  provinces: FeatureCollection;
  /**
   * The study-tour counties (data/geo/study-tour.json). When given, the province view frames
   * the tour (the counties and 十堰市) rather than the whole of both provinces, whose empty
   * west of Sichuan would shrink the tour to a strip on a phone.
   */
  studyTour?: FeatureCollection;
  places: readonly Place[];
}

/** Share of the span added on each side of the study-tour frame of the province view. */
export const TOUR_PADDING = 0.16;

function provinceBounds(data: PresetData): Bounds {
  const counties = data.studyTour?.features.filter((f) => f.properties.kind === 'county-outline');
  if (!counties || counties.length === 0) return boundsOf(data.provinces);
  const tour = unionBounds(
    boundsOf({ type: 'FeatureCollection', features: counties }),
    boundsOf(data.shiyanDistricts),
  );
  return padBounds(tour, TOUR_PADDING);
}

/** The named views, computed from the data: district, shiyan, province, tourism. */
export function buildPresets(data: PresetData): ViewPreset[] {
  return [
    { id: 'district', bounds: boundsOf(data.districtOutline) },
    { id: 'shiyan', bounds: boundsOf(data.shiyanDistricts) },
    { id: 'province', bounds: provinceBounds(data) },
    { id: 'tourism', bounds: tourismBounds(data.places) },
  ];
}

function presetBounds(presets: readonly ViewPreset[], id: string): Bounds {
  const preset = presets.find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown view preset "${id}"`);
  return preset.bounds;
}

/**
 * What the map shows for a step. `fit` wins over `view`; places without a coordinate are
 * skipped when fitting and reported in `listed`. With neither (or a fit to places that have
 * no coordinate and no view), the defaultView preset is used. Unknown ids throw.
 */
export function resolveView(
  step: MapStep,
  presets: readonly ViewPreset[],
  places: readonly Place[],
  defaultView = 'district',
): ResolvedView {
  const index = placeIndex(places);
  const highlight: string[] = [];
  const listed: string[] = [];
  const list = (place: Place): void => {
    if (!isDrawable(place) && !listed.includes(place.id)) listed.push(place.id);
  };
  for (const id of step.highlight ?? []) {
    const place = lookup(index, id);
    if (!isDrawable(place)) list(place);
    else if (!highlight.includes(id)) highlight.push(id);
  }
  for (const id of step.fit ?? []) list(lookup(index, id));

  const viewBounds = step.view === undefined ? null : presetBounds(presets, step.view);
  const fitBounds = step.fit && step.fit.length > 0 ? fitPlaces(places, step.fit) : null;
  const bounds = fitBounds ?? viewBounds ?? presetBounds(presets, defaultView);
  return { bounds, highlight, listed };
}
