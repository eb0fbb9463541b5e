/**
 * The villages view's pure part: counts, search and the place a village row opens. The list
 * is data/divisions.json (every village and residents' committee of the 2023 codes); a
 * village is drawn only where a source gives its point, never placed by guess.
 */
import type { Divisions, Township, Village } from '../content/divisions-schema.ts';
import type { Bilingual, Lang } from '../content/types.ts';
import { isDrawable, type Place } from '../geo/places.ts';

export interface VillageCounts {
  /** Every village and residents' committee listed. */
  listed: number;
  /** Those with a point (drawn on the map). */
  located: number;
  /** Those the report names. */
  named: number;
}

export function villageCounts(d: Divisions): VillageCounts {
  const all = d.townships.flatMap((t) => t.villages);
  return {
    listed: all.length,
    located: all.filter((v) => v.lngLat !== null).length,
    named: all.filter((v) => v.named).length,
  };
}

export interface VillageGroup {
  township: Township;
  villages: Village[];
}

/** Lower case, without spaces, full-width letters and digits made half-width. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The villages whose name or code contains the query, or whose township's name (Chinese or,
 * from its place, English) does; grouped by township in the list's order. An empty query
 * gives every village.
 */
export function searchVillages(
  d: Divisions,
  places: readonly Place[],
  query: string,
): VillageGroup[] {
  const q = fold(query);
  const groups: VillageGroup[] = [];
  for (const township of d.townships) {
    const place = places.find((p) => p.id === township.place);
    const names = [township.name, place?.name.zh ?? '', place?.name.en ?? ''].map(fold);
    const whole = q !== '' && names.some((n) => n.includes(q));
    const villages = township.villages.filter(
      (v) => q === '' || whole || fold(v.name).includes(q) || v.code.includes(q),
    );
    if (villages.length > 0) groups.push({ township, villages });
  }
  return groups;
}

/** The id a village's own marker and sheet use (its code, which no place id can be). */
export function villageId(v: Village): string {
  return `v-${v.code}`;
}

/** The place of data/places.json that stands for the village itself (东沟村 → donggou), if any. */
export function villagePlaceOf(v: Village, places: readonly Place[]): Place | null {
  return (
    v.places
      .map((id) => places.find((p) => p.id === id))
      .find((p) => p?.kind === 'village' && p.name.zh === v.name) ?? null
  );
}

/** Words for a village's own sheet (interface words of the edition, src/lib/i18n/ui.ts). */
export interface VillageWords {
  type: { village: string; community: string };
  code: (code: string) => string;
  notNamed: string;
  point: (source: string) => string;
  noPoint: (township: string) => string;
}

/** The name of the points' source for a sheet: the repository cited first in the file. */
export function pointSourceName(d: Divisions): string {
  return /^([\w.-]+\/[\w.-]+)/.exec(d.sources.points)?.[1] ?? d.sources.points;
}

/**
 * What a village row opens: the story's own place for the village when there is one (with its
 * story links), else a place made for the sheet from the list: its name, township, code and
 * type; a point only where the list has one (approximate); what the report says, if anything.
 */
export function villageSheetPlace(
  v: Village,
  township: Township,
  d: Divisions,
  places: readonly Place[],
  lang: Lang,
  words: VillageWords,
): Place {
  const own = villagePlaceOf(v, places);
  if (own) return own;
  const seat = places.find((p) => p.id === township.place);
  const townshipName: Bilingual = seat ? seat.name : { zh: township.name, en: township.name };
  const tName = lang === 'en' ? townshipName.en : townshipName.zh;
  const both = (text: string): Bilingual => ({ zh: text, en: text });
  const linked = v.places.map((id) => places.find((p) => p.id === id)).find((p) => p);
  const about = `${words.type[v.type]} · ${words.code(v.code)}`;
  const said =
    v.named && linked ? (lang === 'en' ? linked.note.en : linked.note.zh) : words.notNamed;
  return {
    id: villageId(v),
    name: both(v.name),
    kind: 'village',
    township: townshipName,
    village: null,
    lngLat: v.lngLat ? [v.lngLat[0], v.lngLat[1]] : null,
    precision: v.lngLat ? 'approximate' : 'none',
    precisionNote: both(v.lngLat ? words.point(pointSourceName(d)) : words.noPoint(tName)),
    note: both(lang === 'en' ? `${about}. ${said}` : `${about}。${said}`),
    source: v.lngLat ? d.sources.points : d.sources.codes,
  };
}

/**
 * Where tapping a village row takes the map: its point (its own place's, or the list's), else
 * its township's seat, which the map then marks. Null when neither has a point.
 */
export function villageTarget(
  v: Village,
  township: Township,
  places: readonly Place[],
): { lngLat: [number, number]; township: string | null } | null {
  const own = villagePlaceOf(v, places);
  if (own && isDrawable(own)) return { lngLat: own.lngLat, township: null };
  if (v.lngLat) return { lngLat: [v.lngLat[0], v.lngLat[1]], township: null };
  const seat = places.find((p) => p.id === township.place);
  return seat && isDrawable(seat) ? { lngLat: seat.lngLat, township: seat.id } : null;
}

/** The located villages drawn as their own markers (not those the story already draws). */
export function villagesToDraw(d: Divisions, places: readonly Place[]): VillageGroup[] {
  return d.townships
    .map((township) => ({
      township,
      villages: township.villages.filter((v) => {
        const own = villagePlaceOf(v, places);
        return v.lngLat !== null && !(own && isDrawable(own));
      }),
    }))
    .filter((g) => g.villages.length > 0);
}

/**
 * Where a picked village's point goes on the map, as the offset of the map's centre from it
 * (px): where the list and the sheet leave the map clear. On phones the upper half (both cover
 * the lower); on desktop the upper part right of the list (`listWidth`: its width and left
 * margin; the sheet takes the lower right).
 */
export function pickedPointOffset(
  box: { width: number; height: number },
  phone: boolean,
  listWidth: number,
): { x: number; y: number } {
  const x = phone ? box.width / 2 : listWidth + (box.width - listWidth) / 2;
  const y = box.height * (phone ? 0.25 : 0.28);
  return { x: Math.round(box.width / 2 - x), y: Math.round(box.height / 2 - y) };
}

/** The scene's places with the villages view's: every township seat drawn while the list is
 * open, the picked village's township marked as context and its place (when it is a story
 * place, drawn by the place markers) highlighted. */
export function withVillagesView(
  scene: { drawn: readonly string[]; context: readonly string[]; highlight: readonly string[] },
  view: {
    open: boolean;
    townshipSeats: readonly string[];
    picked: { place: string | null; township: string | null } | null;
  },
): { drawn: string[]; context: string[]; highlight: string[] } {
  const { open, townshipSeats, picked } = view;
  return {
    drawn: open ? [...new Set([...scene.drawn, ...townshipSeats])] : [...scene.drawn],
    context: picked?.township
      ? [...new Set([...scene.context, picked.township])]
      : [...scene.context],
    highlight: picked?.place ? [...scene.highlight, picked.place] : [...scene.highlight],
  };
}
