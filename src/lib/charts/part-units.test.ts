import { describe, it, expect } from 'vitest';
import type { Figure } from '../content/types';
import { UI } from '../i18n/ui';
import { TYPE_COMPACT, type Ctx } from './part';
import { fitGrid, MAX_MARKS, perMarkFor, perMarks, unitCount, unitPanel } from './part-units';

const fig = (id: string, value: number, approx: Figure['approx'] = null): Figure => ({
  id,
  kind: 'count',
  value,
  approx,
  unit: { zh: '户', en: 'households' },
  label: { zh: id, en: id },
  source: { paragraph: 5, quote: '' },
});

const ctx: Ctx = {
  lang: 'zh-CN',
  ui: UI['zh-CN'],
  emphasis: {},
  compact: true,
  type: TYPE_COMPACT,
  figureCount: 2,
};

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

describe('perMarks', () => {
  it('shares one scale by default, and keeps every step under MAX_MARKS', () => {
    const figs = [fig('a', 35), fig('b', 2000), fig('c', 2400, '多')];
    expect(perMarks(figs, false)).toEqual([5, 5, 5]);
    expect(perMarkFor(figs)).toBe(5);
    for (const f of figs) expect(unitCount(f, 5).total).toBeLessThanOrEqual(MAX_MARKS + 1);
  });

  it('gives unlike counts a scale each', () => {
    expect(perMarks([fig('coops', 22), fig('people', 4900, '多')], true)).toEqual([1, 10]);
  });
});

describe('fitGrid', () => {
  it('finds the largest cells that fit, capped', () => {
    const g = fitGrid([400, 481], [20, 20], 358, 300, 28, 8);
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

  it('draws exactly the marks the counts call for, inside the box, one open mark last', () => {
    expect(part.marks.filter((m) => m.key.startsWith('cadres:'))).toHaveLength(400);
    const households = part.marks.filter((m) => m.key.startsWith('households:'));
    expect(households).toHaveLength(481);
    expect(households.filter((m) => m.open)).toEqual([households[480]]);
    for (const m of part.marks) {
      expect(m.x + m.w).toBeLessThanOrEqual(358 + 1e-9);
      expect(m.y + m.h).toBeLessThanOrEqual(part.height + 1e-9);
    }
    expect(part.height).toBeLessThanOrEqual(300);
  });

  it('says what a mark stands for and how the approximate figure is drawn', () => {
    expect(part.legend.map((l) => l.kind)).toEqual(['unit', 'approx']);
    expect(part.legend[0]?.text).toBe('每格 = 5');
  });

  it('draws a remainder as one part-filled mark', () => {
    const p = unitPanel([fig('toilets', 2774)], 358, 300, ctx, { shape: 'square' });
    const partial = p.marks.filter((m) => m.fill > 0 && m.fill < 1);
    expect(partial).toHaveLength(1);
    expect(partial[0]!.fill).toBeCloseTo(0.4, 9);
    expect(p.legend.map((l) => l.text)).toEqual(['每格 = 10户', '不满一格的部分按比例填色']);
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
