import { describe, expect, it } from 'vitest';
import type { Bounds } from '../geo/bounds';
import { CLIP_MARGIN, fitMercator } from './projection';

const DISTRICT: Bounds = [
  [32.45, 110.65],
  [32.7, 110.95],
];

describe('fitMercator', () => {
  it('fits the bounds within the padding, centred, north-west at the top left', () => {
    const fit = fitMercator(DISTRICT, { width: 340, height: 300 }, { x: 40, y: 20 });
    const [xw, yn] = fit.project([110.65, 32.7]);
    const [xe, ys] = fit.project([110.95, 32.45]);
    expect(xw).toBeLessThan(xe);
    expect(yn).toBeLessThan(ys);
    expect(xw).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(xe).toBeLessThanOrEqual(300 + 1e-9);
    expect(yn).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(ys).toBeLessThanOrEqual(fit.height - 20 + 1e-9);
    // Centred on one axis, touching the padding on the other.
    expect(xw + xe).toBeCloseTo(340);
    expect(yn + ys).toBeCloseTo(fit.height);
    expect(Math.min(xw - 40, yn - 20)).toBeCloseTo(0);
  });

  it('keeps the shape: a degree of longitude is cos(latitude) of a degree of latitude', () => {
    const fit = fitMercator(DISTRICT, { width: 340, height: 300 }, { x: 0, y: 0 });
    const [x0, y0] = fit.project([110.8, 32.5]);
    const [x1] = fit.project([110.81, 32.5]);
    const [, y1] = fit.project([110.8, 32.51]);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((32.505 * Math.PI) / 180), 2);
  });

  it('gives a wide view a shorter picture instead of empty bands', () => {
    const wide: Bounds = [
      [29.5, 103],
      [33.5, 114],
    ];
    const fit = fitMercator(wide, { width: 340, height: 300 }, { x: 10, y: 10 });
    expect(fit.height).toBeLessThan(300);
    const [, yn] = fit.project([103, 33.5]);
    expect(yn).toBeCloseTo(10);
  });

  it('is Web Mercator, as the live map draws', () => {
    const fit = fitMercator(DISTRICT, { width: 340, height: 300 }, { x: 0, y: 0 });
    const y = (lat: number) => fit.project([110.8, lat])[1];
    const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    // Equal steps of latitude get longer northwards, exactly as Mercator's y.
    const ratio = (y(32.5) - y(32.6)) / (y(32.6) - y(32.7));
    expect(ratio).toBeCloseTo(
      (mercatorY(32.6) - mercatorY(32.5)) / (mercatorY(32.7) - mercatorY(32.6)),
      9,
    );
  });

  it('clips to the picture plus a margin', () => {
    const fit = fitMercator(DISTRICT, { width: 340, height: 300 }, { x: 40, y: 20 });
    expect(fit.projection.clipExtent()).toEqual([
      [-CLIP_MARGIN, -CLIP_MARGIN],
      [340 + CLIP_MARGIN, fit.height + CLIP_MARGIN],
    ]);
  });
});
