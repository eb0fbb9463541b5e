import { describe, expect, it } from 'vitest';
import { compactCtx } from '../../../tests/support/charts/part-context';
import type { Figure } from '../content/types';
import { UI } from '../i18n/ui';
import { MIN_MARK, smallestMark } from './legibility';
import { statsPanel } from './part-number';
import { aboutPrefix, villagesPanel, waffleShape, wafflePanel } from './part-proportion';

const fraction = (id: string, value: number, of: number): Figure => ({
  id,
  kind: 'fraction',
  value,
  of,
  approx: null,
  unit: { zh: '的村', en: 'of the villages' },
  label: { zh: id, en: id },
  source: { paragraph: 9, quote: '' },
});
const percent: Figure = { ...fraction('rate', 72, 1), kind: 'percent', of: undefined };
const count = (id: string, value: number): Figure => ({
  ...fraction(id, value, 1),
  kind: 'count',
  of: undefined,
  unit: { zh: '个整治村', en: 'renovated villages' },
});

const ctx = compactCtx;

describe('aboutPrefix', () => {
  it('says "about" before a part of the villages, not before all of them', () => {
    expect(aboutPrefix(fraction('half', 1, 2), '约')).toBe('约');
    expect(aboutPrefix(fraction('all', 1, 1), '约')).toBe('');
    expect(aboutPrefix(percent, '约')).toBe('');
  });
});

describe('villagesPanel', () => {
  it('writes "about" (约) on the graphic before each fraction short of all villages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const part = villagesPanel(
        [fraction('over-100k', 4, 5), fraction('all', 1, 1)],
        304,
        300,
        ctx(lang),
        false,
      );
      const [part1, all] = part.labels;
      expect(part1!.strong.startsWith(UI[lang].chartAbout)).toBe(true);
      expect(all!.strong.startsWith(UI[lang].chartAbout)).toBe(false);
      expect(smallestMark(part.marks)).toBeGreaterThanOrEqual(MIN_MARK);
    }
  });
});

describe('waffleShape', () => {
  it('keeps 10 × 10 in a square box and goes wide (20 × 5) in a short one', () => {
    expect(waffleShape(300, 300, 26).cols).toBe(10);
    const wide = waffleShape(304, 90, 26);
    expect(wide.cols).toBe(20);
    expect(wide.pitch).toBeCloseTo(15.2, 9);
  });
  it('never makes cells under MIN_MARK', () => {
    expect(waffleShape(60, 60, 26).pitch).toBeGreaterThanOrEqual(MIN_MARK + 1);
  });
  it('draws 100 cells of at least MIN_MARK in the room it is given', () => {
    const part = wafflePanel(percent, 0, 304, 140, ctx());
    expect(part.marks).toHaveLength(100);
    expect(smallestMark(part.marks)).toBeGreaterThanOrEqual(MIN_MARK);
    expect(part.height).toBeLessThanOrEqual(140);
  });
});

describe('statsPanel', () => {
  it('states counts as numbers with their labels, no marks, side by side where no taller', () => {
    const part = statsPanel([count('demo', 7), count('renovated', 19)], 304, ctx());
    expect(part.marks).toEqual([]);
    expect(part.labels.map((l) => [l.strong, l.rest])).toEqual([
      ['7', '个整治村'],
      ['19', '个整治村'],
    ]);
    expect(part.labels[1]!.x).toBeGreaterThan(0);
    expect(part.labels[1]!.y).toBe(0);
    const narrow = statsPanel([count('demo', 7), count('renovated', 19)], 120, ctx());
    expect(narrow.labels[1]!.x).toBe(0);
    expect(narrow.labels[1]!.y).toBeGreaterThan(0);
  });
});
