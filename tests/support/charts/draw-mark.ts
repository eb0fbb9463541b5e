/** Test fixture for the canvas tests (paint, morph, the painter): one mark as drawn. */
import type { DrawMark } from '../../../src/lib/charts/morph';

/** A solid 10 px square at the origin in the accent red, always drawn, unless `extra` says. */
export function drawMark(key: string, extra: Partial<DrawMark> = {}): DrawMark {
  return {
    key,
    x: 0,
    y: 0,
    w: 10,
    h: 10,
    r: 0,
    color: '#b3261e',
    fill: 1,
    open: false,
    reveal: 0,
    ...extra,
  };
}
