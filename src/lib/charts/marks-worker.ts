/**
 * The worker that draws a chart's marks (marks-drawer.ts starts it): it owns the chart's canvas,
 * handed over as an OffscreenCanvas, and runs the same painter as the main thread would
 * (marks-painter.ts) on its own animation frames, so a morph's frames cost the page's main
 * thread nothing. Messages: marks-drawer.ts's MarksMessage.
 */
import { canvasPainter, type MarksPainter } from './marks-painter';
import type { MarksMessage } from './marks-drawer';

let painter: MarksPainter | null = null;

function start(canvas: OffscreenCanvas): MarksPainter {
  const ctx = canvas.getContext('2d');
  // No 2D context or no animation frames here: the worker fails, and the page draws on a new
  // canvas of its own (marks-drawer.ts).
  if (!ctx) throw new Error('no 2D context for the chart in its worker');
  if (typeof requestAnimationFrame !== 'function')
    throw new Error('no animation frames in the worker of the chart');
  return canvasPainter(canvas, ctx);
}

addEventListener('message', (event: MessageEvent<MarksMessage>) => {
  const message = event.data;
  if ('canvas' in message) painter = start(message.canvas);
  else if ('view' in message) painter?.setView(message.view);
  else painter?.setTarget(message.target);
});
