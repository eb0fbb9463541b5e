import { describe, expect, it } from 'vitest';
import { mark } from '../charts/chart-scene';
import { countMarks, printMark } from './marks';
import { PRINT_MARKS } from '../palette';

describe('printMark', () => {
  it('fills a whole dark mark without an outline', () => {
    const p = printMark(mark({ key: 'a', x: 1, y: 2, w: 10, h: 10, r: 2, tone: 'accent' }));
    expect(p).toMatchObject({ kind: 'whole', fill: PRINT_MARKS.accent.fill, stroke: null });
    expect(p.filled).toBe(10);
    expect(p.plus).toBeNull();
  });

  it('outlines a light mark, unless it is too small to show an outline', () => {
    expect(printMark(mark({ key: 'a', x: 0, y: 0, w: 10, h: 10, tone: 'rest' })).stroke).toBe(
      PRINT_MARKS.rest.stroke,
    );
    expect(printMark(mark({ key: 'a', x: 0, y: 0, w: 3, h: 3, tone: 'rest' })).stroke).toBeNull();
  });

  it('outlines a part-filled mark and fills its share from the left', () => {
    const p = printMark(mark({ key: 'a', x: 0, y: 0, w: 20, h: 20, fill: 0.25, tone: 'accent' }));
    expect(p.kind).toBe('partial');
    expect(p.filled).toBe(5);
    expect(p.stroke).toBe(PRINT_MARKS.accent.fill);
  });

  it('draws an open mark (approximate figure) unfilled, with a plus sign when large enough', () => {
    const p = printMark(mark({ key: 'a', x: 0, y: 0, w: 20, h: 20, open: true, fill: 0 }));
    expect(p).toMatchObject({ kind: 'open', filled: 0 });
    expect(p.plus).toBe('M5.6,10H14.4M10,5.6V14.4');
    expect(printMark(mark({ key: 'b', x: 0, y: 0, w: 6, h: 6, open: true })).plus).toBeNull();
  });

  it('keeps circles round: the radius is at most half the side', () => {
    expect(printMark(mark({ key: 'a', x: 0, y: 0, w: 8, h: 8, r: 40 })).r).toBe(4);
  });
});

describe('countMarks', () => {
  it('counts marks by kind', () => {
    const marks = [
      mark({ key: 'a', x: 0, y: 0, w: 5, h: 5 }),
      mark({ key: 'b', x: 0, y: 0, w: 5, h: 5, fill: 0.5 }),
      mark({ key: 'c', x: 0, y: 0, w: 5, h: 5, open: true }),
    ].map(printMark);
    expect(countMarks(marks)).toEqual({ whole: 1, partial: 1, open: 1 });
  });
});
