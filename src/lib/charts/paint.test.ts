import { describe, it, expect } from 'vitest';
import type { DrawMark } from './morph';
import { paintMarks, type Paintable } from './paint';

function recorder() {
  const calls: string[] = [];
  const ctx = new Proxy(
    { fillStyle: '', strokeStyle: '', lineWidth: 1 } as Record<string, unknown>,
    {
      get(target, prop: string) {
        if (prop in target) return target[prop];
        return (..._args: unknown[]) => calls.push(prop);
      },
    },
  ) as unknown as Paintable;
  return { ctx, calls };
}

const m = (key: string, extra: Partial<DrawMark> = {}): DrawMark => ({
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
});

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
});
