/**
 * The story embedded in a fixture news article served from another origin: the script embed
 * runs live with the host's scroll and fires storystep events in order; host styles do not
 * change the story and the story does not change the host; the iframe embed resizes to its
 * content, runs live with the parent script and falls back to a flat layout without it; the
 * element can be removed and added again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, open, VIEWPORTS, waitForScrollStop } from './browser';

const hostUrl = inject('hostUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Ctx = Page | Frame;

/** Steps of the story inside <maojian-story>'s shadow root (or the iframe document). */
const rootJs = `(document.querySelector('maojian-story')?.shadowRoot ?? document)`;

async function storyIds(ctx: Ctx): Promise<string[]> {
  return ctx.evaluate(
    (js) =>
      Array.from((eval(js) as ParentNode).querySelectorAll('[data-step]')).map(
        (e) => e.getAttribute('data-step') ?? '',
      ),
    rootJs,
  );
}

async function waitForSteps(ctx: Ctx, count = 30): Promise<void> {
  await ctx.waitForFunction(
    ([js, n]) =>
      (eval(js as string) as ParentNode).querySelectorAll('[data-step]').length >= (n as number),
    [rootJs, count] as const,
    { timeout: 15000 },
  );
}

/** Scrolls the host page so that a step of the script-embedded story reaches the trigger line. */
async function scrollHostTo(page: Page, id: string): Promise<void> {
  await page.evaluate(
    ([stepId, js]) => {
      const root = eval(js as string) as ParentNode;
      const el = root.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
      const holder = root.querySelector<HTMLElement>('[data-trigger]');
      const trigger = innerHeight * Number(holder?.dataset.trigger ?? 0.5);
      scrollTo(0, el.getBoundingClientRect().top + scrollY - trigger + 8);
    },
    [id, rootJs] as const,
  );
}

/** The same for a story in a (cross-origin) iframe: measure inside, scroll outside. */
async function scrollHostToFramed(page: Page, frame: Frame, id: string): Promise<void> {
  const inner = await frame.evaluate((stepId) => {
    const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
    const holder = document.querySelector<HTMLElement>('[data-trigger]');
    return { top: el.getBoundingClientRect().top, offset: Number(holder?.dataset.trigger ?? 0.5) };
  }, id);
  await page.evaluate(({ top, offset }) => {
    const f = document.querySelector('iframe[data-maojian-story]') as HTMLIFrameElement;
    const y = f.getBoundingClientRect().top + scrollY + top - innerHeight * offset + 8;
    scrollTo(0, y);
  }, inner);
}

async function waitForCurrent(ctx: Ctx, id: string): Promise<void> {
  await ctx.waitForFunction(
    ([js, want]) => {
      const root = eval(js as string) as ParentNode;
      const cur = root.querySelector('[aria-current="step"]')?.getAttribute('data-step');
      const state = root.querySelector('figure[data-stage]')?.getAttribute('data-state') ?? '';
      return cur === want && state.endsWith(':' + want);
    },
    [rootJs, id] as const,
    { timeout: 5000 },
  );
}

