import { describe, it, expect } from 'vitest';
import { arcPoints } from './arcs';
import type { LngLat } from './geojson';

/** Which side of the chord a–b the point p is on: > 0 left, < 0 right. */
function side(a: LngLat, b: LngLat, p: LngLat): number {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

const MAOJIAN: LngLat = [110.81372, 32.5919];
const JINGSHAN: LngLat = [113.1146, 31.02246];
const PUJIANG: LngLat = [103.51154, 30.19436];

describe('arcPoints', () => {
  it('starts and ends exactly at the endpoints and has n points', () => {
    const arc = arcPoints(MAOJIAN, JINGSHAN, 20);
    expect(arc).toHaveLength(20);
    expect(arc[0]).toEqual(MAOJIAN);
    expect(arc[19]).toEqual(JINGSHAN);
    expect(arcPoints(MAOJIAN, JINGSHAN, 2)).toEqual([MAOJIAN, JINGSHAN]);
  });

  it('bulges on one side of the chord only', () => {
    for (const to of [JINGSHAN, PUJIANG]) {
      const arc = arcPoints(MAOJIAN, to, 33);
      const signs = arc.slice(1, -1).map((p) => Math.sign(side(MAOJIAN, to, p)));
      expect(new Set(signs).size).toBe(1);
      expect(signs[0]).not.toBe(0);
    }
  });

  it('bulges north by default, whichever way it goes, and gently', () => {
    const east = arcPoints([100, 30], [110, 30], 21);
    const west = arcPoints([110, 30], [100, 30], 21);
    expect(east[10][1]).toBeGreaterThan(30);
    expect(west[10][1]).toBeGreaterThan(30);
    // The Bézier midpoint is half way to the control point: bend × length / 2.
    expect(east[10][1] - 30).toBeCloseTo(0.2 * 10 * 0.5);
    expect(arcPoints([100, 30], [110, 30], 21, -0.2)[10][1]).toBeLessThan(30);
  });

  it('bulges east for a due north–south chord', () => {
    expect(arcPoints([100, 30], [100, 40], 3)[1][0]).toBeGreaterThan(100);
    expect(arcPoints([100, 40], [100, 30], 3)[1][0]).toBeGreaterThan(100);
  });

  it('rejects fewer than 2 points', () => {
    expect(() => arcPoints(MAOJIAN, JINGSHAN, 1)).toThrow(/n must be/);
    expect(() => arcPoints(MAOJIAN, JINGSHAN, 2.5)).toThrow(/n must be/);
  });
});
