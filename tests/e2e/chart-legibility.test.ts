/**
 * Charts legible on a 320 px phone (320x700), in both editions: for every chart step, the
 * smallest mark drawn is at least MIN_MARK px on its smaller side (data-mark-min, read from the
 * scene the canvas draws), every piece of chart text is set at MIN_TEXT px or more, and no text
 * runs outside the chart's box or the window.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadFigures, loadStory } from '../../scripts/content/load-content';
import { stageState } from '../../src/lib/story/derive';
import { MIN_MARK, MIN_TEXT } from '../../src/lib/charts/legibility';
import { launch, open, scrollStepTo } from './browser';

const url = inject('storyUrl');
const data = resolve(import.meta.dirname, '../../data');
const figures = new Map(loadFigures(resolve(data, 'figures.json')).map((f) => [f.id, f]));
const story = loadStory(resolve(data, 'story.zh-CN.aml'), figures);
const chartSteps = story.steps.filter((s) => s.stage !== 'map');
const VIEWPORT = { width: 320, height: 700 };

interface Measured {
  markMin: number | null;
  marks: number;
  /** Texts set under the minimum size: "text (size px)". */
  small: string[];
  /** Texts whose box leaves the chart's box or the window. */
  outside: string[];
}

/** Every text node of the chart: its size, and where its box is against the chart and window. */
function measure(page: Page, minText: number): Promise<Measured> {
  return page.evaluate((min) => {
    const chart = document.querySelector('[data-chart]') as HTMLElement;
    const c = chart.getBoundingClientRect();
    const small: string[] = [];
    const outside: string[] = [];
    const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || el.closest('[hidden]')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min - 0.05) small.push(`${text} (${size}px)`);
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      if (
        r.left < Math.max(0, c.left) - 1 ||
        r.right > Math.min(innerWidth, c.right) + 1 ||
        r.top < c.top - 2 ||
        r.bottom > c.bottom + 2
      ) {
        outside.push(`${text} [${Math.round(r.left)}..${Math.round(r.right)}]`);
      }
    }
    const markMin = chart.getAttribute('data-mark-min');
    return {
      markMin: markMin === null ? null : Number(markMin),
      marks: Number(chart.getAttribute('data-total-marks')),
      small,
      outside,
    };
  }, minText);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['zh-CN', ''],
  ['en', 'en.html'],
] as const)('charts at 320x700 (%s)', (lang, path) => {
  it('draw no mark under 8 px, no text under 12 px, and no text outside the chart', async () => {
    const { page, errors, close } = await open(browser, VIEWPORT, `${url}${path}`);
    const problems: string[] = [];
    for (const step of chartSteps) {
      await scrollStepTo(page, step.id, { progress: 0.4, px: 4 });
      await page.waitForFunction(
        (want) => document.querySelector('[data-chart]')?.getAttribute('data-state') === want,
        stageState(step),
        { timeout: 10_000 },
      );
      await page.waitForTimeout(650); // transitions last at most 600 ms
      const seen = await measure(page, MIN_TEXT);
      const where = `${lang} ${step.id}`;
      if (seen.marks > 0 && !(seen.markMin !== null && seen.markMin >= MIN_MARK - 0.01))
        problems.push(`${where}: smallest mark ${seen.markMin} px`);
      for (const s of seen.small) problems.push(`${where}: small text ${s}`);
      for (const s of seen.outside) problems.push(`${where}: text outside ${s}`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
