/**
 * Where a chart's marks are drawn: in a worker that owns the canvas where the page can start
 * one, on the main thread otherwise. Either way the same painter draws (marks-painter.ts).
 *
 * In the worker, a morph's frames (about 30 over 500 ms, each painting hundreds of marks) cost
 * the main thread nothing, so the frames of a scroll that changes the chart are not held up by
 * them (docs/bench.md, The scroll path). The main thread draws where there is no
 * OffscreenCanvas, where the worker cannot start (MarksCanvas.svelte asks for the main thread
 * in the script embed and in the flat layout) or where it fails once started (a policy that
 * blocks it, a worker without a 2D context): the canvas is then the worker's, so `lost` is
 * called for a new canvas to draw on.
 */
import { canvasPainter, type MarksDrawer, type MarksTarget, type MarksView } from './marks-painter';

/** A message to the worker: its canvas (once, first), then views and states to draw. */
export type MarksMessage =
  { canvas: OffscreenCanvas } | { view: MarksView } | { target: MarksTarget };

/** Draws on `canvas` on this thread, on this window's animation frames. */
export function mainThreadDrawer(canvas: HTMLCanvasElement): MarksDrawer {
  return canvasPainter(canvas, canvas.getContext('2d'));
}

/**
 * Hands `canvas` to a new worker that draws on it; null, leaving the canvas as it was, where
 * that cannot start. `lost` runs if the worker fails after it took the canvas.
 */
export function workerDrawer(canvas: HTMLCanvasElement, lost: () => void): MarksDrawer | null {
  if (typeof Worker !== 'function' || typeof canvas.transferControlToOffscreen !== 'function')
    return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./marks-worker.ts', import.meta.url), {
      type: 'module',
      name: 'chart marks',
    });
  } catch {
    return null; // e.g. the page's script is on another origin than the page
  }
  const offscreen = canvas.transferControlToOffscreen();
  const post = (message: MarksMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    lost();
  });
  post({ canvas: offscreen }, [offscreen]);
  return {
    setView: (view) => post({ view }),
    setTarget: (target) => post({ target }),
    destroy: () => worker.terminate(),
  };
}
