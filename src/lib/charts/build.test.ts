import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { loadFigures, loadStory } from '../../../scripts/content/load-content';
import type { Lang, Step } from '../content/types';
import { formatFigure } from '../format/number';
import { UI } from '../i18n/ui';
import { stepFigures } from '../story/derive';
import { buildScene, chartTitle, legendHeight } from './build';
import { COMPACT_WIDTH, scaleType, TYPE_COMPACT, TYPE_WIDE, type Ctx } from './part';
import { figureItems } from './figure-text';
import { statedPers, type Scene } from './chart-scene';
import { expectedMarks } from '../../../tests/support/charts/expected-marks';
import { MIN_TEXT } from './legibility';
import { isThreshold } from './panels';

const data = resolve(import.meta.dirname, '../../../data');
const figureList = loadFigures(resolve(data, 'figures.json'));
const figures = new Map(figureList.map((f) => [f.id, f]));
const story = loadStory(resolve(data, 'story.zh-CN.aml'), figures);
const chartSteps = story.steps.filter((s) => s.stage !== 'map');
const storyEn = loadStory(resolve(data, 'story.en.aml'), figures);

const BOXES = {
  phone: { width: 358, height: 404 },
  desktop: { width: 696, height: 752 },
};

function ctxFor(width: number): Ctx {
  const compact = width < COMPACT_WIDTH;
  return {
    lang: 'zh-CN',
    ui: UI['zh-CN'],
    emphasis: {},
    compact,
    type: compact ? TYPE_COMPACT : TYPE_WIDE,
    figureCount: 1,
  };
}

function scene(step: Step, box: { width: number; height: number }, lang: Lang = 'zh-CN'): Scene {
  return buildScene({ step, figures: stepFigures(step, figures), lang, ui: UI[lang], ...box });
}

const SOURCE: Record<Lang, RegExp> = {
  'zh-CN': /^来源：原报道第[\d、]+段$/,
  en: /^Source: original report, paragraphs? [\d, ]+$/,
};

describe('buildScene for every chart step', () => {
  for (const lang of ['zh-CN', 'en'] as Lang[]) {
    for (const [name, box] of Object.entries(BOXES)) {
      it.each(chartSteps.map((s) => [s.id, s] as const))(`${lang} ${name}: %s`, (_id, step) => {
        const s = scene(step, box, lang);
        const pers = statedPers(s.legend);
        expect(s.marks).toHaveLength(expectedMarks(step, figures, (id) => pers.get(id) ?? NaN));
        expect(new Set(s.marks.map((m) => m.key)).size).toBe(s.marks.length);
        for (const m of s.marks) {
          expect(m.x).toBeGreaterThanOrEqual(-0.01);
          expect(m.y).toBeGreaterThanOrEqual(-0.01);
          expect(m.x + m.w, m.key).toBeLessThanOrEqual(box.width + 0.01);
          expect(m.y + m.h, m.key).toBeLessThanOrEqual(box.height + 0.01);
        }
        for (const l of s.labels) {
          const left = l.align === 'start' ? l.x : l.align === 'center' ? l.x - l.w / 2 : l.x - l.w;
          expect(left, l.key).toBeGreaterThanOrEqual(-0.01);
          expect(left + l.w, l.key).toBeLessThanOrEqual(box.width + 0.01);
          expect(l.y, l.key).toBeLessThanOrEqual(box.height);
        }
        const text = s.labels.map((l) => `${l.strong}${l.sep}${l.rest} ${l.sub}`).join(' ');
        for (const f of stepFigures(step, figures)) {
          if (f.kind === 'list')
            for (const item of figureItems(f, lang)) expect(text).toContain(item);
          else expect(text).toContain(formatFigure(f, lang));
          expect(s.alt).toContain(formatFigure(f, lang));
        }
        // A title is left out only where the heads name every figure (a box too short).
        if (!s.title)
          for (const f of stepFigures(step, figures))
            if (f.kind !== 'list' && !isThreshold(step, f))
              expect(s.labels.map((l) => l.key)).toContain(`head:${f.id}`);
        expect(s.titleY).toBeGreaterThanOrEqual(0);
        expect(s.legendY).toBeGreaterThan(s.titleY);
        const ctx = { ...ctxFor(box.width), lang, ui: UI[lang] };
        const legendBottom = s.legendY + legendHeight(s.legend, box.width, ctx, s.source);
        expect(legendBottom).toBeLessThanOrEqual(box.height + 1);
        for (const m of s.marks) expect(m.y + m.h).toBeLessThanOrEqual(s.legendY);
        expect(s.source).toMatch(SOURCE[lang]);
      });
    }
  }
});

describe('chartTitle', () => {
  it.each<[string[], string]>([
    [
      ['结对帮扶的县级领导', '结对帮扶的党员干部', '结对帮扶的贫困户'],
      '结对帮扶的县级领导、党员干部、贫困户',
    ],
    [
      ['年经营收入过10万元的村', '年经营收入过50万元的村'],
      '年经营收入过10万元的村、年经营收入过50万元的村',
    ],
    [['驻村工作队干部', '驻村工作队'], '驻村工作队干部、驻村工作队'],
    [['四级责任链'], '四级责任链'],
  ])('%j → %s', (labels, title) => {
    expect(chartTitle(labels, '、', 'zh-CN')).toBe(title);
  });

  it('joins English labels as they are', () => {
    expect(chartTitle(['A b', 'A c'], '; ', 'en')).toBe('A b; A c');
  });
});

