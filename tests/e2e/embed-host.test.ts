/**
 * The script embed (<maojian-story>) on hosts as they come: a `* { all: unset }` reset, an
 * ancestor that breaks sticky (overflow hidden, transform), a hash router, a strict CSP with
 * Trusted Types, two stories on one page, `start`, no JavaScript or a blocked script, and a
 * chunk that fails to load.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from './browser';
import { rootJs, scrollHostTo, storyIds, waitForCurrent, waitForSteps } from './embed-helpers';

const hostUrl = inject('hostUrl');
const storyUrl = inject('storyUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** The first map step (data/story.zh-CN.aml). */
const MAP_STEP = 'study-tour';

/** The stage's box in the window's viewport, rounded. */
function stageBox(page: Page, sel?: string) {
  return page.evaluate((js) => {
    const r = (document.querySelector(js)?.shadowRoot ?? document)
      .querySelector('figure[data-stage]')!
      .getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
  }, rootJs(sel));
}

/**
 * The stage's place in the story's layout (lib/scroll/clear-zone.ts, written on the steps by
 * attach.ts as data-band): a band over the top `bandShare` of the view while the story's box is phone-wide,
 * which the cards slide under (null: side by side, the stage the view's full height); and the
 * current step's card, in the window's viewport, rounded.
 */
function stageLayout(page: Page, sel?: string) {
  return page.evaluate((js) => {
    const root = document.querySelector(js)?.shadowRoot ?? document;
    const steps = root.querySelector<HTMLElement>('[data-trigger]')!;
    const box = steps.parentElement!;
    const share = steps.dataset.band;
    const card = root.querySelector('[aria-current="step"] .card')!.getBoundingClientRect();
    return {
      narrow: box.clientWidth <= 768,
      bandShare: share ? Number(share) : null,
      cardTop: Math.round(card.top),
    };
  }, rootJs(sel));
}

/** Boxes of the story's parts relative to the element. */
function storyLayout(page: Page) {
  return page.evaluate((js) => {
    const root = document.querySelector(js)!.shadowRoot!;
    const host = root.host.getBoundingClientRect();
    const box = (sel: string) => {
      const r = root.querySelector(sel)!.getBoundingClientRect();
      return [r.left - host.left, r.top - host.top, r.width, r.height].map(Math.round);
    };
    return {
      display: getComputedStyle(root.host).display,
      width: Math.round(host.width),
      h1: box('h1'),
      card: box('[data-step] .card'),
      stage: box('figure[data-stage]'),
    };
  }, rootJs());
}

