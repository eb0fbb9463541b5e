import { describe, it, expect } from 'vitest';
import { compactCtx } from '../../../tests/support/charts/part-context';
import { countFigure } from '../../../tests/support/content/test-figures';
import type { Figure } from '../content/types';
import {
  choosePers,
  fitGrid,
  MAX_MARKS,
  MIN_PITCH,
  nextRound,
  scaleGroups,
  unitCount,
  unitPanel,
} from './part-units';
import { MIN_MARK, smallestMark } from './legibility';
import { statedPers } from './chart-scene';

const fig = (id: string, value: number, approx: Figure['approx'] = null): Figure =>
  countFigure(id, value, { approx });

const ctx = compactCtx();

describe('unitCount', () => {
  it.each<[number, number, Figure['approx'], number, number, number]>([
    [2000, 5, null, 400, 0, 400],
    [2400, 5, '多', 480, 0, 481],
    [4900, 10, '多', 490, 0, 491],
    [2774, 10, null, 277, 0.4, 278],
    [35, 5, null, 7, 0, 7],
    [22, 10, null, 2, 0.2, 3],
    [1242, 5, null, 248, 0.4, 249],
  ])('%d at %d per mark (%s)', (value, per, approx, full, partial, total) => {
    const c = unitCount(fig('x', value, approx), per);
    expect(c).toEqual({ full, partial, open: approx ? 1 : 0, total });
    // Exact: full and part-filled marks give back the value; the open mark adds nothing.
    expect((c.full + c.partial) * per).toBeCloseTo(value, 9);
  });
});

describe('scaleGroups', () => {
  const figs = [fig('leaders', 35), fig('cadres', 2000), fig('households', 2400, '多')];
  it('gives every count a scale of its own by default', () => {
    expect(scaleGroups(figs, {})).toEqual([0, 1, 2]);
  });
  it('puts counts of like things named in sameScale on one scale', () => {
    expect(scaleGroups(figs, { sameScale: [['leaders', 'cadres']] })).toEqual([0, 0, 1]);
    expect(scaleGroups(figs, { sameScale: [['households', 'leaders']] })).toEqual([0, 1, 0]);
  });
});

describe('nextRound', () => {
  it.each([
    [1, 2],
    [2, 5],
    [5, 10],
    [10, 20],
    [20, 50],
    [50, 100],
  ])('%d → %d', (per, next) => expect(nextRound(per)).toBe(next));
});

describe('choosePers', () => {
  const figs = [fig('leaders', 35), fig('cadres', 2000), fig('households', 2400, '多')];
  it('keeps one mark per unit when everything fits', () => {
    expect(choosePers(figs.slice(0, 1), [0], () => true)).toEqual([1]);
  });
  it('aggregates the scale with the most marks first, to round numbers, until the marks fit', () => {
    // Fits when at most 120 marks in all.
    const fits = (c: { total: number }[]) => c.reduce((a, n) => a + n.total, 0) <= 120;
    const pers = choosePers(figs, [0, 0, 1], fits);
    expect(pers[0]).toBe(pers[1]); // one scale for the helpers
    const total = figs.reduce((a, f, i) => a + unitCount(f, pers[i]!).total, 0);
    expect(total).toBeLessThanOrEqual(120);
    for (const p of pers) expect([1, 2, 5, 10, 20, 50, 100]).toContain(p);
    // Not coarser than needed: at 120 marks the two scales end up alike (50 and 50).
    expect(pers).toEqual([50, 50, 50]);
  });
  it('never draws more than MAX_MARKS marks for a figure', () => {
    const pers = choosePers([fig('toilets', 2774)], [0], () => true);
    expect(unitCount(fig('toilets', 2774), pers[0]!).total).toBeLessThanOrEqual(MAX_MARKS);
  });
});

describe('fitGrid', () => {
  it('finds the largest cells that fit, capped', () => {
    const g = fitGrid([400, 481], [20, 20], 358, 300, 28, 8, 2);
    expect(g.height).toBeLessThanOrEqual(300);
    expect(g.pitch).toBeCloseTo(358 / g.cols, 9);
    const bigger = g.cols - 1;
    const rows = Math.ceil(400 / bigger) + Math.ceil(481 / bigger);
    // Two heads of 20 px, each with its 6 px gap, and 8 px between the groups.
    expect(2 * (20 + 6) + 8 + rows * (358 / bigger)).toBeGreaterThan(300);
    expect(fitGrid([3], [20], 358, 300, 28, 8).pitch).toBeLessThanOrEqual(28);
  });
});