describe('the reader’s text size (textScale)', () => {
  const find = (id: string, lang: Lang) =>
    (lang === 'en' ? storyEn : story).steps.find((s) => s.id === id)!;
  const build = (id: string, lang: Lang, width: number, height: number, textScale = 1) =>
    buildScene({
      step: find(id, lang),
      figures: stepFigures(find(id, lang), figures),
      lang,
      ui: UI[lang],
      width,
      height,
      textScale,
    });
  /** Where the legend block ends, measured with the type the scene was laid out in. */
  const bottom = (s: Scene, width: number) => {
    const scale = s.titleSize / TYPE_COMPACT.title;
    const ctx = { ...ctxFor(width), type: scaleType(TYPE_COMPACT, scale), textScale: scale };
    return s.legendY + legendHeight(s.legend, width, ctx, s.source);
  };

  it('keeps a Chinese title’s glyph box inside the chart, even where the chart fills its box', () => {
    for (const step of chartSteps) {
      for (const textScale of [1, 2]) {
        const s = build(step.id, 'zh-CN', 358, 404, textScale);
        if (!s.title) continue;
        // The CJK face's glyph box (~1.45 em) overhangs the 1.3 em line by ~0.075 em.
        expect(s.titleY, `${step.id} at ${textScale}x`).toBeGreaterThanOrEqual(s.titleSize * 0.075);
        expect(bottom(s, 358), step.id).toBeLessThanOrEqual(404.5);
      }
    }
  });

  it('sets the chart’s text at the reader’s size when it fits', () => {
    const one = build('farm-tourism', 'zh-CN', 358, 1200);
    const two = build('farm-tourism', 'zh-CN', 358, 1200, 2);
    expect(two.titleSize).toBe(2 * one.titleSize);
    expect(two.legendSize).toBe(2 * one.legendSize);
    expect(two.sourceSize).toBe(2 * one.sourceSize);
    expect(two.legendGap).toBe(2 * one.legendGap);
    expect(two.labels.map((l) => l.size)).toEqual(one.labels.map((l) => 2 * l.size));
  });

  it('takes the largest size that fits when the reader’s does not', () => {
    const s = build('paired-households', 'en', 326, 640, 2);
    expect(s.titleSize).toBeGreaterThan(TYPE_COMPACT.title);
    expect(s.titleSize).toBeLessThan(2 * TYPE_COMPACT.title);
    expect(bottom(s, 326)).toBeLessThanOrEqual(640 + 0.5);
  });

  it('leaves out a title the head labels repeat in a box too short for both', () => {
    const s = build('paired-households', 'en', 288, 348);
    expect(s.title).toBe('');
    expect(bottom(s, 288)).toBeLessThanOrEqual(348 + 0.5);
    // A cascade's levels shrink first, but never under MIN_TEXT.
    const cascade = build('political-duty', 'en', 288, 348);
    expect(Math.min(...cascade.labels.map((l) => l.size))).toBeGreaterThanOrEqual(MIN_TEXT);
    expect(bottom(cascade, 288)).toBeLessThanOrEqual(348 + 0.5);
    // In a box of the usual size nothing is left out.
    expect(build('paired-households', 'en', 696, 752).title.length).toBeGreaterThan(0);
    expect(build('paired-households', 'zh-CN', 358, 404).title.length).toBeGreaterThan(0);
  });

  it('fits the charts into the phone band of a 320x700 window', () => {
    // The band's graphic box there: 336 px of band, less the progress bar (4), the stage's
    // top margin (8) and the share row (30), 296 px wide. (Not yet every English chart: see
    // the 320x700 browser test.)
    for (const step of chartSteps) {
      const s = build(step.id, 'zh-CN', 296, 294);
      expect(bottom(s, 296), `zh-CN ${step.id}`).toBeLessThanOrEqual(294 + 0.5);
    }
    for (const id of ['political-duty', 'task-lists', 'farm-tourism', 'homestays']) {
      expect(bottom(build(id, 'en', 296, 294), 296), `en ${id}`).toBeLessThanOrEqual(294 + 0.5);
    }
    // A cascade too tall for the box at the smallest text brings its levels closer.
    const cascade = build('political-duty', 'en', 296, 286);
    expect(bottom(cascade, 296)).toBeLessThanOrEqual(286 + 0.5);
  });

  it('reserves the lines a long source line wraps to', () => {
    const ctx = ctxFor(358);
    const source = 'Source: original report, paragraphs 1, 2, 3, 4, 5, 6, 7, 8 and 9';
    expect(legendHeight([], 120, ctx, source)).toBeGreaterThan(legendHeight([], 120, ctx));
    expect(legendHeight([], 1000, ctx, source)).toBe(legendHeight([], 1000, ctx));
  });
});
