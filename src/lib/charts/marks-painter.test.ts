import { describe, it, expect } from 'vitest';
import type { DrawMark } from './morph';
import type { Paintable } from './paint';
import { MarksPainter, MORPH_MS, type MarksTarget } from './marks-painter';
import { drawMark } from '../../../tests/support/charts/draw-mark';

/** A painter on a recording context, with animation frames and a clock the test drives. */
function rig() {
  let now = 0;
  let paints = 0;
  /** The rects of the last paint, each as [x, y, w, h] in device pixels. */
  let rects: number[][] = [];
  const sizes: number[][] = [];
  const ctx = new Proxy(
    { fillStyle: '', strokeStyle: '', lineWidth: 1 } as Record<string, unknown>,
    {
      get(target, prop: string) {
        if (prop in target) return target[prop];
        return (...args: number[]) => {
          if (prop === 'clearRect') {
            paints++;
            rects = [];
          }
          if (prop === 'rect' || prop === 'roundRect') rects.push(args.slice(0, 4));
        };
      },
    },
  ) as unknown as Paintable;
  const queue = new Map<number, () => void>();
  let ids = 0;
  const painter = new MarksPainter(
    { ctx, size: (w, h) => sizes.push([w, h]) },
    {
      request(draw) {
        queue.set(++ids, draw);
        return ids;
      },
      cancel: (id) => queue.delete(id),
    },
    () => now,
  );
  /** Runs the animation frames due, `ms` after the last (one frame asked for at a time). */
  const frame = (ms = 16) => {
    now += ms;
    const due = [...queue.values()];
    queue.clear();
    for (const draw of due) draw();
    return due.length;
  };
  /** Frames until none is asked for; how many ran. */
  const settle = (ms = 16) => {
    let n = 0;
    while (frame(ms)) n++;
    return n;
  };
  return {
    painter,
    frame,
    settle,
    sizes,
    get paints() {
      return paints;
    },
    get rects() {
      return rects;
    },
    get pending() {
      return queue.size;
    },
  };
}

const m = (key: string, x: number, extra: Partial<DrawMark> = {}): DrawMark =>
  drawMark(key, { x, ...extra });
const view = { width: 100, height: 50, dpr: 2, reveal: 1 };
const target = (marks: DrawMark[], key: string, extra: Partial<MarksTarget> = {}): MarksTarget => ({
  marks,
  key,
  instant: false,
  enter: false,
  ...extra,
});

describe('MarksPainter', () => {
  it('draws an instant state in one frame, at the box size in device pixels', () => {
    const r = rig();
    r.painter.setView(view);
    r.painter.setTarget(target([m('a', 10)], 'one', { instant: true }));
    expect(r.settle()).toBe(1);
    expect(r.paints).toBe(1);
    expect(r.sizes.at(-1)).toEqual([200, 100]);
    expect(r.rects).toEqual([[20, 0, 20, 20]]);
  });

  it('morphs to a new state over MORPH_MS, one paint a frame, and ends exactly on it', () => {
    const r = rig();
    r.painter.setView(view);
    r.painter.setTarget(target([m('a', 0)], 'one', { instant: true }));
    r.settle();
    r.painter.setTarget(target([m('a', 40)], 'two'));
    r.frame(MORPH_MS / 2);
    const [x] = r.rects[0]!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(80);
    const frames = r.settle(16);
    expect(frames).toBeGreaterThan(10); // about MORPH_MS / 2 more at 16 ms a frame
    expect(frames).toBeLessThan(20);
    expect(r.rects).toEqual([[80, 0, 20, 20]]);
    expect(r.pending).toBe(0);
  });

  it('interrupts a morph from the frame on screen', () => {
    const r = rig();
    r.painter.setView(view);
    r.painter.setTarget(target([m('a', 0)], 'one', { instant: true }));
    r.settle();
    r.painter.setTarget(target([m('a', 100)], 'two'));
    r.frame(MORPH_MS / 2); // half way (eased: x 50)
    const mid = r.rects[0]![0]!;
    r.painter.setTarget(target([m('a', 0)], 'three'));
    r.frame(1);
    // The new morph starts where the marks were, not from either state.
    expect(Math.abs(r.rects[0]![0]! - mid)).toBeLessThan(2);
  });

  it('carries on with the morph under way when the same state comes again (a resize)', () => {
    const r = rig();
    r.painter.setView(view);
    r.painter.setTarget(target([m('a', 0)], 'one', { instant: true }));
    r.settle();
    r.painter.setTarget(target([m('a', 40)], 'two'));
    r.frame(MORPH_MS - 100);
    r.painter.setTarget(target([m('a', 40)], 'two'));
    // About 100 ms were left: a handful of frames, not a new 500 ms morph.
    expect(r.settle(16)).toBeLessThan(9);
    expect(r.rects).toEqual([[80, 0, 20, 20]]);
  });

  it('grows an entering state from nothing, not from the marks on the canvas', () => {
    const r = rig();
    r.painter.setView(view);
    r.painter.setTarget(target([m('a', 0), m('b', 20)], 'one', { instant: true }));
    r.settle();
    r.painter.setTarget(target([m('c', 40)], 'two', { enter: true }));
    r.frame(1);
    // The first frame: the new mark at (next to) nothing, and none of the old ones.
    const sizes = r.rects.map(([, , w, h]) => w! * h!);
    expect(Math.max(0, ...sizes)).toBeLessThan(4);
    r.settle();
    expect(r.rects).toEqual([[80, 0, 20, 20]]);
  });

  it('repaints once for a new view, and only the marks the reveal has reached', () => {
    const r = rig();
    r.painter.setView({ ...view, reveal: 0.5 });
    const marks = [m('a', 0, { reveal: 0.2 }), m('b', 20, { reveal: 0.8 })];
    r.painter.setTarget(target(marks, 'one', { instant: true }));
    r.settle();
    expect(r.rects).toHaveLength(1);
    const before = r.paints;
    r.painter.setView({ ...view, reveal: 1 });
    expect(r.settle()).toBe(1);
    expect(r.paints).toBe(before + 1);
    expect(r.rects).toHaveLength(2);
  });

  it('asks for no frame after it is destroyed', () => {
    const r = rig();
    r.painter.setView(view);
    r.painter.setTarget(target([m('a', 0)], 'one'));
    expect(r.pending).toBe(1);
    r.painter.destroy();
    expect(r.pending).toBe(0);
    expect(r.paints).toBe(0);
  });
});
