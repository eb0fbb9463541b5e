import { describe, expect, it } from 'vitest';
import { squareRing } from '../../../tests/support/geo/test-shapes';
import type { MultiPolygon, Polygon, Position } from '../../../src/lib/geo/geojson';
import {
  cleanArea,
  cleanLine,
  cleanRing,
  distanceM,
  inArea,
  inRing,
  meanPoint,
  round,
  trimToArea,
  vertices,
} from './geometry';

describe('round', () => {
  it('rounds to the decimals and never gives -0', () => {
    expect(round(110.123456, 5)).toBe(110.12346);
    expect(round(-0.000001, 5)).toBe(0);
    expect(Object.is(round(-0.000001, 5), -0)).toBe(false);
  });
});

describe('cleanLine and cleanRing', () => {
  it('drops the consecutive duplicates rounding leaves', () => {
    expect(
      cleanLine(
        [
          [1.000001, 2],
          [1.000002, 2],
          [1.5, 2],
        ],
        5,
      ),
    ).toEqual([
      [1, 2],
      [1.5, 2],
    ]);
  });

  it('keeps a ring of 4 positions or more, else null', () => {
    expect(cleanRing(squareRing(110, 32, 0.1), 0, 5)).toHaveLength(5);
    expect(cleanRing(squareRing(110, 32, 0.000001), 0, 5)).toBeNull();
  });
});

describe('cleanArea', () => {
  it('gives a MultiPolygon, dropping holes that collapse', () => {
    const poly: Polygon = {
      type: 'Polygon',
      coordinates: [squareRing(110, 32, 1), squareRing(110.5, 32.5, 0.000001)],
    };
    const out = cleanArea(poly, 0, 5);
    expect(out.type).toBe('MultiPolygon');
    expect(out.coordinates).toEqual([[squareRing(110, 32, 1)]]);
  });

  it('throws when every part collapses', () => {
    const tiny: MultiPolygon = { type: 'MultiPolygon', coordinates: [[squareRing(1, 1, 1e-7)]] };
    expect(() => cleanArea(tiny, 0, 5)).toThrow(/every part collapsed/);
  });

  it('simplifies with a tolerance', () => {
    const ring = [...squareRing(110, 32, 1)];
    ring.splice(1, 0, [110.5, 32.0001]); // a vertex barely off the bottom edge
    const out = cleanArea({ type: 'Polygon', coordinates: [ring] }, 0.01, 5);
    expect(vertices(out)).toBe(5);
  });
});

describe('inside tests', () => {
  const area: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [[squareRing(0, 0, 10), squareRing(4, 4, 2)]],
  };

  it('inRing and inArea (holes excluded)', () => {
    expect(inRing([1, 1], squareRing(0, 0, 10))).toBe(true);
    expect(inArea([1, 1], area)).toBe(true);
    expect(inArea([5, 5], area)).toBe(false);
    expect(inArea([11, 1], area)).toBe(false);
  });

  it('trimToArea keeps one vertex beyond each end, or null when wholly outside', () => {
    const line: Position[] = [
      [-3, 1],
      [-2, 1],
      [-1, 1],
      [1, 1],
      [2, 1],
      [12, 1],
      [13, 1],
    ];
    expect(trimToArea(line, area)).toEqual([
      [-1, 1],
      [1, 1],
      [2, 1],
      [12, 1],
    ]);
    expect(
      trimToArea(
        [
          [20, 20],
          [21, 21],
        ],
        area,
      ),
    ).toBeNull();
  });
});

describe('distances and means', () => {
  it('distanceM: one degree of latitude is about 111 km', () => {
    expect(distanceM([110, 32], [110, 33])).toBeCloseTo(111_195, -2);
    expect(distanceM([110, 32], [110, 32])).toBe(0);
  });

  it('meanPoint rounds the mean', () => {
    expect(
      meanPoint(
        [
          [110, 32],
          [111, 33.000001],
        ],
        5,
      ),
    ).toEqual([110.5, 32.5]);
  });
});
