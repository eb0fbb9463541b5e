/**
 * Text zoomed to 200% (WCAG 1.4.4 Resize Text) and reflow (1.4.10), in both editions, in
 * Debian's Chromium:
 * - text-only zoom: Chromium's default font size (Settings › Appearance › Font size, set here
 *   through CDP's Page.setFontSizes) doubled to 32px, at phone (390x844) and desktop
 *   (1280x800) sizes. The story's text doubles, the map's controls, panel and sheets too; a
 *   chart's text grows as far as its box lets it; place labels on the map keep their size;
 * - page zoom: a 1280x800 window at 200% lays out in 640x400 CSS px, two device pixels each;
 *   and 320 CSS px wide (a 640x800 window at 200%) for reflow.
 * In each: no horizontal scrolling; no text cut off by a box that hides its overflow or off the
 * side of the screen; no text over other text in the header, the step cards and the map's
 * controls; every step becomes current; every chart prints its figures, its text inside its
 * box and apart; a place sheet opens with all its text readable; the language switch, the
 * explore button and the "to the map" buttons are reachable and fully visible.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadFigures, loadStory } from '../../scripts/content/load-content';
import type { Figure, Lang, Story } from '../../src/lib/content/types';
import { figureItems } from '../../src/lib/charts/figure-text';
import { formatFigure } from '../../src/lib/format/number';
import { stageState, stepFigures } from '../../src/lib/story/derive';
import {
  chartTextLayout,
  DESKTOP,
  goToStep,
  launch,
  PHONE,
  scrollStepTo,
  waitForReady,
} from './browser';

const url = inject('storyUrl');
const data = resolve(import.meta.dirname, '../../data');
const figures = new Map(loadFigures(resolve(data, 'figures.json')).map((f) => [f.id, f]));
const EDITIONS = [
  ['zh-CN', '', loadStory(resolve(data, 'story.zh-CN.aml'), figures)],
  ['en', 'en.html', loadStory(resolve(data, 'story.en.aml'), figures)],
] as const satisfies readonly (readonly [Lang, string, Story])[];

interface Zoom {
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** The reader's default font size over Chromium's 16px. */
  text: number;
}
const TEXT_PHONE: Zoom = { viewport: PHONE, deviceScaleFactor: 1, text: 2 };
const TEXT_DESKTOP: Zoom = { viewport: DESKTOP, deviceScaleFactor: 1, text: 2 };
const ZOOMS = [
  ['text 200% at phone size', TEXT_PHONE],
  ['text 200% at desktop size', TEXT_DESKTOP],
  [
    'page zoom 200% (a 1280x800 window)',
    { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, text: 1 },
  ],
  [
    '320 px wide (reflow)',
    { viewport: { width: 320, height: 400 }, deviceScaleFactor: 2, text: 1 },
  ],
] as const satisfies readonly (readonly [string, Zoom])[];

/** A drawn, highlighted place of the first map step, and the step. */
const SHEET_STEP = 'study-tour';
const SHEET_PLACE = 'jingshan';
/** A chart step whose chart keeps its kind of layout at every size (bars, heads, an axis). */
const CHART_STEP = 'farm-tourism';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Zoomed {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** A fresh page at a zoom; reduced motion, so charts and the map settle at once. */
async function openZoomed(zoom: Zoom, path: string): Promise<Zoomed> {
  const context = await browser.newContext({
    viewport: zoom.viewport,
    deviceScaleFactor: zoom.deviceScaleFactor,
    hasTouch: zoom.viewport.width <= 768,
    isMobile: false,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  if (zoom.text !== 1) {
    // Chromium's font-size settings: what `medium` (and so 1rem) is for this reader.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', {
      fontSizes: { standard: 16 * zoom.text, fixed: 13 * zoom.text },
    });
  }
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url + path, { waitUntil: 'load' });
  await waitForReady(page);
  return { page, errors, close: () => context.close() };
}

/** Two animation frames: what the page does after a scroll or a click has been drawn. */
function frames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

interface Audit {
  /** Horizontal scrolling, px. */
  overflow: number;
  /** Text cut off by a box hiding its overflow, or off the left or right of the screen. */
  clipped: string[];
  /** Text drawn over other text in the header, the current step's card or the map's controls. */
  overlaps: string[];
}

