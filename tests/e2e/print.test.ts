/**
 * Printing the story (issue 8): in print media, every step's text shows with a static
 * picture of its stage beside it (drawn on beforeprint, in the DOM before the browser's
 * snapshot), and the sticky live stage is not shown. Chart pictures draw exactly the marks the figures call for (the test oracle
 * tests/support/charts/expected-marks.ts), every figure's number, a title and the source line; map
 * pictures draw 茅箭区's outline and name each of the step's places, or list those without a
 * coordinate. Both editions. page.pdf() fires beforeprint too: its PDF has the pictures and a
 * sane number of pages. The iframe embed's flat layout stays live on screen.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectedMarks } from '../support/charts/expected-marks';
import { chartPicture } from '../../src/lib/print/chart-picture';
import { figureItems } from '../../src/lib/charts/figure-text';
import { loadContent } from '../../scripts/content/load-content';
import type { Figure, Lang, Story } from '../../src/lib/content/types';
import { formatFigure } from '../../src/lib/format/number';
import { isDrawable, type Place } from '../../src/lib/geo/places';
import { UI } from '../../src/lib/i18n/ui';
import { listedText, markerText } from '../../src/lib/map/labels';
import { figureMap, stepFigures } from '../../src/lib/story/derive';
import { DESKTOP, launch, open } from './browser';

const url = inject('storyUrl');
const root = resolve(import.meta.dirname, '../..');
const content = loadContent(root);
const figures = figureMap(content.figures);
const places = JSON.parse(readFileSync(resolve(root, 'data/places.json'), 'utf8')) as Place[];
const placeById = new Map(places.map((p) => [p.id, p]));
const EDITIONS: [Lang, string][] = [
  ['zh-CN', ''],
  ['en', 'en.html'],
];

/** What a chart must print for a figure: its formatted text, or each item of a list. */
function printed(fig: Figure, lang: Lang): string[] {
  return fig.kind === 'list' ? figureItems(fig, lang) : [formatFigure(fig, lang)];
}