describe('unitPanel', () => {
  const figs = [fig('cadres', 2000), fig('households', 2400, '多')];
  const part = unitPanel(figs, 358, 300, ctx, { shape: 'square' });

  const pers = statedPers(part.legend);

  it('aggregates unlike counts each on its own stated scale, marks at least MIN_MARK', () => {
    expect([pers.get('cadres'), pers.get('households')]).toEqual([5, 10]);
    expect(smallestMark(part.marks)).toBeGreaterThanOrEqual(MIN_MARK);
    // Not coarser than the room needs: at 1 per mark the same box would need marks under 8 px.
    expect(fitGrid([2000, 2401], [21, 21], 358, 300, 28, 8, MIN_PITCH).height).toBeGreaterThan(300);
  });

  it('draws exactly the marks the counts call for, inside the box, one open mark last', () => {
    expect(part.marks.filter((m) => m.key.startsWith('cadres:'))).toHaveLength(400);
    const households = part.marks.filter((m) => m.key.startsWith('households:'));
    expect(households).toHaveLength(241);
    expect(households.filter((m) => m.open)).toEqual([households[240]]);
    for (const m of part.marks) {
      expect(m.x + m.w).toBeLessThanOrEqual(358 + 1e-9);
      expect(m.y + m.h).toBeLessThanOrEqual(part.height + 1e-9);
    }
    expect(part.height).toBeLessThanOrEqual(300);
  });

  it('says what a mark stands for and how the approximate figure is drawn', () => {
    expect(part.legend.map((l) => l.kind)).toEqual(['unit', 'unit', 'approx']);
    expect(part.legend.map((l) => l.text).slice(0, 2)).toEqual(['每格 = 5户', '每格 = 10户']);
  });

  it('draws a remainder as one part-filled mark', () => {
    const p = unitPanel([fig('toilets', 2774)], 358, 300, ctx, { shape: 'square' });
    const partial = p.marks.filter((m) => m.fill > 0 && m.fill < 1);
    expect(partial).toHaveLength(1);
    expect(partial[0]!.fill).toBeCloseTo(0.4, 9);
    expect(p.legend.map((l) => l.text)).toEqual(['每格 = 10户', '不满一格的部分按比例填色']);
    expect(smallestMark(p.marks)).toBeGreaterThanOrEqual(MIN_MARK);
  });

  it('lets marks appear one by one for a revealed figure', () => {
    const p = unitPanel(
      [fig('toilets', 2774)],
      358,
      300,
      { ...ctx, emphasis: { reveal: 'toilets' } },
      {
        shape: 'square',
      },
    );
    const thresholds = p.marks.map((m) => m.reveal);
    expect(thresholds[0]).toBeCloseTo(1 / 278, 9);
    expect(thresholds[thresholds.length - 1]).toBe(1);
    expect([...thresholds].sort((a, b) => a - b)).toEqual(thresholds);
  });

  it('makes no marks when only measuring', () => {
    const dry = unitPanel(figs, 358, 300, { ...ctx, dry: true }, { shape: 'square' });
    expect(dry.marks).toEqual([]);
    expect(dry.height).toBeCloseTo(part.height, 9);
    expect(dry.legend).toEqual(part.legend);
  });
});

describe('unit charts in a phone’s box', () => {
  it('choose a coarser unit for the same count in a smaller box, keeping marks legible', () => {
    const talent = [fig('talent', 1242)];
    const big = unitPanel(talent, 696, 600, { ...ctx, compact: false }, { shape: 'square' });
    const small = unitPanel(talent, 304, 80, ctx, { shape: 'square' });
    const per = (p: typeof big) => statedPers(p.legend).get('talent')!;
    expect(per(small)).toBeGreaterThan(per(big));
    for (const p of [big, small]) {
      expect(smallestMark(p.marks)).toBeGreaterThanOrEqual(MIN_MARK);
      expect(p.height).toBeLessThanOrEqual(p === big ? 600 : 80);
      // Marks times the stated unit give back the count (the last mark part-filled).
      const filled = p.marks.reduce((a, m) => a + m.fill, 0);
      expect(filled * per(p)).toBeCloseTo(1242, 6);
    }
  });
});
