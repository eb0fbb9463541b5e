/**
 * Leaks, in the script embed (dist/embed-docs/demo-script.html, 390x844): three full
 * scroll-throughs, 20 language switches and 20 remove/re-add cycles of <maojian-story>. The JS
 * heap after a forced GC (CDP HeapProfiler.collectGarbage) at the end, over the heap after the
 * first scroll-through, and the event listeners on window and document (CDP
 * DOMDebugger.getEventListeners) at the end against the count at the start (a fresh story at
 * the top of the page both times). Run by `npm run bench`, or alone after `npm run build`:
 * `npx tsx scripts/bench/leaks.ts`. Writes bench/out/leaks.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launch } from '../browser/chromium';
import { round } from './stats';
import { serveStatic } from './static-server';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const SWITCHES = Number(process.env.LEAK_N ?? 20);
const CYCLES = Number(process.env.LEAK_N ?? 20);

/** Listeners on window and document, by target and type ("window resize": 2). */
async function listeners(cdp: CDPSession): Promise<Record<string, number>> {
  const n: Record<string, number> = {};
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) throw new Error(`no ${expression}`);
    const found = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const l of found.listeners) {
      const key = `${expression} ${l.type}`;
      n[key] = (n[key] ?? 0) + 1;
    }
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return n;
}

/** JS heap in use after a forced full garbage collection (MB). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Waits until the embed shows its steps (after a mount or a language switch). */
function steps(page: Page, lang?: string): Promise<unknown> {
  return page.waitForFunction(
    (want) => {
      const r = document.querySelector('maojian-story')?.shadowRoot;
      const main = r?.querySelector<HTMLElement>('[data-mode]');
      return (
        !!main && (!want || main.lang === want) && r!.querySelectorAll('[data-step]').length > 0
      );
    },
    lang,
    { timeout: 20000 },
  );
}

/** Scrolls the host page through every step of the embed, a few frames on each. */
function scrollThrough(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const r = document.querySelector('maojian-story')!.shadowRoot!;
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    for (const el of Array.from(r.querySelectorAll<HTMLElement>('[data-step]'))) {
      const y = Math.round(el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 8);
      scrollTo(0, y);
      for (let i = 0; i < 4; i++) await frame();
      await new Promise((done) => setTimeout(done, 120));
    }
  });
}

const { server, origin } = await serveStatic({ '/': dist });
const browser = await launch();
const context = await browser.newContext({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: false,
});
// tsx (esbuild) names functions with a __name helper that the page does not have.
await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
const cdp = await context.newCDPSession(page);
await page.goto(`${origin}/embed-docs/demo-script.html`, { waitUntil: 'load' });
await steps(page);
await page.waitForTimeout(1500);
const listenersStart = await listeners(cdp);

await scrollThrough(page);
await page.waitForTimeout(1500);
const heapFirst = await heapAfterGc(cdp);
await scrollThrough(page);
await scrollThrough(page);

const button = 'maojian-story nav button';
await page.evaluate(() => {
  const el = document.querySelector('maojian-story')!;
  scrollTo(0, el.getBoundingClientRect().top + scrollY + innerHeight);
});
for (let i = 0; i < SWITCHES; i++) {
  const want = i % 2 === 0 ? 'en' : 'zh-CN';
  await page.click(button);
  await steps(page, want);
  await page.waitForTimeout(200);
}

await page.evaluate(() => scrollTo(0, 0));
for (let i = 0; i < CYCLES; i++) {
  await page.evaluate(() => {
    const el = document.querySelector('maojian-story')!;
    const next = el.nextElementSibling;
    el.remove();
    return new Promise<void>((done) =>
      requestAnimationFrame(() => {
        next?.before(el);
        done();
      }),
    );
  });
  await steps(page);
  await page.waitForTimeout(200);
}
await page.waitForTimeout(1500);
const heapEnd = await heapAfterGc(cdp);
const listenersEnd = await listeners(cdp);
const lang = await page.evaluate(
  () =>
    document.querySelector('maojian-story')!.shadowRoot!.querySelector<HTMLElement>('[data-mode]')
      ?.lang,
);
await browser.close();
server.close();

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const result = {
  scrollThroughs: 3,
  languageSwitches: SWITCHES,
  removeAddCycles: CYCLES,
  heapFirstMB: round(heapFirst, 2),
  heapEndMB: round(heapEnd, 2),
  heapRatio: round(heapEnd / heapFirst, 3),
  listenersStart: total(listenersStart),
  listenersEnd: total(listenersEnd),
  /** Types whose count grew: type → [start, end]. */
  listenersGrown: Object.fromEntries(
    Object.keys(listenersEnd)
      .filter((k) => (listenersEnd[k] ?? 0) > (listenersStart[k] ?? 0))
      .map((k) => [k, [listenersStart[k] ?? 0, listenersEnd[k]]]),
  ),
  langAtEnd: lang,
  pageErrors: errors,
};
console.info(JSON.stringify(result, null, 2));
mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(resolve(root, 'bench/out/leaks.json'), JSON.stringify(result, null, 2) + '\n');