/** Text content with the spaces SVG lines leave between wrapped parts taken out. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function printMedia(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

interface ChartSeen {
  marks: number;
  marksAttr: number;
  open: number;
  title: string;
  text: string;
  source: string;
  alt: string;
}

function chartSeen(page: Page, id: string): Promise<ChartSeen | null> {
  return page.evaluate((stepId) => {
    const svg = document.querySelector(`[data-picture="${stepId}"] svg.chart-picture`);
    if (!svg) return null;
    return {
      marks: svg.querySelectorAll('[data-mark]').length,
      marksAttr: Number(svg.getAttribute('data-marks')),
      open: svg.querySelectorAll('[data-mark="open"]').length,
      title: svg.querySelector('[data-title]')?.textContent ?? '',
      text: svg.textContent ?? '',
      source: svg.querySelector('[data-source]')?.textContent ?? '',
      alt: svg.getAttribute('aria-label') ?? '',
    };
  }, id);
}

interface MapSeen {
  outline: number;
  places: Record<string, string>;
  listed: Record<string, string>;
  text: string;
}

function mapSeen(page: Page, id: string): Promise<MapSeen | null> {
  return page.evaluate((stepId) => {
    const fig = document.querySelector(`[data-picture="${stepId}"] .map-picture`);
    if (!fig) return null;
    const outline = fig.querySelector<SVGPathElement>('path[data-layer="outline"]');
    const byAttr = (attr: string) =>
      Object.fromEntries(
        Array.from(fig.querySelectorAll(`[${attr}]`)).map((el) => [
          el.getAttribute(attr) ?? '',
          el.textContent?.trim() ?? '',
        ]),
      );
    return {
      outline: outline ? outline.getTotalLength() : 0,
      places: byAttr('data-place'),
      listed: byAttr('data-listed'),
      text: fig.textContent ?? '',
    };
  }, id);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(EDITIONS)('printing the %s edition', (lang, path) => {
  const story = content.stories[lang] as Story;
  const ui = UI[lang];
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ page, errors, close } = await open(browser, DESKTOP, url + path));
    await printMedia(page);
  });
  afterAll(async () => {
    await close?.();
  });

  it('unrolls every step with a static picture of its stage, no live stage shown', async () => {
    const seen = await page.evaluate(() => ({
      steps: Array.from(document.querySelectorAll('section[data-step]')).map((s) => ({
        id: s.getAttribute('data-step'),
        picture: s.querySelector('[data-picture]')?.getAttribute('data-picture') ?? null,
        drawn: (s.querySelector('[data-picture] svg')?.getBoundingClientRect().height ?? 0) > 40,
      })),
      live: Array.from(
        document.querySelectorAll('figure[data-stage], canvas, .leaflet-container'),
      ).filter((el) => el.getClientRects().length > 0).length,
    }));
    expect(seen.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
    for (const s of seen.steps) {
      expect(s.picture, s.id!).toBe(s.id);
      expect(s.drawn, s.id!).toBe(true);
    }
    expect(seen.live).toBe(0);
  });

  it('draws every chart step: all its marks, its numbers, title and source line', async () => {
    for (const step of story.steps.filter((s) => s.stage !== 'map')) {
      const seen = await chartSeen(page, step.id);
      expect(seen, step.id).not.toBeNull();
      // The units per mark the printed picture states (its box is fixed: PRINT_CHART_BOX).
      const { pers } = chartPicture({ step, figures: stepFigures(step, figures), lang, ui });
      const want = expectedMarks(step, figures, (id) => pers.get(id) ?? NaN);
      expect(seen!.marks, step.id).toBe(want);
      expect(seen!.marksAttr, step.id).toBe(want);
      expect(seen!.title.trim().length, step.id).toBeGreaterThan(0);
      const figs = stepFigures(step, figures);
      for (const fig of figs) {
        for (const text of printed(fig, lang))
          expect(squash(seen!.text), `${step.id}: ${fig.id}`).toContain(squash(text));
        expect(seen!.alt, `${step.id}: ${fig.id}`).toContain(formatFigure(fig, lang));
      }
      const paragraphs = [...new Set(figs.map((f) => f.source.paragraph))].sort((a, b) => a - b);
      expect(squash(seen!.source), step.id).toBe(squash(ui.chartSources(paragraphs)));
      // An approximate count (多/余) ends in an open mark.
      const approxCounts = figs.filter((f) => f.kind === 'count' && f.approx);
      if (step.stage === 'units' || step.stage === 'honours')
        expect(seen!.open, step.id).toBe(approxCounts.length);
    }
  });

  it('draws every map step: the district outline, its places by name, the others listed', async () => {
    for (const step of story.steps.filter((s) => s.stage === 'map')) {
      const seen = await mapSeen(page, step.id);
      expect(seen, step.id).not.toBeNull();
      expect(seen!.outline, step.id).toBeGreaterThan(10);
      const scale = step.map?.view === 'province' ? 'province' : 'local';
      for (const id of [...(step.map?.highlight ?? []), ...(step.map?.fit ?? [])]) {
        const place = placeById.get(id)!;
        if (isDrawable(place)) expect(seen!.places[id], id).toBe(markerText(place, lang, scale));
        else expect(seen!.listed[id], id).toBe(listedText(place, lang));
      }
      if (Object.keys(seen!.listed).length > 0) expect(seen!.text).toContain(ui.mapListedTitle);
    }
  });

  it('sets text and picture side by side, and no sticky stage, progress bar or control', async () => {
    const seen = await page.evaluate(() => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0;
      };
      return {
        rows: Array.from(document.querySelectorAll('section[data-step]')).map((s) => {
          const text = s.querySelector('.text, .card')!.getBoundingClientRect();
          const pic = s.querySelector('[data-picture]')!.getBoundingClientRect();
          return { id: s.id, textRight: text.right, picLeft: pic.left, top: pic.top - text.top };
        }),
        controls: Array.from(document.querySelectorAll('.story button, .story nav, .progress'))
          .filter(visible)
          .map((el) => el.outerHTML.slice(0, 80)),
        pinned: Array.from(document.querySelectorAll('.story *'))
          .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
          .filter(visible)
          .map((el) => el.outerHTML.slice(0, 80)),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    for (const r of seen.rows) {
      expect(r.picLeft, r.id).toBeGreaterThanOrEqual(r.textRight);
      expect(Math.abs(r.top), r.id).toBeLessThan(40);
    }
    expect(seen.controls).toEqual([]);
    expect(seen.pinned).toEqual([]);
    expect(seen.overflow).toBeLessThanOrEqual(0);
  });

  it('puts the picture above the text on narrow paper', async () => {
    await page.setViewportSize({ width: 420, height: 800 });
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('section[data-step]')).map((s) => ({
        id: s.id,
        gap:
          s.querySelector('.text, .card')!.getBoundingClientRect().top -
          s.querySelector('[data-picture]')!.getBoundingClientRect().bottom,
      })),
    );
    for (const r of rows) expect(r.gap, r.id).toBeGreaterThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
  });

  it('logs no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe.each(EDITIONS)('the PDF of the %s edition', (lang, path) => {
  it('is printed with every picture in place, on a sane number of pages', async () => {
    const { page, errors, close } = await open(browser, DESKTOP, url + path);
    // Registered after the page's own listeners: sees the DOM that page.pdf() prints.
    await page.evaluate(() => {
      window.addEventListener('beforeprint', () => {
        const w = window as unknown as { printed?: number };
        w.printed = document.querySelectorAll('[data-picture] svg').length;
      });
    });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
    });
    const printed = await page.evaluate(() => (window as unknown as { printed?: number }).printed);
    expect(printed).toBe(content.stories[lang]!.steps.length);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(30);
    expect(pdf.length).toBeLessThan(6_000_000);
    // After printing, the live story is back.
    await page.waitForFunction(() => document.querySelector('figure[data-stage]') !== null);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the iframe embed’s flat layout', () => {
  it('keeps live stages on screen, and prints pictures', async () => {
    const { page, errors, close } = await open(browser, DESKTOP, `${url}embed.html`);
    const count = () =>
      page.evaluate(() => ({
        layout: document.querySelector('.story')?.getAttribute('data-layout'),
        stages: document.querySelectorAll('figure[data-stage]').length,
        pictures: document.querySelectorAll('[data-picture]').length,
      }));
    const steps = content.stories['zh-CN']!.steps.length;
    expect(await count()).toEqual({ layout: 'flat', stages: steps, pictures: 0 });
    await printMedia(page);
    expect(await count()).toEqual({ layout: 'flat', stages: 0, pictures: steps });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await count()).toEqual({ layout: 'flat', stages: steps, pictures: 0 });
    expect(errors).toEqual([]);
    await close();
  });
});
