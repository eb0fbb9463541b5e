/**
 * The Leaflet map, handed by LeafletMap.svelte (the only component that imports leaflet) to
 * its layer components. Types only are imported here; the library itself stays in the wrapper.
 */
import { getContext, setContext } from 'svelte';
import type * as Leaflet from 'leaflet';
import type { LeafletLib } from './leaflet-lib';

export type { LeafletLib };
/** Leaflet types for the layer components (types only: no code comes with them). */
export type { Layer, Marker, PathOptions } from 'leaflet';

export interface MapContext {
  /** The leaflet namespace, so layers build Leaflet objects without importing leaflet. */
  readonly L: LeafletLib;
  /** The map; layers are only rendered once it exists. */
  readonly map: Leaflet.Map;
}

const KEY = Symbol('leaflet-map');

export function setMapContext(ctx: MapContext): void {
  setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('A map layer must be rendered inside <LeafletMap>');
  return ctx;
}
