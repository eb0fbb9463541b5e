/**
 * Leaks of the script embed on a host page: the listeners on the host's window and document
 * (counted by a wrapper around addEventListener/removeEventListener installed before any
 * script) and the JS heap (after a forced garbage collection), after 20 edition switches and
 * after 20 remove/re-add cycles of the element, each with the Leaflet map mounted and removed.
 * scrollama's setup() adds a document scroll listener it never removes; Leaflet's map.remove()
 * must leave nothing behind either.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch } from './browser';
import { scrollHostTo, waitForCurrent, waitForSteps } from './embed-helpers';

const hostUrl = inject('hostUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MAP_STEP = 'study-tour';

/** Counts the listeners on window and document that are added and not removed. */
function countListeners() {
  type Rec = { target: EventTarget; type: string; listener: unknown; capture: boolean };
  const live: Rec[] = [];
  const watched = (t: EventTarget) => t === window || t === document;
  const capture = (o: unknown) =>
    typeof o === 'boolean' ? o : !!(o && (o as { capture?: boolean }).capture);
  const find = (r: Omit<Rec, 'listener'> & { listener: unknown }) =>
    live.findIndex(
      (x) =>
        x.target === r.target &&
        x.type === r.type &&
        x.listener === r.listener &&
        x.capture === r.capture,
    );
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (listener && watched(this)) {
      const rec = { target: this, type, listener, capture: capture(options) };
      const once = typeof options === 'object' && options?.once;
      if (find(rec) < 0 && !once) live.push(rec);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (listener && watched(this)) {
      const i = find({ target: this, type, listener, capture: capture(options) });
      if (i >= 0) live.splice(i, 1);
    }
    return remove.call(this, type, listener, options);
  };
  (window as unknown as { listenerCount: () => string[] }).listenerCount = () =>
    live.map((r) => `${r.target === window ? 'window' : 'document'}:${r.type}`).sort();
}

async function listeners(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { listenerCount: () => string[] }).listenerCount(),
  );
}

async function heapMB(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 1048576) * 10) / 10;
}

const storyLang = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('maojian-story')
        ?.shadowRoot?.querySelector('.story')
        ?.getAttribute('lang') ?? null,
  );

async function showMap(page: Page): Promise<void> {
  await scrollHostTo(page, MAP_STEP);
  await waitForCurrent(page, MAP_STEP);
  await page.waitForFunction(
    () =>
      !!document
        .querySelector('maojian-story')
        ?.shadowRoot?.querySelector(
          '.leaflet-container [data-places="ready"], .leaflet-container[data-places="ready"]',
        ),
    undefined,
    { timeout: 15000 },
  );
}

describe('leaks', () => {
  it('leaves no listener behind and a flat heap after 20 edition switches and 20 remove/re-add cycles', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(countListeners);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${hostUrl}?embed=script`);
    await waitForSteps(page);
    await showMap(page);
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(300);
    const base = await listeners(page);
    const heap0 = await heapMB(cdp);

    // 20 switches with the story's own language control.
    for (let i = 0; i < 20; i++) {
      const before = await storyLang(page);
      await page.evaluate(() =>
        (
          document
            .querySelector('maojian-story')!
            .shadowRoot!.querySelector('nav button[lang]') as HTMLButtonElement
        ).click(),
      );
      await page.waitForFunction(
        (was) =>
          document
            .querySelector('maojian-story')
            ?.shadowRoot?.querySelector('.story')
            ?.getAttribute('lang') !== was,
        before,
      );
    }
    await page.waitForTimeout(300);
    const afterSwitches = await listeners(page);
    const heap1 = await heapMB(cdp);

    // 20 remove/re-add cycles, each with the map mounted before the element leaves.
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => {
        const el = document.querySelector('maojian-story')!;
        el.remove();
        document.querySelector('.after')!.before(el);
      });
      await waitForSteps(page);
      if (i % 4 === 0) await showMap(page);
    }
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(300);
    const afterCycles = await listeners(page);
    const heap2 = await heapMB(cdp);

    // And gone: every listener the story added goes with it.
    await page.evaluate(() => document.querySelector('maojian-story')!.remove());
    await page.waitForTimeout(300);
    const removed = await listeners(page);
    const heap3 = await heapMB(cdp);

    console.info(
      `listeners on window+document: ${base.length} at first, ${afterSwitches.length} after 20 ` +
        `switches, ${afterCycles.length} after 20 cycles, ${removed.length} with the element ` +
        `removed; heap ${heap0} → ${heap1} → ${heap2} → ${heap3} MB; left: ${removed.join(' ')}`,
    );
    expect(afterSwitches).toEqual(base);
    expect(afterCycles).toEqual(base);
    // Without the story, only the host's own listeners and the embed module's are left.
    expect(removed.length).toBeLessThan(base.length);
    expect(removed.filter((l) => l === 'document:scroll')).toEqual([]);
    expect(heap1 - heap0).toBeLessThan(4);
    expect(heap2 - heap0).toBeLessThan(4);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
