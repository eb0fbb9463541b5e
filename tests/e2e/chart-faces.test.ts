/**
 * A chart's faces are ready before it is drawn. Reading each edition's page step by step at
 * 390x844, every weight and size a chart's text is set in (each label's block, whose line
 * strut takes its face, and every run of text) is either in use on the page already or was
 * measured on a canvas, in the chart's font stack, before the reader reached the step: the stage
 * controller readies the faces of the charts near in idle time (lib/charts/chart-faces.ts).
 * Without that, laying a chart out in a new weight and size looks the face up in the commit's
 * task (traced at 6x CPU: 12 of the 40 ms a chart took to lay out). This also holds
 * chart-faces.ts to the CSS of ChartLabels, ChartFrame and ChartLegend.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadFigures, loadStory } from '../../scripts/content/load-content';
import { stageState } from '../../src/lib/story/derive';
import { launch, open, PHONE, scrollToStep, waitForStep } from './browser';

const url = inject('storyUrl');
const data = resolve(import.meta.dirname, '../../data');
const figures = new Map(loadFigures(resolve(data, 'figures.json')).map((f) => [f.id, f]));

/** Every font a canvas measures text in ("700 18.72px …", as the canvas reads it back). */
const RECORD_MEASURED = `window.__fonts = [];
  const measure = CanvasRenderingContext2D.prototype.measureText;
  CanvasRenderingContext2D.prototype.measureText = function (text) {
    window.__fonts.push(this.font);
    return measure.call(this, text);
  };`;

/** "weight size" of a font or a computed style, the size to the hundredth of a pixel. */
const faceOf = (weight: string | number, size: string): string =>
  `${weight} ${Math.round(parseFloat(size) * 100) / 100}`;

/** The faces measured so far in the chart's font stack (its first family). */
async function measured(page: Page): Promise<Set<string>> {
  const { fonts, family } = await page.evaluate(() => ({
    fonts: (window as unknown as { __fonts: string[] }).__fonts,
    family: getComputedStyle(document.querySelector('[data-chart]')!).fontFamily,
  }));
  const first = family.split(',')[0]!.trim();
  const faces = new Set<string>();
  for (const font of fonts) {
    // The canvas reads its font back as CSS serializes it: "bold 14px …", "12px …", "800 52px …".
    const m = /^(?:(?:normal|italic) )?(?:(bold|normal|\d+) )?([\d.]+)px (.+)$/.exec(font);
    if (!m || !m[3]!.startsWith(first)) continue;
    const weight = m[1] === 'bold' ? 700 : m[1] && m[1] !== 'normal' ? Number(m[1]) : 400;
    faces.add(faceOf(weight, m[2]!));
  }
  return faces;
}

/** The faces the chart's text is set in now: each label's block and each run of text. */
async function chartFaces(page: Page): Promise<{ face: string; text: string }[]> {
  const seen = await page.evaluate(() => {
    const chart = document.querySelector('[data-chart]')!;
    const out: { weight: string; size: string; text: string }[] = [];
    const add = (el: Element, text: string) => {
      const s = getComputedStyle(el);
      out.push({ weight: s.fontWeight, size: s.fontSize, text });
    };
    for (const el of chart.querySelectorAll('[data-label]')) add(el, `label ${el.textContent}`);
    const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text && node.parentElement) add(node.parentElement, text);
    }
    return out;
  });
  return seen.map((s) => ({ face: faceOf(s.weight, s.size), text: s.text }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('chart faces', () => {
  it.each([
    ['zh-CN', ''],
    ['en', 'en.html'],
  ] as const)(
    '%s: every chart after the first is set in faces in use or readied before the reader reached it',
    async (lang, path) => {
      const story = loadStory(resolve(data, `story.${lang}.aml`), figures);
      const { page, errors, close } = await open(browser, PHONE, `${url}${path}`, {
        init: RECORD_MEASURED,
      });
      await page.waitForSelector('[data-chart][data-state]');
      await page.waitForTimeout(800);
      const inUse = new Set((await chartFaces(page)).map((f) => f.face));
      const late: string[] = [];
      let readied = 0;
      let charts = 0;
      for (const step of story.steps.slice(1)) {
        const ready = await measured(page);
        await scrollToStep(page, step.id);
        await waitForStep(page, step.id);
        if (step.stage !== 'map') {
          const state = stageState(step);
          await page.waitForFunction(
            (want) => document.querySelector('[data-chart]')?.getAttribute('data-state') === want,
            state,
          );
          charts++;
          for (const { face, text } of await chartFaces(page)) {
            if (ready.has(face) && !inUse.has(face)) readied++;
            if (!inUse.has(face) && !ready.has(face)) late.push(`${step.id}: ${face} (${text})`);
            inUse.add(face);
          }
        }
        // A reader's pause: the idle time in which the charts near are built and readied.
        await page.waitForTimeout(500);
      }
      expect(charts).toBeGreaterThan(20);
      expect(late).toEqual([]);
      // Faces the page had not used before were readied, not only found in use.
      expect(readied).toBeGreaterThan(3);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
