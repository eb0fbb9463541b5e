import { describe, expect, it } from 'vitest';
import { partsInView } from './parts-in-view';

const box = (top: number, bottom: number) => ({ top, bottom });

describe('partsInView', () => {
  it('lists the parts that overlap the visible area, in order', () => {
    const boxes = [box(-900, -100), box(-100, 300), box(300, 1200), box(1200, 2000)];
    expect(partsInView(boxes, 0, 844)).toEqual([1, 2]);
  });

  it('leaves out parts that only touch an edge, and parts not drawn', () => {
    const boxes = [box(-200, 0), null, box(844, 1000), undefined, box(0, 0), box(10, 20)];
    expect(partsInView(boxes, 0, 844)).toEqual([5]);
  });

  it('measures from the top of the visible area (a host’s viewport seen from an iframe)', () => {
    const boxes = [box(0, 500), box(500, 1500), box(1500, 2500), box(2500, 3000)];
    expect(partsInView(boxes, 1400, 800)).toEqual([1, 2]);
  });

  it('a part taller than the visible area is in view when the reader is inside it', () => {
    expect(partsInView([box(-2000, 3000)], 0, 844)).toEqual([0]);
  });
});
