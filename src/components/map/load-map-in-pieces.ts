/**
 * The map's code and data, in the pieces the stage controller loads one per task
 * (src/lib/stage/stage-controller.svelte.ts): Leaflet first, in three pieces each evaluated
 * on its own (leaflet-base, leaflet-map, leaflet-lib: evaluated whole, it took one task of
 * 40-77 ms at 4x CPU; LeafletMap.svelte then finds it ready), then the data (as text), then
 * the map's components, then the data parsed, then prepared. Each `yield` is where the
 * controller lets the browser paint and handle input before the next piece; the generator
 * returns the map's component.
 */
import type MapView from './MapView.svelte';

export type MapViewComponent = typeof MapView;

export async function* loadMapInPieces(): AsyncGenerator<void, MapViewComponent> {
  await import('./leaflet-base');
  yield;
  await import('./leaflet-map');
  yield;
  await import('./leaflet-lib');
  yield;
  const data = await import('./bundled-map-data');
  yield;
  const view = await import('./MapView.svelte');
  yield;
  data.getMapLayers();
  yield;
  data.getMapData();
  yield;
  return view.default;
}
