import { describe, it, expect } from 'vitest';
import { barLayout, barScale } from './bars';

const tourism = [
  { id: 'bases', value: 15 },
  { id: 'workshops', value: 19 },
  { id: 'homestays', value: 12 },
  { id: 'nongjiale', value: 242 },
];

describe('barScale', () => {
  it.each<[number[], number]>([
    [[15, 19, 12, 242], 242],
    [[86], 86],
    [[2000, 2400], 2400],
    [[0.3], 0.3],
    [[0, 0], 0],
    [[], 0],
  ])('domain of %j starts at 0 and ends nicely ≥ max', (values, top) => {
    const d = barScale(values, [0, 100]).domain();
    expect(d[0]).toBe(0);
    expect(d[1]).toBeGreaterThanOrEqual(top);
    expect(d[1]).toBeGreaterThan(0);
  });

  it('maps 0 to the start of the range', () => {
    expect(barScale([242], [0, 300])(0)).toBe(0);
    expect(barScale([242], [300, 0])(0)).toBe(300);
  });

  it('can be extended to share a scale', () => {
    expect(barScale([10], [0, 1], 2400).domain()).toEqual([0, 2400]);
  });

  it.each([[[-1]], [[Number.NaN]], [[Infinity]]])('rejects %j', (values) => {
    expect(() => barScale(values, [0, 1])).toThrow();
  });
});

describe('barLayout', () => {
  it('horizontal bars grow from x = 0 in proportion to value', () => {
    const bars = barLayout(tourism, { width: 300, height: 200, orientation: 'horizontal' });
    expect(bars.map((b) => b.id)).toEqual(tourism.map((t) => t.id));
    const perUnit = bars[3]!.w / 242;
    for (const b of bars) {
      expect(b.x).toBe(0);
      expect(b.w).toBeCloseTo(b.value * perUnit, 9);
      expect(b.x + b.w).toBeLessThanOrEqual(300);
      expect(b.y + b.h).toBeLessThanOrEqual(200 + 1e-9);
      expect(b.labelAnchor).toEqual({ x: 0, y: b.y + b.h / 2 });
      expect(b.valueAnchor).toEqual({ x: b.w, y: b.y + b.h / 2 });
    }
    for (let i = 1; i < bars.length; i++)
      expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y + bars[i - 1]!.h);
  });

  it('vertical bars stand on the bottom edge', () => {
    const bars = barLayout(tourism, { width: 400, height: 300, orientation: 'vertical' });
    const perUnit = bars[3]!.h / 242;
    for (const b of bars) {
      expect(b.y + b.h).toBeCloseTo(300, 9);
      expect(b.h).toBeCloseTo(b.value * perUnit, 9);
      expect(b.labelAnchor).toEqual({ x: b.x + b.w / 2, y: 300 });
      expect(b.valueAnchor).toEqual({ x: b.x + b.w / 2, y: b.y });
    }
  });

  it('a zero value is a zero-length bar', () => {
    const [b] = barLayout([{ id: 'a', value: 0 }], {
      width: 100,
      height: 50,
      orientation: 'horizontal',
    });
    expect(b?.w).toBe(0);
  });

  it('a shared max keeps bars comparable across steps', () => {
    const opts = { width: 240, height: 100, orientation: 'horizontal' as const, max: 2400 };
    const [a] = barLayout([{ id: 'cadres', value: 2000 }], opts);
    const [b] = barLayout(
      [
        { id: 'cadres', value: 2000 },
        { id: 'households', value: 2400 },
      ],
      opts,
    );
    expect(a?.w).toBeCloseTo(200, 9);
    expect(b?.w).toBeCloseTo(200, 9);
  });

  it('rejects duplicate ids', () => {
    expect(() =>
      barLayout(
        [
          { id: 'a', value: 1 },
          { id: 'a', value: 2 },
        ],
        { width: 1, height: 1, orientation: 'vertical' },
      ),
    ).toThrow(/Duplicate/);
  });
});
