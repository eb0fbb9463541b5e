/**
 * The place-to-step index: for each place, the map steps of the story that show it as part of
 * what they tell, in story order. A place sheet offers "read this in the story" for the first
 * and lists the others; a place no step shows says so. Derived from the story config alone
 * (each step's map fields) and the places, so it is the same in every edition.
 */
import type { Lang, Step } from '../content/types.ts';
import { isDrawable, type Place } from '../geo/places.ts';
import { HOME_PLACE } from './map-scene.ts';

/**
 * The place ids a map step shows as part of its story:
 * - the places it names in map.highlight and map.fit;
 * - the township of each named place that has no coordinate (the map lists the place under
 *   it and marks its seat), and the township of each named village place;
 * - the district (HOME_PLACE) when the step shows the district as a whole (the `district`
 *   view) or draws the study-tour arcs from it (it highlights counties).
 */
export function stepPlaces(step: Step, places: readonly Place[]): string[] {
  if (!step.map) return [];
  const byId = new Map(places.map((p) => [p.id, p]));
  const out: string[] = [];
  const add = (id: string) => {
    if (byId.has(id) && !out.includes(id)) out.push(id);
  };
  const named = [...(step.map.highlight ?? []), ...(step.map.fit ?? [])];
  for (const id of named) add(id);
  for (const id of named) {
    const place = byId.get(id);
    if (!place?.township || (isDrawable(place) && place.kind !== 'village')) continue;
    const seat = places.find((p) => p.kind === 'township' && p.name.zh === place.township!.zh);
    if (seat) add(seat.id);
  }
  const counties = named.some((id) => byId.get(id)?.kind === 'county');
  if (step.map.view === 'district' || counties) add(HOME_PLACE);
  return out;
}

/** Place id → ids of the steps that show it, in story order. Places no step shows are absent. */
export function placeSteps(
  steps: readonly Step[],
  places: readonly Place[],
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const step of steps) {
    for (const id of stepPlaces(step, places)) index.set(id, [...(index.get(id) ?? []), step.id]);
  }
  return index;
}

/**
 * A short name for a map step in a place sheet's list: the places it names on the map
 * ("京山市、蒲江县、南部县"), or its id when it names none.
 */
export function stepLabel(step: Step, places: readonly Place[], lang: Lang): string {
  const ids = [...(step.map?.highlight ?? []), ...(step.map?.fit ?? [])];
  const names = [...new Set(ids)]
    .map((id) => places.find((p) => p.id === id))
    .filter((p) => p !== undefined)
    .map((p) => (lang === 'en' ? p.name.en : p.name.zh));
  if (names.length === 0) return step.id;
  return names.join(lang === 'en' ? ', ' : '、');
}

/**
 * The steps a place sheet links to, in story order, with a short name each: the steps that
 * show any of `placeIds` (a place; a village of the villages view has its story places).
 */
export function sheetSteps(
  placeIds: readonly string[],
  index: ReadonlyMap<string, readonly string[]>,
  steps: readonly Step[],
  places: readonly Place[],
  lang: Lang,
): { id: string; label: string }[] {
  const ids = new Set(placeIds.flatMap((p) => index.get(p) ?? []));
  return steps
    .filter((s) => ids.has(s.id))
    .map((s) => ({ id: s.id, label: stepLabel(s, places, lang) }));
}
