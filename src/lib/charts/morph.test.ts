import { describe, it, expect } from 'vitest';
import { morph, visible, type DrawMark } from './morph';
import { drawMark } from '../../../tests/support/charts/draw-mark';

const m = (key: string, x: number, extra: Partial<DrawMark> = {}): DrawMark =>
  drawMark(key, { x, color: '#000000', ...extra });

describe('morph', () => {
  const from = [m('a', 0), m('b', 20), m('c', 40)];
  const to = [m('b', 100), m('d', 200), m('e', 300), m('f', 400)];

  it('ends exactly at the target state', () => {
    expect(morph(from, to)(1)).toEqual(to);
    expect(morph(from, to)(1.5)).toEqual(to);
  });

  it('starts at the current state: kept marks, leftovers taken over, new ones at size 0', () => {
    const frame = morph(from, to)(0);
    expect(frame.map((f) => f.key)).toEqual(['b', 'd', 'e', 'f']);
    expect(frame.map((f) => f.x)).toEqual([20, 0, 40, 405]);
    expect(frame[3]!.w).toBe(0);
  });

  it('moves marks with the same key and lets leftovers shrink away', () => {
    const few = [m('b', 100)];
    const frames = morph(from, few, (t) => t);
    const mid = frames(0.5);
    expect(mid.find((f) => f.key === 'b')!.x).toBe(60);
    // 'a' and 'c' have no partner: the first takes no target, both shrink to their centres.
    expect(mid.filter((f) => f.key !== 'b').map((f) => f.w)).toEqual([5, 5]);
    expect(frames(1)).toEqual(few);
  });

  it('blends colours and fills, and switches the open outline half way', () => {
    const a = [m('x', 0, { color: '#000000', fill: 0, open: true })];
    const b = [m('x', 0, { color: '#ffffff', fill: 1, open: false })];
    const f = morph(a, b, (t) => t);
    expect(f(0.25)[0]!.open).toBe(true);
    expect(f(0.75)[0]!.open).toBe(false);
    expect(f(0.5)[0]!.fill).toBe(0.5);
    expect(f(0.5)[0]!.color).toBe('rgb(128, 128, 128)');
  });

  it('can be interrupted: a new morph starts from the frame on screen', () => {
    const first = morph(from, to, (t) => t);
    const onScreen = first(0.5);
    const back = morph(onScreen, from, (t) => t);
    const at = (key: string) => onScreen.find((f) => f.key === key)!;
    // a and c take over d and e (in order), b stays b, f shrinks away: nothing jumps.
    expect(back(0).map((f) => [f.key, f.x, f.w])).toEqual([
      ['a', at('d').x, at('d').w],
      ['b', at('b').x, at('b').w],
      ['c', at('e').x, at('e').w],
      ['f', at('f').x, at('f').w],
    ]);
    expect(back(1)).toEqual(from);
  });

  it('from many cells to a few boxes (units to cascade): 4 take over, the rest shrink away', () => {
    const cells = Array.from({ length: 481 }, (_, i) =>
      m(`u${i}`, (i % 20) * 12, { y: Math.floor(i / 20) * 12, color: '#b3261e' }),
    );
    const boxes = [0, 1, 2, 3].map((i) => m(`c${i}`, 40, { y: i * 60, w: 200, h: 40 }));
    const frames = morph(cells, boxes, (t) => t);
    const start = frames(0);
    expect(start).toHaveLength(481);
    expect(start.slice(0, 4).map((f) => [f.key, f.x, f.y, f.w])).toEqual([
      ['c0', 0, 0, 10],
      ['c1', 12, 0, 10],
      ['c2', 24, 0, 10],
      ['c3', 36, 0, 10],
    ]);
    const mid = frames(0.5);
    expect(mid[4]).toMatchObject({ key: 'u4', x: 50.5, y: 2.5, w: 5, h: 5, reveal: 0 });
    expect(mid[0]!.color).not.toBe('#b3261e');
    expect(frames(1)).toEqual(boxes);
  });
});

describe('visible', () => {
  it('keeps marks whose reveal threshold is reached', () => {
    const marks = [m('a', 0), m('b', 0, { reveal: 0.5 }), m('c', 0, { reveal: 1 })];
    expect(visible(marks, 0).map((x) => x.key)).toEqual(['a']);
    expect(visible(marks, 0.5).map((x) => x.key)).toEqual(['a', 'b']);
    expect(visible(marks, 1)).toHaveLength(3);
  });
});
