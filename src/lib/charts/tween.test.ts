import { describe, it, expect } from 'vitest';
import { interpolateMarks, tweenDuration, type TweenMark } from './tween';

interface ColourMark extends TweenMark {
  group: string;
}

const mark = (key: string, x: number, y: number, size = 10, group = 'a'): ColourMark => ({
  key,
  x,
  y,
  size,
  group,
});

describe('tweenDuration', () => {
  it.each<[boolean, number | undefined, number]>([
    [true, undefined, 0],
    [true, 400, 0],
    [false, undefined, 500],
    [false, 300, 300],
    [false, 2000, 600],
    [false, -5, 0],
  ])('reduced %s, asked %s → %d', (reduced, ms, expected) => {
    expect(tweenDuration(reduced, ms)).toBe(expected);
  });
});

describe('interpolateMarks', () => {
  const from = [mark('a', 0, 0), mark('b', 10, 0), mark('gone', 50, 50)];
  const to = [mark('b', 20, 20, 10, 'new'), mark('a', 10, 10), mark('new', 100, 100)];
  const frame = interpolateMarks(from, to, { origin: { x: -10, y: -20 } });

  it('t = 0 equals from and t = 1 equals to', () => {
    expect(frame(0)).toEqual(from);
    expect(frame(1)).toEqual(to);
  });

  it.each([-1, Number.NaN])('clamps t = %d to from', (t) => expect(frame(t)).toEqual(from));
  it('clamps t > 1 to to', () => expect(frame(2)).toEqual(to));

  it('matches marks by key, not by position', () => {
    const mid = frame(0.5);
    const b = mid.find((m) => m.key === 'b');
    const a = mid.find((m) => m.key === 'a');
    expect(b).toEqual({ key: 'b', x: 15, y: 10, size: 10, group: 'new' });
    expect(a).toEqual({ key: 'a', x: 5, y: 5, size: 10, group: 'a' });
  });

  it('entering marks grow from the origin, exiting ones shrink in place', () => {
    const mid = frame(0.5);
    expect(mid.map((m) => m.key)).toEqual(['b', 'a', 'new', 'gone']);
    expect(mid.find((m) => m.key === 'new')).toMatchObject({ x: 45, y: 40, size: 5 });
    expect(mid.find((m) => m.key === 'gone')).toMatchObject({ x: 50, y: 50, size: 5 });
  });

  it('uses cubicInOut easing by default and accepts another', () => {
    const one = [mark('a', 0, 0)];
    const two = [mark('a', 100, 0)];
    expect(interpolateMarks(one, two)(0.25)[0]?.x).toBeCloseTo(6.25, 9);
    expect(interpolateMarks(one, two, { ease: (t) => t })(0.25)[0]?.x).toBeCloseTo(25, 9);
  });

  it('without an origin, entering marks grow where they end', () => {
    const [m] = interpolateMarks([], [mark('n', 7, 8)], { ease: (t) => t })(0.5);
    expect(m).toMatchObject({ x: 7, y: 8, size: 5 });
  });

  it('can be interrupted: a frame is a valid start of the next transition', () => {
    const mid = frame(0.3);
    const next = interpolateMarks(mid, from);
    expect(next(0)).toEqual(mid);
    expect(next(1)).toEqual(from);
  });

  it('rejects duplicate keys', () => {
    expect(() => interpolateMarks([mark('a', 0, 0), mark('a', 1, 1)], [])).toThrow();
  });
});