describe('the host cannot undo the element', () => {
  it('stays a block with the same layout under `* { all: unset }`', async () => {
    const layouts = [];
    for (const css of ['plain', 'unset']) {
      const { page, errors, close } = await open(
        browser,
        PHONE,
        `${hostUrl}?embed=script&css=${css}`,
      );
      await waitForSteps(page);
      layouts.push(await storyLayout(page));
      expect(errors).toEqual([]);
      await close();
    }
    expect(layouts[1]!.display).toBe('block');
    expect(layouts[1]).toEqual(layouts[0]);
  });

  for (const wrap of ['overflow', 'transform']) {
    it.each([
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ])(`keeps the stage in view under a ${wrap} ancestor (%s)`, async (_name, viewport) => {
      const { page, errors, close } = await open(
        browser,
        viewport,
        `${hostUrl}?embed=script&wrap=${wrap}`,
      );
      await waitForSteps(page);
      const ids = await storyIds(page);
      for (const id of [ids[2], ids[9], ids[17], ids[25]]) {
        await scrollHostTo(page, id);
        await waitForCurrent(page, id);
        await page.waitForTimeout(50);
        const box = await stageBox(page);
        expect(Math.abs(box.top), `stage top at ${id}`).toBeLessThanOrEqual(2);
        // Offset by hand, the stage keeps the layout the story's width gives it. In the host's
        // 640 px column that is the phone layout on any window: the band at the top, the
        // current card whole below it (the graphic is never under a card).
        const layout = await stageLayout(page);
        expect(layout.narrow, 'the story in the host’s column').toBe(true);
        expect(layout.bandShare, 'the band’s share of the view').not.toBeNull();
        const band = layout.bandShare! * viewport.height;
        expect(Math.abs(box.bottom - band), `stage bottom at ${id}`).toBeLessThanOrEqual(2);
        expect(layout.cardTop, `current card below the band at ${id}`).toBeGreaterThanOrEqual(
          box.bottom,
        );
      }
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('keeps the full-height stage beside the text in a wide column (desktop)', async () => {
    const { page, errors, close } = await open(
      browser,
      DESKTOP,
      `${hostUrl}?embed=script&wrap=transform&column=wide`,
    );
    await waitForSteps(page);
    const ids = await storyIds(page);
    for (const id of [ids[2], ids[17]]) {
      await scrollHostTo(page, id);
      await waitForCurrent(page, id);
      await page.waitForTimeout(50);
      const box = await stageBox(page);
      const layout = await stageLayout(page);
      expect(layout, `layout at ${id}`).toMatchObject({ narrow: false, bandShare: null });
      expect(Math.abs(box.top), `stage top at ${id}`).toBeLessThanOrEqual(2);
      expect(box.bottom, `stage bottom at ${id}`).toBeGreaterThan(DESKTOP.height * 0.9);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('links stay inside the story', () => {
  it('the skip link moves to the sources without touching the host’s hash or router', async () => {
    const { page, errors, close } = await open(
      browser,
      PHONE,
      `${hostUrl}?embed=script&router=hash`,
    );
    await waitForSteps(page);
    const skip = await page.evaluateHandle(
      (js) =>
        document.querySelector(js)!.shadowRoot!.querySelector('a[href="#sources"]') as HTMLElement,
      rootJs(),
    );
    await skip.asElement()!.scrollIntoViewIfNeeded();
    await skip.asElement()!.click();
    await page.waitForTimeout(300);
    const after = await page.evaluate((js) => {
      const root = document.querySelector(js)!.shadowRoot!;
      const sources = root.getElementById('sources')!.getBoundingClientRect();
      return {
        hash: location.hash,
        routes: (window as unknown as { routes: string[] }).routes,
        focused: root.activeElement?.id ?? null,
        inView: sources.top >= -1 && sources.top < innerHeight,
      };
    }, rootJs());
    expect(after).toEqual({ hash: '', routes: [], focused: 'sources', inView: true });
    // Keyboard: the same from Enter on the focused link.
    await page.evaluate(() => scrollTo(0, 0));
    await skip.asElement()!.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => [
        location.hash,
        (window as unknown as { routes: string[] }).routes.length,
      ]),
    ).toEqual(['', 0]);
    // Links to sources open in a new tab.
    const targets = await page.evaluate(
      (js) =>
        Array.from(
          document.querySelector(js)!.shadowRoot!.querySelectorAll('.sources a[href^="http"]'),
        ).map((a) => (a as HTMLAnchorElement).target),
      rootJs(),
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['_blank']));
    expect(errors).toEqual([]);
    await close();
  });
});

describe('start never pulls the reader away', () => {
  it('does not scroll the host while the element is out of view; opens at the step when it is in view', async () => {
    const { page, errors, close } = await open(
      browser,
      PHONE,
      `${hostUrl}?embed=script&start=five-in-one`,
    );
    await waitForSteps(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The reader reaches the story; a new start now opens there.
    await page.evaluate(() => document.querySelector('maojian-story')!.scrollIntoView());
    await page.evaluate(() =>
      document.querySelector('maojian-story')!.setAttribute('start', 'famous-villages'),
    );
    await waitForSteps(page);
    await waitForCurrent(page, 'famous-villages');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('two stories on one page', () => {
  it('run independently, each at its own step and edition', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${hostUrl}?embed=script-two`);
    await waitForSteps(page, 30, '#one');
    await waitForSteps(page, 30, '#two');
    const ids = await storyIds(page, '#one');
    expect(await storyIds(page, '#two')).toEqual(ids);
    for (const [sel, id] of [
      ['#one', ids[4]],
      ['#two', ids[11]],
      ['#one', ids[8]],
      ['#two', MAP_STEP],
      ['#two', ids[20]],
    ] as const) {
      await scrollHostTo(page, id!, sel);
      await waitForCurrent(page, id!, sel);
    }
    const langs = await page.evaluate(() =>
      ['#one', '#two'].map((s) =>
        document.querySelector(s)!.shadowRoot!.querySelector('.story')!.getAttribute('lang'),
      ),
    );
    expect(langs).toEqual(['zh-CN', 'en']);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('content security policy', () => {
  it('runs under a strict CSP with Trusted Types: no inline styles, no violations', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto(`${hostUrl}?embed=script&csp=strict`);
    expect(response!.headers()['content-security-policy']).toContain('trusted-types');
    await waitForSteps(page);
    const ids = await storyIds(page);
    for (const id of [ids[1], MAP_STEP, ids[20]]) {
      await scrollHostTo(page, id);
      await waitForCurrent(page, id);
    }
    await scrollHostTo(page, MAP_STEP);
    await page.waitForFunction(
      (js) =>
        !!document.querySelector(js)!.shadowRoot!.querySelector('.leaflet-container .leaflet-pane'),
      rootJs(),
      { timeout: 15000 },
    );
    const styled = await page.evaluate((js) => {
      const root = document.querySelector(js)!.shadowRoot!;
      return {
        sheets: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll('style, link').length,
        stage: getComputedStyle(root.querySelector('figure[data-stage]')!).position,
      };
    }, rootJs());
    expect(styled).toEqual({ sheets: 3, styleElements: 0, stage: 'relative' });
    // The chart's marks are drawn on the page: a worker is not started in a host's page, whose
    // policies (worker-src, Trusted Types for its address) the story cannot know.
    expect(
      await page.evaluate(
        (js) =>
          document
            .querySelector(js)!
            .shadowRoot!.querySelector('[data-chart] canvas')
            ?.getAttribute('data-drawn-in'),
        rootJs(),
      ),
    ).toBe('page');
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript, or with the script blocked', () => {
  it('shows the fallback link inside the element until the shadow root attaches', async () => {
    const link = 'maojian-story a[data-fallback]';
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const a = await noJs.newPage();
    await a.goto(`${hostUrl}?embed=script`);
    expect(await a.isVisible(link)).toBe(true);
    expect(await a.$eval(link, (l) => (l as HTMLAnchorElement).href)).toBe(storyUrl);
    await noJs.close();

    const blocked = await browser.newContext({ viewport: PHONE });
    const b = await blocked.newPage();
    await b.route('**/embed.js', (r) => r.abort());
    await b.goto(`${hostUrl}?embed=script`);
    await b.waitForTimeout(300);
    expect(await b.isVisible(link)).toBe(true);
    await blocked.close();

    const { page, close } = await open(browser, PHONE, `${hostUrl}?embed=script`);
    await waitForSteps(page);
    expect(await page.$(link)).not.toBeNull();
    expect(await page.isVisible(link)).toBe(false);
    await close();
  });
});

describe('failures stay inside the story', () => {
  it('a map chunk that fails shows “try again”, which loads it; the host window hears nothing', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
    await context.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const type of ['vite:preloadError', 'unhandledrejection', 'error'])
        window.addEventListener(type, () => heard.push(type), true);
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    let failures = 0;
    await page.route('**/assets/leaflet-map-*.js', (route) =>
      failures++ === 0 ? route.abort() : route.continue(),
    );
    await page.goto(`${hostUrl}?embed=script`);
    await waitForSteps(page);
    await scrollHostTo(page, MAP_STEP);
    await waitForCurrent(page, MAP_STEP);
    const retry = await page.waitForFunction(
      (js) =>
        Array.from(
          document.querySelector(js)!.shadowRoot!.querySelectorAll('.layer.map button'),
        ).find((b) => b.textContent === '重试'),
      rootJs(),
      { timeout: 15000 },
    );
    await retry.asElement()!.click();
    await page.waitForFunction(
      (js) =>
        !!document.querySelector(js)!.shadowRoot!.querySelector('.leaflet-container .leaflet-pane'),
      rootJs(),
      { timeout: 15000 },
    );
    expect(failures).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
