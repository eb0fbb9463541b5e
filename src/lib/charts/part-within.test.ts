import { describe, expect, it } from 'vitest';
import { compactCtx } from '../../../tests/support/charts/part-context';
import { countFigure } from '../../../tests/support/content/test-figures';
import type { Figure } from '../content/types';
import { UI } from '../i18n/ui';
import { MIN_MARK, smallestMark } from './legibility';
import { boxGrid, spread, withinPanel } from './part-within';

const fig = (id: string, value: number, zh: string): Figure =>
  countFigure(id, value, { unit: { zh, en: zh } });

const ctx = compactCtx();

describe('spread', () => {
  it('spreads the inner count as evenly as it goes, nothing lost', () => {
    const s = spread(86, 35);
    expect(s.reduce((a, n) => a + n, 0)).toBe(86);
    expect(s.filter((n) => n === 3)).toHaveLength(16);
    expect(s.filter((n) => n === 2)).toHaveLength(19);
    expect(spread(28, 11)).toEqual([3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2]);
    expect(() => spread(3, 0)).toThrow(RangeError);
  });
});

describe('boxGrid', () => {
  it('makes dots as large as fit, never under MIN_MARK, boxes inside the width', () => {
    const g = boxGrid(35, 3, 304, 120, 14);
    expect(g.dot).toBeGreaterThanOrEqual(MIN_MARK);
    expect(g.height).toBeLessThanOrEqual(120);
    expect(g.cols * g.boxW + (g.cols - 1) * g.gap).toBeLessThanOrEqual(304 + 1e-9);
    // Room to spare: the largest dots allowed.
    expect(boxGrid(35, 3, 696, 600, 18).dot).toBe(18);
    // No room at all: MIN_MARK anyway.
    expect(boxGrid(35, 3, 304, 10, 14).dot).toBe(MIN_MARK);
  });
});

describe('withinPanel', () => {
  const cadres = fig('cadres', 86, '名干部');
  const teams = fig('teams', 35, '支驻村工作队');
  const part = withinPanel([cadres, teams], { inner: 'cadres', outer: 'teams' }, 304, 220, ctx);
  const boxes = part.marks.filter((m) => m.key.startsWith('teams:'));
  const dots = part.marks.filter((m) => m.key.startsWith('cadres:'));

  it('draws one outlined box per team and one dot per cadre, each dot inside a box', () => {
    expect(boxes).toHaveLength(35);
    expect(dots).toHaveLength(86);
    for (const b of boxes) expect(b.fill).toBe(0);
    for (const d of dots) {
      const inside = boxes.filter(
        (b) =>
          d.x >= b.x &&
          d.y >= b.y &&
          d.x + d.w <= b.x + b.w + 1e-9 &&
          d.y + d.h <= b.y + b.h + 1e-9,
      );
      expect(inside, d.key).toHaveLength(1);
    }
    expect(smallestMark(part.marks)).toBeGreaterThanOrEqual(MIN_MARK);
    expect(part.height).toBeLessThanOrEqual(220);
  });

  it('says what a dot and a box stand for, and that the spread is for illustration', () => {
    expect(part.legend.map((l) => l.text)).toEqual([
      '每个圆点 = 1名干部',
      '每个框 = 1支驻村工作队',
      UI['zh-CN'].chartSpread,
    ]);
  });

  it('states both numbers in its heads', () => {
    expect(part.labels.map((l) => l.key)).toEqual(['head:cadres', 'head:teams']);
  });
});
