/**
 * Puts places on a Leaflet map as markers, a few per task: one divIcon per drawable place,
 * whose HTML is a <button data-place> with an accessible name (name, kind, precision), built
 * with the DOM (no innerHTML). The markers are not interactive for Leaflet: the button inside
 * is the focusable control.
 */
import type { Lang } from '../../lib/content/types';
import { isDrawable, type Place } from '../../lib/geo/places';
import { markerHtml } from '../../lib/map/labels';
import { ignoreAbort, runInTasks } from '../../lib/map/run-in-tasks';
import type { TaskScheduler } from '../../lib/stage/scheduler';
import type { LeafletLib, Marker } from './context';
import { htmlElement } from './html-element';
import type * as Leaflet from 'leaflet';

/** Markers made per task (from the task after the caller's), so a slow phone is never held
 * up for long. */
export const MARKERS_PER_TASK = 8;

export interface PlaceMarker {
  id: string;
  marker: Marker;
}

export interface AddPlaceMarkers {
  L: LeafletLib;
  map: Leaflet.Map;
  places: readonly Place[];
  lang: Lang;
  /** The divIcon's class (the place-icon rules in map.css). */
  className: string;
  /** Aborting it stops before the next batch (the markers made so far stay in `into`). */
  signal: AbortSignal;
  /** Where the markers go, as they are made (the caller removes them). */
  into: PlaceMarker[];
  /** After each batch. */
  onBatch?: () => void;
  scheduler?: TaskScheduler;
}

/** Resolves once every drawable place has its marker on the map. */
export function addPlaceMarkers(o: AddPlaceMarkers): Promise<void> {
  const { L, map, lang, className, into } = o;
  return runInTasks(
    o.places.filter(isDrawable),
    (batch) => {
      for (const p of batch) {
        const icon = L.divIcon({
          className,
          html: htmlElement(markerHtml(p, lang)),
          iconSize: [0, 0],
        });
        const marker = L.marker([p.lngLat[1], p.lngLat[0]], {
          icon,
          keyboard: false, // the button inside is the focusable control
          interactive: false,
        });
        into.push({ id: p.id, marker: marker.addTo(map) });
      }
      o.onBatch?.();
    },
    { signal: o.signal, scheduler: o.scheduler, perTask: MARKERS_PER_TASK },
  );
}

/**
 * A component's markers for its lifetime: adds them (as addPlaceMarkers, under one
 * AbortController), marks the map's container `data-<readyKey>="ready"` once all are up (tests
 * and focus-map wait for it), and returns the teardown: stop, unmark, remove every marker.
 */
export function placeMarkersFor(
  o: Omit<AddPlaceMarkers, 'signal'>,
  readyKey: 'places' | 'villages',
): () => void {
  const life = new AbortController();
  const container = o.map.getContainer();
  addPlaceMarkers({ ...o, signal: life.signal })
    .then(() => (container.dataset[readyKey] = 'ready'))
    .catch(ignoreAbort(life.signal));
  return () => {
    life.abort();
    delete container.dataset[readyKey];
    for (const { marker } of o.into) marker.remove();
    o.into.length = 0;
  };
}

/** Shows a marker as highlighted (map.css's is-highlight) and says so to focus-map (data-highlight). */
export function markHighlight(el: HTMLElement, on: boolean): void {
  el.classList.toggle('is-highlight', on);
  el.toggleAttribute('data-highlight', on);
}
