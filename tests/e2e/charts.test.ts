/**
 * The stage's charts in Debian's Chromium at 390x844 and 1280x800: for every chart step, the
 * persistent chart shows the step's state, draws the number of marks its figures call for
 * (computed here from data/figures.json with the layout functions), prints every figure, has
 * a text alternative stating the numbers, and stays inside the stage (and, on phones, in the
 * top 55% of the screen, above the text card). A chart change is laid out from the chart's
 * layer, never from the document with the story's text (traced).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { loadFigures, loadStory } from '../../scripts/content/load-content';
import type { Figure, Lang } from '../../src/lib/content/types';
import { formatFigure } from '../../src/lib/format/number';
import { stageState, stepFigures } from '../../src/lib/story/derive';
import { figureItems } from '../../src/lib/charts/figure-text';
import { expectedMarks } from '../support/charts/expected-marks';
import { emphasisFor } from '../../src/lib/charts/emphasis';
import { chartTextLayout, launch, open, scrollStepTo, VIEWPORTS } from './browser';

const url = inject('storyUrl');
const data = resolve(import.meta.dirname, '../../data');
const figures = new Map(loadFigures(resolve(data, 'figures.json')).map((f) => [f.id, f]));
const story = loadStory(resolve(data, 'story.zh-CN.aml'), figures);
const chartSteps = story.steps.filter((s) => s.stage !== 'map');

/** What the chart must print for a figure: its formatted text, or each item of a list. */
function printed(fig: Figure, lang: Lang): string[] {
  return fig.kind === 'list' ? figureItems(fig, lang) : [formatFigure(fig, lang)];
}

/** Scrolls so the trigger line is `progress` of the way through the step. */
function scrollInto(page: Page, id: string, progress: number): Promise<void> {
  return scrollStepTo(page, id, { progress, px: 4 });
}

/** Units per mark of each figure, as the chart's legend states them (data-per, data-figures). */
async function statedPers(page: Page): Promise<(id: string) => number> {
  const pairs = await page.$$eval('[data-chart] .legend li[data-per]', (els) =>
    els.flatMap((el) =>
      (el.getAttribute('data-figures') ?? '')
        .split(' ')
        .map((id) => [id, Number(el.getAttribute('data-per'))] as const),
    ),
  );
  const pers = new Map(pairs);
  return (id) => pers.get(id) ?? NaN;
}

/**
 * Run before a page's own scripts: the chart's marks draw on the page's main thread, as they do
 * where no worker can start (lib/charts/marks-drawer.ts), so its canvas calls can be counted
 * here. The painter is the same in the worker.
 */
const DRAW_ON_PAGE = 'delete HTMLCanvasElement.prototype.transferControlToOffscreen;';

async function waitForChart(page: Page, state: string): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('[data-chart]')?.getAttribute('data-state') === want,
    state,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(650); // transitions last at most 600 ms
}

interface Seen {
  state: string | null;
  marks: number;
  total: number;
  labels: string;
  alt: string;
  title: string;
  legend: string;
  chart: { left: number; right: number; top: number; bottom: number };
  stage: { left: number; right: number };
  pageOverflow: number;
  /** data-label keys of the head labels. */
  heads: string[];
}

