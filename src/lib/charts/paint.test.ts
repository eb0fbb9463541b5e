import { describe, it, expect } from 'vitest';
import { paintMarks, type Paintable } from './paint';
import { drawMark } from '../../../tests/support/charts/draw-mark';

/** A context that records its calls; `roundRect: false`, one without that method (older browsers). */
function recorder({ roundRect = true } = {}) {
  const calls: string[] = [];
  const rects: number[][] = [];
  const ctx = new Proxy(
    { fillStyle: '', strokeStyle: '', lineWidth: 1 } as Record<string, unknown>,
    {
      get(target, prop: string) {
        if (prop in target) return target[prop];
        if (prop === 'roundRect' && !roundRect) return undefined;
        return (...args: number[]) => {
          calls.push(prop);
          if (prop === 'rect' || prop === 'roundRect') rects.push(args);
        };
      },
    },
  ) as unknown as Paintable;
  return { ctx, calls, rects };
}

const m = drawMark;

describe('paintMarks', () => {
  it('fills solid marks of one colour with a single fill call', () => {
    const { ctx, calls } = recorder();
    const marks = Array.from({ length: 3000 }, (_, i) => m(`k${i}`));
    const stats = paintMarks(ctx, marks, 100, 100, 2);
    expect(stats).toEqual({ solid: 3000, partial: 0, open: 0 });
    expect(calls.filter((c) => c === 'fill')).toHaveLength(1);
    expect(calls.filter((c) => c === 'rect')).toHaveLength(3000);
  });

  it('draws part-filled and open marks apart, and skips collapsed ones', () => {
    const { ctx, calls } = recorder();
    const stats = paintMarks(
      ctx,
      [
        m('a'),
        m('b', { color: '#000' }),
        m('c', { fill: 0.4 }),
        m('d', { open: true }),
        m('e', { w: 0 }),
      ],
      100,
      100,
      1,
    );
    expect(stats).toEqual({ solid: 2, partial: 1, open: 1 });
    expect(calls.filter((c) => c === 'clip')).toHaveLength(1);
    expect(calls).toContain('setLineDash');
  });

  it('draws solid marks at whole device pixels, neighbours sharing their edge', () => {
    const { ctx, rects } = recorder();
    // Two cells 3.3 px wide with no gap, at a pixel ratio of 1.5.
    paintMarks(ctx, [m('a', { x: 0.2, w: 3.3 }), m('b', { x: 3.5, w: 3.3 })], 100, 100, 1.5);
    expect(rects.flat().every(Number.isInteger)).toBe(true);
    const [a, b] = rects as [number[], number[]];
    expect(a[0]! + a[2]!).toBe(b[0]);
    expect(b[0]! + b[2]!).toBe(Math.round(6.8 * 1.5));
  });

  it('draws rounded corners with the platform’s roundRect, or with arcs where it has none', () => {
    const marks = [m('a', { w: 20, h: 12, r: 3 }), m('b', { fill: 0.5, w: 20, h: 12, r: 3 })];
    const modern = recorder();
    paintMarks(modern.ctx, marks, 100, 100, 2);
    expect(modern.calls.filter((c) => c === 'roundRect')).toHaveLength(3); // b: outline, fill
    expect(modern.calls).not.toContain('arcTo');
    // Device pixels for the solid mark, its corner too (3 CSS px at a ratio of 2).
    expect(modern.rects[0]).toEqual([0, 0, 40, 24, 6]);
    const older = recorder({ roundRect: false });
    paintMarks(older.ctx, marks, 100, 100, 2);
    expect(older.calls.filter((c) => c === 'arcTo')).toHaveLength(12);
    expect(older.calls.filter((c) => c === 'closePath')).toHaveLength(3);
    // Corners too small to see stay plain rectangles either way.
    const tiny = recorder();
    paintMarks(tiny.ctx, [m('c', { w: 20, h: 12, r: 0.5 })], 100, 100, 2);
    expect(tiny.calls).toContain('rect');
    expect(tiny.calls).not.toContain('roundRect');
  });

  it('paints only the marks revealed at the given progress', () => {
    const { ctx } = recorder();
    const marks = [m('a', { reveal: 0 }), m('b', { reveal: 0.5 }), m('c', { reveal: 1 })];
    expect(paintMarks(ctx, marks, 100, 100, 1, 0.5).solid).toBe(2);
    expect(paintMarks(ctx, marks, 100, 100, 1).solid).toBe(3);
  });
});
