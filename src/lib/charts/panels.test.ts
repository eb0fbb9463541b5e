import { describe, it, expect } from 'vitest';
import type { Figure, FigureKind, StageKind, Step } from '../content/types';
import { UI } from '../i18n/ui';
import { arrange, isThreshold, measureLegend, planPanels } from './panels';
import { TYPE_COMPACT, TYPE_WIDE, type Ctx } from './part';

function fig(id: string, kind: FigureKind, value: number, extra: Partial<Figure> = {}): Figure {
  return {
    id,
    kind,
    value,
    approx: null,
    unit: { zh: '个', en: '' },
    label: { zh: `标签${id}`, en: `label ${id}` },
    source: { paragraph: 1, quote: 'x' },
    ...extra,
  };
}
const step = (stage: StageKind, figures: Figure[]): Step => ({
  id: 's',
  section: 'one',
  paragraphs: ['x'],
  stage,
  figures: figures.map((f) => f.id),
});
const ctx = (compact: boolean): Ctx => ({
  lang: 'zh-CN',
  ui: UI['zh-CN'],
  emphasis: {},
  compact,
  type: compact ? TYPE_COMPACT : TYPE_WIDE,
  figureCount: 2,
});

describe('planPanels', () => {
  it('puts a step’s counts on one unit panel, in the order the figures are listed', () => {
    const figs = [fig('a', 'count', 86), fig('y', 'year', 2020), fig('b', 'count', 35)];
    const plans = planPanels(step('units', figs), figs);
    expect(plans.map((p) => [p.kind, p.figures.map((f) => f.id)])).toEqual([
      ['units', ['a', 'b']],
      ['big', ['y']],
    ]);
  });

  it('states counts beside a percentage as plain numbers, never as a grid beside a waffle', () => {
    const figs = [fig('p', 'percent', 85), fig('a', 'count', 87), fig('b', 'count', 19)];
    for (const stage of ['proportion', 'numbers', 'units'] as const) {
      const plans = planPanels(step(stage, figs), figs);
      expect(plans.map((p) => [p.kind, p.figures.map((f) => f.id)])).toEqual([
        ['waffle', ['p']],
        ['stats', ['a', 'b']],
      ]);
    }
  });

  it('draws the counts of a step with emphasis.within as things inside things', () => {
    const figs = [fig('village-team-cadres', 'count', 86), fig('village-teams', 'count', 35)];
    const s: Step = {
      ...step('units', figs),
      emphasis: { within: { inner: 'village-team-cadres', outer: 'village-teams' } },
    };
    expect(planPanels(s, figs).map((p) => [p.kind, p.figures.length])).toEqual([['within', 2]]);
  });

  it('draws counts as bars or honours where the step asks for them', () => {
    const figs = [fig('a', 'count', 15), fig('b', 'count', 242)];
    expect(planPanels(step('bars', figs), figs).map((p) => p.kind)).toEqual(['bars']);
    expect(planPanels(step('honours', figs), figs).map((p) => p.kind)).toEqual(['honours']);
  });

  it('leaves a villages chart’s money figures out: they are its thresholds, in words', () => {
    const half = fig('half', 'fraction', 1, { of: 2 });
    const money = fig('m', 'money', 100000);
    const s = step('villages', [half, money]);
    expect(isThreshold(s, money)).toBe(true);
    expect(isThreshold(s, half)).toBe(false);
    expect(planPanels(s, [half, money]).map((p) => p.kind)).toEqual(['villages']);
  });

  it('draws a list as a cascade, a loop or chips, by the step', () => {
    const list = fig('l', 'list', 3, {
      items: [
        { zh: '甲', en: 'a' },
        { zh: '乙', en: 'b' },
        { zh: '丙', en: 'c' },
      ],
    });
    for (const [stage, kind] of [
      ['cascade', 'cascade'],
      ['loop', 'loop'],
      ['numbers', 'chips'],
    ] as const) {
      expect(planPanels(step(stage, [list]), [list])[0]?.kind).toBe(kind);
    }
  });
});

describe('arrange', () => {
  const figs = [fig('q', 'percent', 72), fig('p', 'percent', 80)];
  const plans = () => planPanels(step('units', figs), figs);

  it('sets two growing panels side by side on a wide box, stacked on a phone', () => {
    const wide = arrange(plans(), 696, 600, ctx(false));
    expect(wide).toHaveLength(2);
    expect(wide[1]!.x).toBeGreaterThan(0);
    expect(wide[0]!.y + wide[0]!.part.height).toBeLessThanOrEqual(600 + 0.5);
    const phone = arrange(plans(), 358, 400, ctx(true));
    expect(phone.map((p) => p.x)).toEqual([0, 0]);
    expect(phone[1]!.y).toBeGreaterThanOrEqual(phone[0]!.y + phone[0]!.part.height);
  });

  it('gathers each legend entry once, whatever room the panels get', () => {
    const small = measureLegend(plans(), 358, 200, ctx(true));
    const large = measureLegend(plans(), 358, 800, ctx(true));
    expect(small).toEqual(large);
    expect(new Set(small.map((l) => l.text)).size).toBe(small.length);
  });
});