/** Checks all text shown on the page (the map's own panes aside: places may lie off its view). */
function audit(page: Page): Promise<Audit> {
  return page.evaluate(() => {
    const name = (n: Node) =>
      `${n.parentElement?.closest('[data-label], [data-step], [class]')?.getAttribute('data-label') ?? n.parentElement?.className ?? ''}: “${(n.textContent ?? '').trim().slice(0, 24)}”`;
    /**
     * The boxes that clip an element's content without letting it scroll, up to its nearest
     * scroller (text scrolled out of a scroller is still there to read: the scroller's own box
     * is checked against the boxes round it instead).
     */
    const clips = new Map<Element, { boxes: DOMRect[]; scroller: Element | null }>();
    const clipping = (el: Element): { boxes: DOMRect[]; scroller: Element | null } => {
      const known = clips.get(el);
      if (known) return known;
      const cs = getComputedStyle(el);
      const overflow = cs.overflowX + cs.overflowY;
      let result: { boxes: DOMRect[]; scroller: Element | null };
      if (/auto|scroll/.test(overflow)) result = { boxes: [], scroller: el };
      else {
        const up = el.parentElement ? clipping(el.parentElement) : { boxes: [], scroller: null };
        const own = /hidden|clip/.test(overflow) ? [el.getBoundingClientRect()] : [];
        result = { boxes: [...own, ...up.boxes], scroller: up.scroller };
      }
      clips.set(el, result);
      return result;
    };
    const cut = (r: DOMRect, boxes: DOMRect[]) =>
      r.left < -1 ||
      r.right > innerWidth + 1 ||
      boxes.some(
        (b) =>
          r.left < b.left - 1 ||
          r.right > b.right + 1 ||
          r.top < b.top - 1 ||
          r.bottom > b.bottom + 1,
      );
    /** Visually hidden text for screen readers (1px, clipped): not shown text. */
    const srOnly = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        if (getComputedStyle(e).clipPath.startsWith('inset(50%') || (r.width <= 1 && r.height <= 1))
          return true;
      }
      return false;
    };
    const story = document.querySelector('.story')!;
    const clipped: string[] = [];
    const scrollers = new Set<Element>();
    const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('.leaflet-map-pane')) continue;
      // Shown text only: not in a closed <details>, a hidden layer or a visually hidden note.
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || srOnly(el))
        continue;
      range.selectNodeContents(n);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      const { boxes, scroller } = clipping(el);
      if (scroller) scrollers.add(scroller);
      const r = rects.find((line) => cut(line, boxes));
      if (r) clipped.push(`${name(n)} at ${Math.round(r.left)},${Math.round(r.top)}`);
    }
    for (const s of scrollers) {
      const r = s.getBoundingClientRect();
      if (
        s !== document.documentElement &&
        s.parentElement &&
        cut(r, clipping(s.parentElement).boxes)
      )
        clipped.push(`${s.className} (scrolls) at ${Math.round(r.left)},${Math.round(r.top)}`);
    }
    // Text over text: the rectangles of each text node's lines, against every other node's, in
    // the header, in the current card, and among the map's controls and place panel.
    const overlaps: string[] = [];
    const groups = [
      '.header',
      '[aria-current="step"] .card',
      '.layer.map.active :is(.map-explore, .leaflet-control-container, .map-panel)',
    ];
    for (const group of groups) {
      const lines: { n: Node; r: DOMRect }[] = [];
      for (const root of document.querySelectorAll(group)) {
        const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = texts.nextNode(); n; n = texts.nextNode()) {
          if (
            !n.textContent?.trim() ||
            !n.parentElement?.checkVisibility({ visibilityProperty: true, opacityProperty: true })
          )
            continue;
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) if (r.width > 0) lines.push({ n, r });
        }
      }
      for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) {
          const a = lines[i]!;
          const b = lines[j]!;
          if (a.n === b.n) continue;
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 2 && y > 2) overlaps.push(`${name(a.n)} × ${name(b.n)}`);
        }
      }
    }
    const doc = document.documentElement;
    return { overflow: doc.scrollWidth - doc.clientWidth, clipped, overlaps };
  });
}