function inspect(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const chart = document.querySelector('[data-chart]') as HTMLElement;
    const stage = document.querySelector('figure[data-stage]') as HTMLElement;
    const s = stage.getBoundingClientRect();
    const c = chart.getBoundingClientRect();
    return {
      state: chart.getAttribute('data-state'),
      marks: Number(chart.getAttribute('data-marks')),
      total: Number(chart.getAttribute('data-total-marks')),
      labels: chart.querySelector('.labels')?.textContent ?? '',
      alt: chart.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
      title: chart.querySelector('.title')?.textContent ?? '',
      legend: chart.querySelector('.legend')?.textContent ?? '',
      chart: { left: c.left, right: c.right, top: c.top, bottom: c.bottom },
      stage: { left: s.left, right: s.right },
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      heads: Array.from(chart.querySelectorAll('[data-label^="head:"]')).map(
        (el) => el.getAttribute('data-label') ?? '',
      ),
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function checkEveryStep(
  page: Page,
  lang: Lang,
  viewport: { width: number; height: number },
): Promise<void> {
  const sourceLine =
    lang === 'en' ? /Source: original report, paragraph/ : /来源：原报道第[\d、]+段/;
  for (const step of chartSteps) {
    await scrollInto(page, step.id, 0.4);
    await waitForChart(page, stageState(step));
    if (emphasisFor(step).reveal) {
      // Marks that fill with scroll follow the progress a task after the chart (the stage
      // controller's timing policy): give that commit its task before looking.
      await page
        .waitForFunction(
          () => {
            const c = document.querySelector('[data-chart]');
            return c?.getAttribute('data-marks') === c?.getAttribute('data-total-marks');
          },
          undefined,
          { timeout: 3000 },
        )
        .catch(() => undefined); // the assertions below say what is wrong
    }
    const seen = await inspect(page);
    const where = `${lang} ${viewport.width}x${viewport.height} ${step.id}`;
    expect(seen.state, where).toBe(stageState(step));
    // As many marks as the figures need at the units per mark the chart states.
    expect(seen.marks, where).toBe(expectedMarks(step, figures, await statedPers(page)));
    expect(seen.total, where).toBe(seen.marks);
    for (const fig of stepFigures(step, figures)) {
      for (const text of printed(fig, lang))
        expect(seen.labels, `${where}: ${fig.id}`).toContain(text);
      expect(seen.alt, `${where}: ${fig.id}`).toContain(formatFigure(fig, lang));
    }
    // A title is left out only in a box too short for it, where the heads name every figure.
    if (!seen.title.trim())
      for (const fig of stepFigures(step, figures))
        if (fig.kind !== 'list' && fig.kind !== 'money')
          expect(seen.heads, `${where}: ${fig.id}`).toContain(`head:${fig.id}`);
    expect(seen.legend, where).toMatch(sourceLine);
    const text = await chartTextLayout(page);
    expect(text.outside, where).toEqual([]);
    expect(text.overlaps, where).toEqual([]);
    expect(seen.chart.left, where).toBeGreaterThanOrEqual(seen.stage.left - 1);
    expect(seen.chart.right, where).toBeLessThanOrEqual(seen.stage.right + 1);
    expect(seen.pageOverflow, where).toBeLessThanOrEqual(0);
    if (viewport.width <= 768) {
      // Above the text card: in the top 55% of a phone screen.
      expect(seen.chart.bottom, where).toBeLessThanOrEqual(viewport.height * 0.55 + 1);
    }
  }
}

describe.each(VIEWPORTS)('charts at %s size', (_name, viewport) => {
  it('draws every chart step: state, marks, labels, text alternative, inside the stage', async () => {
    const { page, errors, close } = await open(browser, viewport, url);
    await checkEveryStep(page, 'zh-CN', viewport);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps one chart element from step to step (marks move, nothing remounts)', async () => {
    const { page, close } = await open(browser, viewport, url);
    const [a, b, c] = ['village-teams', 'paired-households', 'team-training'];
    await scrollInto(page, a, 0.4);
    await waitForChart(page, `units:${a}`);
    await page.evaluate(
      () => ((document.querySelector('[data-chart]') as HTMLElement).dataset.probe = 'kept'),
    );
    for (const [id, stage] of [
      [b, 'units'],
      [c, 'numbers'],
    ] as const) {
      await scrollInto(page, id, 0.4);
      await waitForChart(page, `${stage}:${id}`);
      expect(await page.$eval('[data-chart]', (el) => (el as HTMLElement).dataset.probe)).toBe(
        'kept',
      );
    }
    await close();
  });
});

describe('English edition', () => {
  it('draws every chart step in English at phone size', async () => {
    const viewport = VIEWPORTS[0][1];
    const { page, errors, close } = await open(browser, viewport, `${url}en.html`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkEveryStep(page, 'en', viewport);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('where the marks are drawn', () => {
  /** The share of the chart canvas's box that shows something other than the stage's ground. */
  async function inkOnScreen(page: Page): Promise<number> {
    const canvas = page.locator('[data-chart] canvas');
    const png = (await canvas.screenshot()).toString('base64');
    return page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const off = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = off.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const [r, g, b] = [data[0]!, data[1]!, data[2]!]; // the top-left corner: the ground
      let ink = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) > 48)
          ink++;
      return ink / (bitmap.width * bitmap.height);
    }, png);
  }
  const step = 'village-teams'; // hundreds of cells
  /** At the step, with `init` run before the page's scripts: who drew the marks, how much
   * of the canvas's box shows them, and the page's errors. */
  async function drawnAt(init?: string) {
    const { page, errors, close } = await open(browser, VIEWPORTS[0][1], url, { init });
    await scrollInto(page, step, 0.4);
    await waitForChart(page, `units:${step}`);
    const seen = {
      drawnIn: await page.$eval('[data-chart] canvas', (el) => el.getAttribute('data-drawn-in')),
      ink: await inkOnScreen(page),
      errors,
    };
    await close();
    return seen;
  }

  it('draws them in a worker on the standalone page, on screen', async () => {
    const { drawnIn, ink, errors } = await drawnAt();
    expect(drawnIn).toBe('worker');
    expect(ink).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
  });

  it('draws them on the page when the worker fails to start, on a new canvas', async () => {
    // The worker's script cannot be loaded (as under a policy that refuses it): it fails after
    // it took the canvas. (The browser reports the missing script as a console error.)
    const { drawnIn, ink } = await drawnAt(`{
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url, options) {
          super(String(url).replace(/marks-worker[^/]*\\.js/, 'no-such-worker.js'), options);
        }
      };
    }`);
    expect(drawnIn).toBe('page');
    expect(ink).toBeGreaterThan(0.05);
  });

  it('draws them on the page where there is no OffscreenCanvas', async () => {
    const { drawnIn, ink, errors } = await drawnAt(DRAW_ON_PAGE);
    expect(drawnIn).toBe('page');
    expect(ink).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
  });
});

describe('the chart the story opens with', () => {
  it('appears with the page in one paint, built in its box, without a transition', async () => {
    for (const viewport of [VIEWPORTS[0][1], VIEWPORTS[1][1]]) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript({ content: DRAW_ON_PAGE });
      // Counts the paints of the chart's canvas from the start (paintMarks clears it first).
      await context.addInitScript(() => {
        const w = window as unknown as { chartPaints: number };
        w.chartPaints = 0;
        const clear = CanvasRenderingContext2D.prototype.clearRect;
        CanvasRenderingContext2D.prototype.clearRect = function (...args) {
          if (this.canvas.closest('[data-chart]')) w.chartPaints++;
          return clear.apply(this, args);
        };
      });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('main.story[data-ready="true"]');
      await page.waitForTimeout(800);
      const seen = await page.evaluate(() => ({
        paints: (window as unknown as { chartPaints: number }).chartPaints,
        marks: Number(document.querySelector('[data-chart]')?.getAttribute('data-marks')),
      }));
      const at = `${viewport.width}x${viewport.height}`;
      expect(seen.marks, at).toBeGreaterThan(0);
      // One paint (a 500 ms transition would paint about 30 times).
      expect(seen.paints, at).toBeGreaterThanOrEqual(1);
      expect(seen.paints, at).toBeLessThanOrEqual(2);
      await context.close();
    }
  });
});

describe('scroll-linked motion', () => {
  const step = chartSteps.find((s) => emphasisFor(s).reveal)!;

  it('fills accumulating marks as the reader scrolls through the step', async () => {
    const { page, close } = await open(browser, VIEWPORTS[0][1], url);
    const counts: number[] = [];
    for (const p of [0.02, 0.1, 0.2, 0.4]) {
      await scrollInto(page, step.id, p);
      await waitForChart(page, stageState(step));
      await page.waitForTimeout(200);
      counts.push(Number(await page.$eval('[data-chart]', (el) => el.getAttribute('data-marks'))));
    }
    for (let i = 1; i < counts.length; i++)
      expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    const want = expectedMarks(step, figures, await statedPers(page));
    expect(counts[0]).toBeLessThan(want);
    expect(counts[counts.length - 1]).toBe(want);
    await close();
  });

  it('shows every mark at once under prefers-reduced-motion', async () => {
    const { page, close } = await open(browser, VIEWPORTS[0][1], url, { reducedMotion: true });
    await scrollInto(page, step.id, 0.02);
    await page.waitForFunction(
      (want) => document.querySelector('[data-chart]')?.getAttribute('data-state') === want,
      stageState(step),
    );
    expect(Number(await page.$eval('[data-chart]', (el) => el.getAttribute('data-marks')))).toBe(
      expectedMarks(step, figures, await statedPers(page)),
    );
    await close();
  });
});

describe('the chart around map steps', () => {
  // Counts the chart canvas's paints (paintMarks clears the canvas first), and records how
  // much of the canvas the first paint after a given chart state covers.
  type Watch = { paints: number; firstCover: number | null; cover: () => number };
  async function watchPaints(page: Page, state: string): Promise<void> {
    await page.evaluate((want) => {
      const canvas = document.querySelector('[data-chart] canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d')!;
      const w = window as unknown as Watch;
      w.paints = 0;
      w.firstCover = null;
      // The share of the canvas's pixels painted.
      w.cover = () => {
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let covered = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) covered++;
        return covered / (canvas.width * canvas.height);
      };
      const clear = ctx.clearRect.bind(ctx);
      ctx.clearRect = (...args: Parameters<CanvasRenderingContext2D['clearRect']>) => {
        w.paints++;
        clear(...args);
        const chart = document.querySelector('[data-chart]');
        if (w.firstCover !== null || chart?.getAttribute('data-state') !== want) return;
        // After this paint (it runs on in this task).
        setTimeout(() => (w.firstCover = w.cover()), 0);
      };
    }, state);
  }
  const watched = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as Watch;
      return { paints: w.paints, firstCover: w.firstCover, cover: w.cover() };
    });
  const waitForMap = (page: Page) =>
    page.waitForFunction(
      () => document.querySelector('figure[data-stage]')?.getAttribute('data-kind') === 'map',
    );

  it('draws a change on its hidden layer at once, without a transition nobody sees', async () => {
    // Closed-loop's highlight travels with scroll; on the map step after it the hidden chart
    // shows the whole loop (progress 1): one repaint, not a 500 ms transition.
    const { page, close } = await open(browser, VIEWPORTS[0][1], url, { init: DRAW_ON_PAGE });
    await scrollInto(page, 'closed-loop', 0.05);
    await waitForChart(page, 'loop:closed-loop');
    await watchPaints(page, 'loop:closed-loop');
    await scrollInto(page, 'study-tour', 0.4);
    await waitForMap(page);
    await page.waitForTimeout(800);
    const { paints } = await watched(page);
    expect(paints).toBeGreaterThanOrEqual(1);
    expect(paints).toBeLessThanOrEqual(2);
    await close();
  });

  it('grows the first chart after the map in from nothing, not from the chart before it', async () => {
    const { page, close } = await open(browser, VIEWPORTS[0][1], url, { init: DRAW_ON_PAGE });
    await scrollInto(page, 'cooperatives', 0.4);
    await waitForChart(page, 'units:cooperatives');
    await watchPaints(page, 'loop:five-in-one');
    expect((await watched(page)).cover).toBeGreaterThan(0.05); // hundreds of cells
    await scrollInto(page, 'regional-layout', 0.4);
    await waitForMap(page);
    await scrollInto(page, 'five-in-one', 0.4);
    await waitForChart(page, 'loop:five-in-one');
    const { firstCover, cover } = await watched(page);
    expect(cover).toBeGreaterThan(0);
    expect(firstCover).not.toBeNull();
    // Its first frame draws next to nothing (no cells of co-operatives shrinking away).
    expect(firstCover!).toBeLessThan(cover * 0.1);
    await close();
  });
});

