/**
 * The story's places (data/places.json, written by scripts/data/import-geo.ts). A place is
 * drawn as a point only when a source gives its coordinate; the others are listed by township.
 */
import type { Bilingual, Lang } from '../content/types';
import type { LngLat } from './geojson';

export type PlaceKind =
  'district-seat' | 'township' | 'village' | 'site' | 'homestay' | 'county' | 'region';

/**
 * - exact: the sourced point is the place itself (for a county: its government seat);
 * - approximate: a sourced point in or near the place, not its centre;
 * - township: the seat of a township-level unit (乡镇/街道);
 * - none: no sourced coordinate, lngLat is null;
 * - schematic: a label position derived by us, not a location (the report's regions).
 */
export type Precision = 'exact' | 'approximate' | 'township' | 'none' | 'schematic';

export interface Place {
  id: string;
  name: Bilingual;
  kind: PlaceKind;
  township: Bilingual | null;
  village: Bilingual | null;
  /** GCJ-02 [lng, lat], at most 5 decimals; null when no source gives one. */
  lngLat: LngLat | null;
  precision: Precision;
  precisionNote: Bilingual;
  /** What the report says about the place (facts only). */
  note: Bilingual;
  /** Where the coordinate (or the assignment) comes from. */
  source: string;
  /**
   * Regions only: ids of the township places whose seats the schematic label position was
   * derived from. A reading of the report's wording, not an official membership.
   */
  townships?: string[];
}

export function isDrawable(
  place: Place,
): place is Place & { lngLat: LngLat; precision: Exclude<Precision, 'none'> } {
  return place.lngLat !== null && place.precision !== 'none';
}

export interface TownshipGroup {
  /** null: the township is unknown. */
  township: Bilingual | null;
  places: Place[];
}

/**
 * Places without a coordinate, grouped by township for the place panel. Groups keep the
 * order in which their township first appears; the unknown-township group comes last.
 */
export function placesByTownship(places: readonly Place[]): TownshipGroup[] {
  const groups = new Map<string, TownshipGroup>();
  const unknown: Place[] = [];
  for (const place of places) {
    if (isDrawable(place)) continue;
    if (place.township === null) {
      unknown.push(place);
      continue;
    }
    const key = place.township.zh;
    const group = groups.get(key) ?? { township: place.township, places: [] };
    group.places.push(place);
    groups.set(key, group);
  }
  const out = [...groups.values()];
  if (unknown.length > 0) out.push({ township: null, places: unknown });
  return out;
}

const LABELS: Record<Precision, Bilingual> = {
  exact: { zh: '准确位置', en: 'exact location' },
  approximate: { zh: '大致位置', en: 'approximate location' },
  township: { zh: '乡镇（街道）驻地', en: 'township seat' },
  none: { zh: '无已知坐标，按乡镇列出', en: 'no known coordinate; listed by township' },
  schematic: { zh: '示意位置，非官方边界', en: 'schematic position, not an official boundary' },
};

/** A county's government seat drawn for the whole county (the province view). */
const COUNTY_SEAT: Bilingual = {
  zh: '县（市）政府驻地，代表全县',
  en: 'county seat, standing for the whole county',
};
/** Centre points of Vonng/adcode (地理中心 in its README): never called a seat. */
const CENTRE: Partial<Record<Precision, Bilingual>> = {
  approximate: {
    zh: '行政区划中心点（adcode），不是驻地；大致位置',
    en: 'adcode centre point, not a seat; approximate',
  },
  township: {
    zh: '乡镇（街道）中心点（adcode），不是驻地',
    en: 'township centre point (adcode), not its seat',
  },
  exact: { zh: '行政区划中心点（adcode），不是驻地', en: 'adcode centre point, not a seat' },
};

/**
 * The place's point is a division's centre point from Vonng/adcode (its coordinate source
 * comes first in `source`), which adcode's README calls a centre (地理中心), not a seat.
 */
export function isCentrePoint(place: Place): boolean {
  return place.lngLat !== null && /^Vonng\/adcode\b/.test(place.source);
}

/** A short label for how precisely the place is located. */
export function precisionLabel(place: Place, lang: Lang): string {
  const label =
    (isCentrePoint(place) ? CENTRE[place.precision] : undefined) ??
    (place.kind === 'county' && place.precision === 'exact'
      ? COUNTY_SEAT
      : LABELS[place.precision]);
  return lang === 'en' ? label.en : label.zh;
}

/** The names of the outside sources a `source` text cites: repositories and web sites. */
export function sourceNames(source: string): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  // "owner/repo path @ commit" (a repository cited at a commit).
  for (const m of source.matchAll(/(?:^|[\s(:])([A-Za-z0-9][\w.-]*\/[\w.-]+) \S+ @ [0-9a-f]{7,}/g))
    add(m[1]);
  for (const m of source.matchAll(/https?:\/\/(?:www\.)?([^/\s,)]+)/g)) add(m[1]);
  return names;
}

/** How an outside source (not the report) links a place to its village or its township. */
export interface OutsideLink {
  to: 'village' | 'township';
  sources: string[];
}

/**
 * A site or homestay whose name in the report does not carry its village, placed in a village
 * by outside sources (named from `source`); or a village the report names without its
 * township, placed in one by the 2023 statistical division codes. Null otherwise.
 */
export function outsideLink(place: Place): OutsideLink | null {
  if ((place.kind === 'site' || place.kind === 'homestay') && place.village) {
    if (place.name.zh.includes(place.village.zh)) return null;
    const sources = sourceNames(place.source);
    return sources.length > 0 ? { to: 'village', sources } : null;
  }
  if (place.kind === 'village' && place.township && place.source.includes('统计用区划代码'))
    return { to: 'township', sources: ['国家统计局 2023 统计用区划代码'] };
  return null;
}