describe.each(VIEWPORTS)('script embed at %s size', (_name, viewport) => {
  it('runs live with the host page scroll and fires storystep events in order', async () => {
    const context = await browser.newContext({ viewport, hasTouch: viewport.width <= 768 });
    await context.addInitScript(() => {
      (window as unknown as { steps: unknown[] }).steps = [];
      document.addEventListener('storystep', (e) =>
        (window as unknown as { steps: unknown[] }).steps.push((e as CustomEvent).detail),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${hostUrl}?embed=script&css=hostile`);
    await waitForSteps(page);
    const ids = await storyIds(page);
    expect(ids.length).toBe(37);
    const picked = ids.filter((_, i) => i % 5 === 0 || i === ids.length - 1);
    for (const id of picked) {
      await scrollHostTo(page, id);
      await waitForCurrent(page, id);
    }
    const events = (await page.evaluate(
      () => (window as unknown as { steps: unknown[] }).steps,
    )) as {
      id: string;
      index: number;
      lang: string;
    }[];
    // Each picked step was announced, in reading order, with its index and language.
    const announced = events.map((e) => e.id);
    let at = -1;
    for (const id of picked) {
      const next = announced.indexOf(id, at + 1);
      expect(next, `storystep for ${id}`).toBeGreaterThan(at);
      at = next;
    }
    for (const e of events) {
      expect(e.index).toBe(ids.indexOf(e.id));
      expect(e.lang).toBe('zh-CN');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('isolation', () => {
  /** Boxes of the story's parts, relative to the element, and a few computed styles. */
  async function storyBoxes(page: Page) {
    return page.evaluate((js) => {
      const root = eval(js) as ShadowRoot;
      const host = (root as ShadowRoot).host.getBoundingClientRect();
      const box = (sel: string) => {
        const r = root.querySelector(sel)?.getBoundingClientRect();
        return r ? [r.left - host.left, r.top - host.top, r.width, r.height].map(Math.round) : null;
      };
      const h1 = root.querySelector('h1') as HTMLElement;
      const p = root.querySelector('[data-step] p') as HTMLElement;
      return {
        host: [Math.round(host.width)],
        h1: box('h1'),
        card: box('[data-step] .card'),
        stage: box('figure[data-stage]'),
        firstStep: box('[data-step]'),
        h1Style: getComputedStyle(h1).fontSize + getComputedStyle(h1).color,
        pStyle:
          getComputedStyle(p).fontFamily +
          getComputedStyle(p).fontSize +
          getComputedStyle(p).letterSpacing,
      };
    }, rootJs);
  }

  async function hostBoxes(page: Page) {
    return page.evaluate(() => {
      const style = (sel: string) => {
        const el = document.querySelector(sel) as HTMLElement;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return [
          cs.fontFamily,
          cs.fontSize,
          cs.lineHeight,
          cs.margin,
          cs.color,
          Math.round(r.left),
          Math.round(r.width),
        ];
      };
      return {
        h1: style('.article h1'),
        lede: style('.lede'),
        after: style('.after'),
        body: style('body'),
        headStyles: document.head.querySelectorAll('style, link[rel="stylesheet"]').length,
        rootFont: getComputedStyle(document.documentElement).fontSize,
      };
    });
  }

  it('host styles do not change the story’s layout', async () => {
    const boxes = [];
    for (const css of ['plain', 'hostile']) {
      const { page, close } = await open(
        browser,
        { width: 1280, height: 800 },
        `${hostUrl}?embed=script&css=${css}`,
      );
      await waitForSteps(page);
      boxes.push(await storyBoxes(page));
      await close();
    }
    expect(boxes[1]).toEqual(boxes[0]);
  });

  it('the story does not change the host page, even after the map has loaded', async () => {
    for (const css of ['plain', 'hostile']) {
      const bare = await open(
        browser,
        { width: 390, height: 844 },
        `${hostUrl}?embed=none&css=${css}`,
      );
      const before = await hostBoxes(bare.page);
      await bare.close();
      const { page, errors, close } = await open(
        browser,
        { width: 390, height: 844 },
        `${hostUrl}?embed=script&css=${css}`,
      );
      await waitForSteps(page);
      const ids = await storyIds(page);
      for (const id of ids.filter((_, i) => i % 4 === 0)) {
        await scrollHostTo(page, id);
        await waitForCurrent(page, id);
      }
      await page.evaluate(() => scrollTo(0, 0));
      expect(await hostBoxes(page)).toEqual(before);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('can be removed from the page and added again', async () => {
    const { page, errors, close } = await open(
      browser,
      { width: 390, height: 844 },
      `${hostUrl}?embed=script&css=plain`,
    );
    await waitForSteps(page);
    const ids = await storyIds(page);
    await scrollHostTo(page, ids[5]);
    await waitForCurrent(page, ids[5]);
    await page.evaluate(() => {
      const el = document.querySelector('maojian-story') as HTMLElement;
      (window as unknown as { parked: HTMLElement }).parked = el;
      el.remove();
    });
    await page.evaluate(() => scrollTo(0, 0));
    await waitForScrollStop(page);
    for (let round = 0; round < 3; round++) {
      await page.evaluate(() => {
        const el = (window as unknown as { parked: HTMLElement }).parked;
        document.querySelector('.after')?.before(el);
      });
      await waitForSteps(page);
      await scrollHostTo(page, ids[10]);
      await waitForCurrent(page, ids[10]);
      await page.evaluate(() => (window as unknown as { parked: HTMLElement }).parked.remove());
    }
    const fresh = await page.evaluate(() => {
      const el = document.createElement('maojian-story');
      el.setAttribute('lang', 'en');
      document.querySelector('.after')?.before(el);
      return true;
    });
    expect(fresh).toBe(true);
    await waitForSteps(page);
    expect(
      await page.evaluate(
        (js) => (eval(js) as ShadowRoot).querySelector('.story')?.getAttribute('lang'),
        rootJs,
      ),
    ).toBe('en');
    expect(await page.evaluate(() => document.querySelectorAll('maojian-story').length)).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('iframe embed', () => {
  it('resizes to its content and runs live with the parent script', async () => {
    const { page, errors, close } = await open(
      browser,
      { width: 390, height: 844 },
      `${hostUrl}?embed=iframe-live&css=hostile`,
    );
    const frame = page.frame({ url: /embed\.html/ });
    expect(frame).not.toBeNull();
    await waitForSteps(frame!);
    await expect
      .poll(async () => {
        const inner = await frame!.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        const outer = await page.$eval('iframe[data-maojian-story]', (f) =>
          Math.round(f.getBoundingClientRect().height),
        );
        return inner > 3000 && Math.abs(outer - inner) <= 2;
      })
      .toBe(true);
    await frame!.waitForFunction(
      () => document.querySelector('.story')?.getAttribute('data-layout') === 'live',
    );
    const ids = await storyIds(frame!);
    for (const id of [ids[3], ids[12], ids[20]]) {
      await scrollHostToFramed(page, frame!, id);
      await waitForCurrent(frame!, id);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('falls back to a flat layout, every step with its own stage, without the parent script', async () => {
    const { page, errors, close } = await open(
      browser,
      { width: 390, height: 844 },
      `${hostUrl}?embed=iframe&css=plain`,
    );
    const frame = page.frame({ url: /embed\.html/ });
    await waitForSteps(frame!);
    await page.waitForTimeout(500);
    const flat = await frame!.evaluate(() => ({
      layout: document.querySelector('.story')?.getAttribute('data-layout'),
      steps: document.querySelectorAll('[data-step]').length,
      stages: document.querySelectorAll('[data-step] figure[data-stage]').length,
      sticky: Array.from(document.querySelectorAll('*')).some(
        (el) => getComputedStyle(el).position === 'sticky',
      ),
    }));
    expect(flat).toEqual({ layout: 'flat', steps: 37, stages: 37, sticky: false });
    expect(errors).toEqual([]);
    await close();
  });
});
