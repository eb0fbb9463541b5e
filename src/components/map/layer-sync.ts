/**
 * Keeps a Leaflet map's base layers in step with the scene without one long task: layers the
 * scene drops leave at once; the ones it adds arrive one per task, each laid out in its own
 * task (adding a layer projects, clips and draws every vertex of it). Hidden, the map jumps to
 * a new view with its layers off (moving them would project and draw them all again, twice, in
 * one task) and they come back one per task after. The map container's `data-layers` is
 * "drawn" once every wanted layer is on and no more are coming, "drawing" until then.
 * Each sync is a run with an AbortController of its own: a newer sync, a hidden move or stop()
 * aborts it.
 */
import type * as Leaflet from 'leaflet';
import { layOutNow, type TaskScheduler } from '../../lib/stage/scheduler';
import { ignoreAbort, restartable, runInTasks } from '../../lib/map/run-in-tasks';

/** What is used of a layer and of the map (types only: no leaflet code comes with them). */
export interface SyncLayer {
  addTo(map: Leaflet.Map): unknown;
  remove(): unknown;
}
export type SyncMap = Pick<Leaflet.Map, 'on' | 'off' | 'getContainer'>;

export interface LayerSync {
  /** Shows exactly `layers`, in this order; `complete`: no other layer will be wanted later. */
  show(layers: readonly SyncLayer[], complete: boolean): void;
  /** Takes every layer off and lets go of the map. */
  stop(): void;
}

export interface LayerSyncOptions {
  layOut?: () => void;
  /** The page's scheduler unless a test passes its own. */
  scheduler?: TaskScheduler;
}

export function layerSync(
  map: SyncMap,
  hidden: () => boolean,
  { layOut = layOutNow, scheduler }: LayerSyncOptions = {},
): LayerSync {
  const container = map.getContainer();
  let wanted: readonly SyncLayer[] = [];
  let complete = false;
  let onMap: SyncLayer[] = [];
  /** The layers were taken off for a move while hidden: they come back when it ends. */
  let offForMove = false;
  const runs = restartable();

  function sync() {
    const signal = runs.restart();
    for (const layer of onMap) if (!wanted.includes(layer)) layer.remove();
    onMap = onMap.filter((layer) => wanted.includes(layer));
    container.dataset.layers = 'drawing';
    const missing = wanted.filter((w) => !onMap.includes(w));
    const add = ([layer]: SyncLayer[]) => {
      layer!.addTo(map as Leaflet.Map);
      onMap.push(layer!);
      layOut();
    };
    runInTasks(missing, add, { signal, scheduler })
      .then(() => {
        if (complete) container.dataset.layers = 'drawn';
      })
      .catch(ignoreAbort(signal));
  }

  const onMoveStart = () => {
    if (!hidden() || onMap.length === 0) return;
    runs.abort();
    for (const layer of onMap) layer.remove();
    onMap = [];
    offForMove = true;
    container.dataset.layers = 'drawing';
  };
  const onMoveEnd = () => {
    if (!offForMove) return;
    offForMove = false;
    sync();
  };
  map.on('movestart', onMoveStart);
  map.on('moveend', onMoveEnd);

  return {
    show(layers, done) {
      wanted = layers;
      complete = done;
      sync();
    },
    stop() {
      runs.abort();
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
      for (const layer of onMap) layer.remove();
      onMap = [];
      delete container.dataset.layers;
    },
  };
}