/** A button or link: inside the screen, on top where it is drawn, its text inside its border. */
function whole(page: Page, selector: string) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const inside =
      r.left >= -0.5 &&
      r.top >= -0.5 &&
      r.right <= innerWidth + 0.5 &&
      r.bottom <= innerHeight + 0.5;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const range = document.createRange();
    range.selectNodeContents(el);
    const t = range.getBoundingClientRect();
    const fits = t.left >= r.left && t.right <= r.right && t.top >= r.top && t.bottom <= r.bottom;
    return {
      inside,
      onTop: !!hit && el.contains(hit),
      fits,
      box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`,
    };
  });
}

/** What a chart must print for a figure: its formatted text, or each item of a list. */
function printed(fig: Figure, lang: Lang): string[] {
  return fig.kind === 'list' ? figureItems(fig, lang) : [formatFigure(fig, lang)];
}

async function waitForChart(page: Page, state: string): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('[data-chart]')?.getAttribute('data-state') === want,
    state,
    { timeout: 10_000 },
  );
  await frames(page);
}

/** Waits until the map shows its step's view and has stopped moving. */
async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('.map-view');
      const view = root?.getAttribute('data-view');
      return !!view && root?.getAttribute('data-settled') === view;
    },
    undefined,
    { timeout: 8000 },
  );
  await frames(page);
}

describe.each(ZOOMS)('%s', (_zoom, zoom) => {
  describe.each(EDITIONS)('%s edition', (lang, path, story) => {
    it('keeps the header whole, its language switch reachable and fully visible', async () => {
      const { page, errors, close } = await openZoomed(zoom, path);
      const seen = await audit(page);
      expect(seen.overflow).toBeLessThanOrEqual(0);
      expect(seen.clipped).toEqual([]);
      expect(seen.overlaps).toEqual([]);
      // The first stop of the keyboard, in view and whole.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('nav.langs'))).toBe(true);
      const pill = await whole(page, 'nav.langs .pill');
      expect(pill, pill.box).toMatchObject({ inside: true, onTop: true, fits: true });
      expect(errors).toEqual([]);
      await close();
    });

    it('makes every step current, with nothing cut off, overlapping or off to the side', async () => {
      const { page, errors, close } = await openZoomed(zoom, path);
      for (const step of story.steps) {
        await goToStep(page, step.id);
        const seen = await audit(page);
        expect(seen.overflow, step.id).toBeLessThanOrEqual(0);
        expect(seen.clipped, step.id).toEqual([]);
        expect(seen.overlaps, step.id).toEqual([]);
        if (step.stage === 'map') {
          await waitForMap(page);
          const map = await audit(page); // the panel, the credits and the explore button
          expect(map.clipped, step.id).toEqual([]);
          expect(map.overlaps, step.id).toEqual([]);
          const explore = await whole(page, '[data-explore]');
          expect(explore, `${step.id} explore ${explore.box}`).toMatchObject({
            inside: true,
            onTop: true,
            fits: true,
          });
          // Its "to the map" button, once scrolled into view.
          const button = `[data-step="${step.id}"] .to-map`;
          await page.$eval(button, (el) => el.scrollIntoView({ block: 'center' }));
          await frames(page);
          const toMap = await whole(page, button);
          expect(toMap, `${step.id} to-map ${toMap.box}`).toMatchObject({
            inside: true,
            onTop: true,
            fits: true,
          });
        } else {
          await waitForChart(page, stageState(step));
          const chart = await chartTextLayout(page);
          for (const fig of stepFigures(step, figures)) {
            for (const text of printed(fig, lang))
              expect(chart.labels, `${step.id}: ${fig.id}`).toContain(text);
          }
          expect(chart.outside, step.id).toEqual([]);
          expect(chart.overlaps, step.id).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
      await close();
    });

    it('opens a place sheet with all its text readable', async () => {
      const { page, errors, close } = await openZoomed(zoom, path);
      await goToStep(page, SHEET_STEP);
      await waitForMap(page);
      const marker = `[data-place="${SHEET_PLACE}"] .pm-dot`;
      if (zoom.viewport.width <= 768) await page.tap(marker);
      else await page.click(marker);
      const sheet = `[role="dialog"][data-sheet="${SHEET_PLACE}"]`;
      await page.waitForSelector(sheet, { timeout: 3000 });
      await frames(page);
      const box = await whole(page, `${sheet} h2`);
      expect(box, `title ${box.box}`).toMatchObject({ inside: true, onTop: true });
      const seen = await audit(page);
      expect(seen.clipped).toEqual([]);
      // Every line of it is drawn inside the sheet (it scrolls when taller than its room).
      const lines = await page.$eval(sheet, (el) => {
        const out: string[] = [];
        for (const child of el.querySelectorAll('h2, p, button')) {
          // Scroll the sheet (and only the sheet) to bring the line into its view.
          const at = child.getBoundingClientRect();
          const view = el.getBoundingClientRect();
          if (at.bottom > view.bottom) el.scrollTop += at.bottom - view.bottom;
          else if (at.top < view.top) el.scrollTop -= view.top - at.top;
          const s = el.getBoundingClientRect();
          const r = child.getBoundingClientRect();
          // A line longer than the sheet's view is seen at its top.
          const y = r.height > s.height ? Math.max(r.top, s.top) + 10 : r.top + r.height / 2;
          const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), y);
          const inside =
            r.left >= s.left - 0.5 &&
            r.right <= s.right + 0.5 &&
            r.left >= 0 &&
            r.right <= innerWidth;
          if (!inside || !hit || !el.contains(hit))
            out.push(child.textContent?.trim().slice(0, 24) ?? '');
        }
        return { out, wide: el.scrollWidth - el.clientWidth };
      });
      expect(lines.out).toEqual([]);
      expect(lines.wide).toBeLessThanOrEqual(0);
      const button = await whole(page, `${sheet} [data-read]`);
      expect(button, `read ${button.box}`).toMatchObject({ inside: true, onTop: true, fits: true });
      expect(errors).toEqual([]);
      await close();
    });
  });
});

/** Font size (px) of each shown element with text of its own, keyed by where it is. */
type Sizes = Record<string, { size: number; chart: boolean }>;

function textSizes(page: Page): Promise<Sizes> {
  return page.evaluate(() => {
    const ANCHOR = ['data-label', 'data-sheet', 'data-step', 'data-place', 'id'];
    const key = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const anchor = ANCHOR.map((a) => e!.getAttribute(a)).find((v) => v);
        parts.unshift(
          anchor ??
            `${e.tagName}${Array.prototype.indexOf.call(e.parentElement?.children ?? [], e)}`,
        );
        if (anchor) break;
      }
      return parts.join('/');
    };
    const out: Record<string, { size: number; chart: boolean }> = {};
    for (const el of document.querySelectorAll('.story *')) {
      const own = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      const r = el.getBoundingClientRect();
      if (!own || r.width < 2 || r.bottom < 0 || r.top > innerHeight) continue;
      // Place and area labels on the map keep their size (see map.css).
      if (
        !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ||
        el.closest('.map-hint, .leaflet-map-pane')
      )
        continue;
      out[key(el)] = {
        size: parseFloat(getComputedStyle(el).fontSize),
        chart: !!el.closest('[data-chart]'),
      };
    }
    return out;
  });
}

/** The page at the top, at a bars chart, at the map with a place sheet open, and at the end. */
async function sizesAlong(page: Page, phone: boolean) {
  const all: Sizes = {};
  const take = async (where: string) => {
    for (const [k, v] of Object.entries(await textSizes(page))) all[`${where} ${k}`] = v;
  };
  await take('top');
  await goToStep(page, CHART_STEP);
  await scrollStepTo(page, CHART_STEP, { progress: 0.4 });
  await frames(page);
  await take(CHART_STEP);
  await goToStep(page, SHEET_STEP);
  await waitForMap(page);
  const marker = `[data-place="${SHEET_PLACE}"] .pm-dot`;
  if (phone) await page.tap(marker);
  else await page.click(marker);
  await page.waitForSelector('[role="dialog"]');
  await take(SHEET_STEP);
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.getElementById('sources')!.scrollIntoView());
  await frames(page);
  await take('end');
  return all;
}

describe.each(EDITIONS)('the reader’s font size, %s edition', (_lang, path) => {
  it.each([
    ['phone', TEXT_PHONE],
    ['desktop', TEXT_DESKTOP],
  ] as const)(
    'doubles the story’s text at %s size (a chart’s as far as its box allows)',
    async (name, zoom) => {
      const base = await openZoomed({ ...zoom, text: 1 }, path);
      const before = await sizesAlong(base.page, name === 'phone');
      await base.close();
      const big = await openZoomed(zoom, path);
      const after = await sizesAlong(big.page, name === 'phone');
      await big.close();
      const keys = Object.keys(before).filter((k) => k in after);
      expect(keys.length).toBeGreaterThan(25);
      expect(keys.filter((k) => after[k]!.chart).length).toBeGreaterThan(8);
      const small: string[] = [];
      for (const k of keys) {
        const ratio = after[k]!.size / before[k]!.size;
        // Text outside the charts doubles, but for the headline, whose size follows the window's
        // width up to 3rem. A chart's text grows as far as its box lets it: the chart takes the
        // largest size that fits, up to the reader's (see buildScene), in the compact type when
        // the larger text narrows its share of a desktop window.
        const least = after[k]!.chart ? 1.4 : /(^|\/)H1\d/.test(k) ? 1.8 : 1.95;
        if (ratio < least || ratio > 2.05)
          small.push(`${k}: ${before[k]!.size} → ${after[k]!.size}px`);
      }
      expect(small).toEqual([]);
    },
  );
});