describe('the chart’s layout cost', () => {
  interface DomNode {
    backendNodeId: number;
    attributes?: string[];
    children?: DomNode[];
  }
  /** Backend ids of the chart layer and every node in it. */
  async function chartLayerNodes(cdp: CDPSession): Promise<Set<number>> {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const ids = new Set<number>();
    const walk = (node: DomNode, inside: boolean) => {
      const attrs = node.attributes ?? [];
      const at = attrs.indexOf('data-layer');
      const inLayer = inside || (at >= 0 && at % 2 === 0 && attrs[at + 1] === 'chart');
      if (inLayer) ids.add(node.backendNodeId);
      for (const child of node.children ?? []) walk(child, inLayer);
    };
    walk(root, false);
    return ids;
  }

  it('lays out only the chart layer when the chart changes, never the story around it', async () => {
    // The layer is a relayout boundary (contain: strict, positioned, not a flex item): a new
    // chart's labels are laid out from the layer, not from the document with the story's text.
    const { page, close } = await open(browser, VIEWPORTS[0][1], url);
    const cdp = await page.context().newCDPSession(page);
    await scrollInto(page, 'village-teams', 0.4);
    await waitForChart(page, 'units:village-teams');
    const before = await chartLayerNodes(cdp);
    interface TraceEvent {
      name: string;
      ts: number;
      args?: {
        data?: { nodeId?: number };
        endData?: { layoutRoots?: { nodeId: number }[] };
      };
    }
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking',
    });
    await scrollInto(page, 'team-training', 0.4);
    await waitForChart(page, 'numbers:team-training');
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    const layer = new Set([...before, ...(await chartLayerNodes(cdp))]);
    // Each layout with the nodes it was asked to lay out since the previous one.
    const layouts: { roots: number[]; dirty: number[] }[] = [];
    let dirty: number[] = [];
    for (const e of events.sort((a, b) => a.ts - b.ts)) {
      if (e.name === 'LayoutInvalidationTracking') dirty.push(Number(e.args?.data?.nodeId));
      const roots = e.args?.endData?.layoutRoots;
      if (e.name === 'Layout' && roots) {
        layouts.push({ roots: roots.map((r) => r.nodeId), dirty });
        dirty = [];
      }
    }
    const chartLayouts = layouts.filter((l) => l.dirty.some((id) => layer.has(id)));
    expect(chartLayouts.length).toBeGreaterThan(0);
    for (const l of chartLayouts) {
      // The chart's own nodes are laid out from a root inside the layer.
      expect(l.roots.some((id) => layer.has(id))).toBe(true);
      // A layout rooted at the document has something outside the layer to lay out.
      if (l.roots.some((id) => !layer.has(id))) {
        expect(l.dirty.some((id) => !layer.has(id))).toBe(true);
      }
    }
    await close();
  });
});
