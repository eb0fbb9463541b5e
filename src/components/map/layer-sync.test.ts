import { beforeEach, describe, expect, it, vi } from 'vitest';
import { manualTasks } from '../../../tests/support/map/manual-tasks';
import { layerSync, type SyncMap } from './layer-sync';

/** A stand-in for Leaflet's map: its event handlers, its container, and what is on it. */
function fakeMap() {
  const handlers = new Map<string, () => void>();
  const on: string[] = [];
  const container = { dataset: {} as Record<string, string> };
  const map = {
    on: (type: string, fn: () => void) => handlers.set(type, fn),
    off: (type: string) => handlers.delete(type),
    getContainer: () => container,
  } as unknown as SyncMap;
  const fire = (type: string) => handlers.get(type)?.();
  const layer = (id: string) => ({
    addTo: vi.fn(() => on.push(id)),
    remove: vi.fn(() => on.splice(on.indexOf(id), 1)),
  });
  return { map, fire, handlers, on, container, layer };
}

/** The browser's tasks, run by the test one at a time. */
let queue = manualTasks();
beforeEach(() => {
  queue = manualTasks();
});
const task = () => queue.runNext();
const tasks = (n: number) => queue.runAll(n);

describe('layerSync', () => {
  it('adds the wanted layers one per task, in order, laying out after each', async () => {
    const { map, on, container, layer } = fakeMap();
    const layOut = vi.fn();
    const sync = layerSync(map, () => false, { layOut, scheduler: queue.scheduler });
    sync.show([layer('a'), layer('b'), layer('c')], true);
    expect(on).toEqual([]);
    expect(container.dataset.layers).toBe('drawing');
    await task();
    expect(on).toEqual(['a']);
    expect(layOut).toHaveBeenCalledTimes(1);
    await task();
    expect(on).toEqual(['a', 'b']);
    await tasks(2);
    expect(on).toEqual(['a', 'b', 'c']);
    expect(layOut).toHaveBeenCalledTimes(3);
    expect(container.dataset.layers).toBe('drawn');
  });

  it('takes dropped layers off at once and adds only the missing ones', async () => {
    const { map, on, layer } = fakeMap();
    const [a, b, c] = [layer('a'), layer('b'), layer('c')];
    const sync = layerSync(map, () => false, { layOut: () => {}, scheduler: queue.scheduler });
    sync.show([a, b], true);
    await tasks(3);
    sync.show([b, c], true);
    expect(on).toEqual(['b']);
    await tasks(2);
    expect(on).toEqual(['b', 'c']);
    expect(b.addTo).toHaveBeenCalledTimes(1);
  });

  it('stops a running sync when a newer one starts', async () => {
    const { map, on, layer } = fakeMap();
    const sync = layerSync(map, () => false, { layOut: () => {}, scheduler: queue.scheduler });
    sync.show([layer('a'), layer('b'), layer('c')], true);
    await task();
    sync.show([layer('d')], true);
    // The older run's task is cleared; only the newer one waits.
    expect(queue.pending).toBe(1);
    await tasks(4);
    expect(on).toEqual(['d']);
  });

  it('is only "drawn" once no more layers are to come', async () => {
    const { map, container, layer } = fakeMap();
    const sync = layerSync(map, () => false, { layOut: () => {}, scheduler: queue.scheduler });
    sync.show([layer('a')], false);
    await tasks(2);
    expect(container.dataset.layers).toBe('drawing');
  });

  it('hidden, jumps with its layers off and draws them again one per task after', async () => {
    const { map, fire, on, container, layer } = fakeMap();
    let hidden = false;
    const sync = layerSync(map, () => hidden, { layOut: () => {}, scheduler: queue.scheduler });
    sync.show([layer('a'), layer('b')], true);
    await tasks(3);
    // On screen, a move keeps the layers (the reader would see them go).
    fire('movestart');
    expect(on).toEqual(['a', 'b']);
    fire('moveend');
    hidden = true;
    fire('movestart');
    expect(on).toEqual([]);
    expect(container.dataset.layers).toBe('drawing');
    fire('moveend');
    expect(on).toEqual([]);
    await task();
    expect(on).toEqual(['a']);
    await tasks(2);
    expect(on).toEqual(['a', 'b']);
    expect(container.dataset.layers).toBe('drawn');
  });

  it('stop takes every layer off and lets go of the map', async () => {
    const { map, handlers, on, container, layer } = fakeMap();
    const sync = layerSync(map, () => false, { layOut: () => {}, scheduler: queue.scheduler });
    sync.show([layer('a'), layer('b')], true);
    await task();
    sync.stop();
    // Its run is aborted: no task is left waiting.
    expect(queue.pending).toBe(0);
    await tasks(3);
    expect(on).toEqual([]);
    expect(handlers.size).toBe(0);
    expect(container.dataset.layers).toBeUndefined();
  });
});
