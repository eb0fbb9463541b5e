/**
 * Keeps a Leaflet map's base layers in step with the scene without one long task: layers the
 * scene drops leave at once; the ones it adds arrive one per task, each laid out in its own
 * task (adding a layer projects, clips and draws every vertex of it). Hidden, the map jumps to
 * a new view with its layers off (moving them would project and draw them all again, twice, in
 * one task) and they come back one per task after. The map container's `data-layers` is
 * "drawn" once every wanted layer is on and no more are coming, "drawing" until then.
 */
import type * as Leaflet from 'leaflet';
import { layOutNow, nextTask } from '../../lib/tasks';

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

export function layerSync(
  map: SyncMap,
  hidden: () => boolean,
  layOut: () => void = layOutNow,
): LayerSync {
  const container = map.getContainer();
  let wanted: readonly SyncLayer[] = [];
  let complete = false;
  let onMap: SyncLayer[] = [];
  /** Counts syncs: a running one stops when another starts. */
  let runs = 0;
  let off = false;

  function sync() {
    const run = ++runs;
    for (const layer of onMap) if (!wanted.includes(layer)) layer.remove();
    onMap = onMap.filter((layer) => wanted.includes(layer));
    container.dataset.layers = 'drawing';
    void (async () => {
      for (const layer of wanted.filter((w) => !onMap.includes(w))) {
        await nextTask();
        if (run !== runs) return;
        layer.addTo(map as Leaflet.Map);
        onMap.push(layer);
        layOut();
      }
      if (run === runs && complete) container.dataset.layers = 'drawn';
    })();
  }

  const onMoveStart = () => {
    if (!hidden() || onMap.length === 0) return;
    runs++;
    for (const layer of onMap) layer.remove();
    onMap = [];
    off = true;
    container.dataset.layers = 'drawing';
  };
  const onMoveEnd = () => {
    if (!off) return;
    off = false;
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
      runs++;
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
      for (const layer of onMap) layer.remove();
      onMap = [];
      delete container.dataset.layers;
    },
  };
}
