import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadFigures, loadStory } from '../../../scripts/content/load-content';
import type { Lang } from '../content/types';
import { UI } from '../i18n/ui';
import { stepFigures } from '../story/derive';
import { buildScene, legendHeight } from './build';
import { labelTextSizes, MIN_MARK, MIN_TEXT, smallestMark, subSize } from './legibility';
import { COMPACT_WIDTH, TYPE_COMPACT, TYPE_WIDE, type Ctx } from './part';
import { label, mark } from './chart-scene';

const data = resolve(import.meta.dirname, '../../../data');
const figures = new Map(loadFigures(resolve(data, 'figures.json')).map((f) => [f.id, f]));
const stories = {
  'zh-CN': loadStory(resolve(data, 'story.zh-CN.aml'), figures),
  en: loadStory(resolve(data, 'story.en.aml'), figures),
};

describe('smallestMark', () => {
  it('is the smallest side of any mark', () => {
    const m = (w: number, h: number) => mark({ key: `${w}x${h}`, x: 0, y: 0, w, h });
    expect(smallestMark([m(10, 12), m(9, 30), m(40, 8.5)])).toBe(8.5);
    expect(smallestMark([])).toBe(Infinity);
  });
});

describe('labelTextSizes', () => {
  const base = { key: 'k', x: 0, y: 0, w: 100, strong: '87' };
  it('sets a head’s unit at 0.8em and its label at 0.78em, never under MIN_TEXT', () => {
    const head = label({ ...base, size: 16, rest: '座', sub: '污水处理设施' });
    expect(labelTextSizes(head)).toEqual([16, 12.8, 12.48]);
    expect(labelTextSizes({ ...head, size: 15 })[2]).toBe(MIN_TEXT);
    expect(subSize(20)).toBeCloseTo(15.6, 9);
  });
  it('sets a big number’s label at 15px or more', () => {
    const big = label({ ...base, role: 'big', size: 30, sub: 'x' });
    expect(labelTextSizes(big)).toEqual([30, 15]);
  });
});

// Boxes every chart step must be legible in: a 320 px phone's chart, the phone stage's clear
// zone above the text card (about the top 45 % of the screen), and the desktop stage.
const BOXES = {
  '320x300': { width: 320, height: 300 },
  '360x330': { width: 360, height: 330 },
  '304x325 (320x700 phone)': { width: 304, height: 325 },
  '696x752 (desktop)': { width: 696, height: 752 },
};

describe.each(Object.entries(BOXES))('every chart step in a %s box', (_name, box) => {
  for (const lang of ['zh-CN', 'en'] as Lang[]) {
    const steps = stories[lang].steps.filter((s) => s.stage !== 'map');
    it.each(steps.map((s) => [s.id, s] as const))(`${lang}: %s`, (_id, step) => {
      const s = buildScene({
        step,
        figures: stepFigures(step, figures),
        lang,
        ui: UI[lang],
        ...box,
      });
      if (s.marks.length) expect(smallestMark(s.marks)).toBeGreaterThanOrEqual(MIN_MARK);
      for (const l of s.labels) {
        for (const size of labelTextSizes(l)) expect(size, l.key).toBeGreaterThanOrEqual(MIN_TEXT);
        // Inside the box across: text wraps within its width, which stays in the box.
        const left = l.align === 'start' ? l.x : l.align === 'center' ? l.x - l.w / 2 : l.x - l.w;
        expect(left, l.key).toBeGreaterThanOrEqual(-0.5);
        expect(left + l.w, l.key).toBeLessThanOrEqual(box.width + 0.5);
        expect(l.y, l.key).toBeGreaterThanOrEqual(-0.5);
      }
      for (const size of [s.titleSize, s.legendSize, s.sourceSize])
        expect(size).toBeGreaterThanOrEqual(MIN_TEXT);
      for (const m of s.marks) {
        expect(m.x, m.key).toBeGreaterThanOrEqual(-0.01);
        expect(m.x + m.w, m.key).toBeLessThanOrEqual(box.width + 0.01);
        expect(m.y + m.h, m.key).toBeLessThanOrEqual(s.legendY + 0.01);
      }
      // Nodes of a cascade or loop (circles, or pills for long words) never overlap.
      const nodes = s.marks.filter((m) => m.key.startsWith('node:'));
      for (const [i, a] of nodes.entries())
        for (const b of nodes.slice(i + 1)) {
          const circles = [a, b].every((m) => m.w === m.h && m.r >= m.w / 2 - 0.01);
          const centres = Math.hypot(a.x + a.w / 2 - b.x - b.w / 2, a.y + a.h / 2 - b.y - b.h / 2);
          const apart = circles
            ? centres >= (a.w + b.w) / 2 - 0.5
            : a.x + a.w <= b.x + 0.5 ||
              b.x + b.w <= a.x + 0.5 ||
              a.y + a.h <= b.y + 0.5 ||
              b.y + b.h <= a.y + 0.5;
          expect(apart, `${a.key} × ${b.key}`).toBe(true);
        }
      // The legend and source line end inside the box.
      const compact = box.width < COMPACT_WIDTH;
      const ctx = { type: compact ? TYPE_COMPACT : TYPE_WIDE, textScale: 1 } as Ctx;
      const bottom = s.legendY + legendHeight(s.legend, box.width, ctx, s.source);
      expect(bottom).toBeLessThanOrEqual(box.height + 1);
    });
  }
});
