/**
 * Tap-to-paint at 4x CPU throttling: the time from a tap's input event to the next paint,
 * from the browser's Event Timing entries (PerformanceObserver 'event', durationThreshold 16:
 * an interaction with no entry took less than 16 ms). On the standalone page at 390x844: a
 * marker tap (its sheet opens), the sheet's close button, "view on the map", explore on and
 * explore off; in the script embed (dist/embed-docs/demo-script.html): its language switch,
 * tapped after scrolling back up to it from a step in the middle of the story.
 * Run by `npm run bench`, or alone after `npm run build`: `npx tsx scripts/bench/taps.ts`.
 * Writes bench/out/taps.json. A measurement, not a test: it never fails on slow numbers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launch } from '../browser/chromium';
import { tapParts, tapToPaint, type EventEntry, type TapParts } from './event-timing';
import { serveStatic } from './static-server';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const CPU_SLOWDOWN = 4;
export const THRESHOLD = 16;
/** The map step whose markers and sheet are tapped (东沟 is drawn there). */
const MAP_STEP = 'famous-villages';
const MARKER = '[data-place="donggou"]';

declare global {
  interface Window {
    __events: EventEntry[];
  }
}

export interface Tap {
  name: string;
  /** ms from the input event to the next paint; null: under the threshold. */
  ms: number | null;
  parts: TapParts | null;
}

async function newPage(context: BrowserContext): Promise<Page> {
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript((threshold: number) => {
    window.__events = [];
    new PerformanceObserver((list) => {
      // TypeScript's DOM types lack interactionId (and durationThreshold below).
      for (const e of list.getEntries() as (PerformanceEventTiming & {
        interactionId?: number;
      })[]) {
        window.__events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId ?? 0,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
        });
      }
    }).observe({
      type: 'event',
      durationThreshold: threshold,
      buffered: true,
    } as PerformanceObserverInit);
  }, THRESHOLD);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

/** Scrolls `root` (a document or the embed's shadow root) so that a step is current. */
async function scrollToStep(page: Page, id: string, inEmbed: boolean): Promise<void> {
  await page.evaluate(
    async ([stepId, embed]) => {
      const root: ParentNode = embed
        ? document.querySelector('maojian-story')!.shadowRoot!
        : document;
      const el = root.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
      for (let i = 0; i < 4; i++) {
        const y = Math.round(el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 8);
        scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
    },
    [id, inEmbed] as const,
  );
}

/** Taps, waits until `done` holds and the page has painted, and reads the interaction. */
async function measure(
  page: Page,
  name: string,
  selector: string,
  done: () => Promise<unknown>,
): Promise<Tap> {
  const since = await page.evaluate(() => performance.now());
  await page.tap(selector);
  await done();
  // Entries arrive after the paint that ends them.
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
  );
  await page.waitForTimeout(300);
  const entries = await page.evaluate(() => window.__events);
  return { name, ms: tapToPaint(entries, since), parts: tapParts(entries, since) };
}

const { server, origin } = await serveStatic({ '/': dist });
const browser = await launch();
const taps: Tap[] = [];
try {
  const phone = {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: false,
  };
  // The standalone page: the map's controls.
  const context = await browser.newContext(phone);
  const page = await newPage(context);
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForSelector('main.story[data-ready="true"]');
  await scrollToStep(page, MAP_STEP, false);
  await page.waitForSelector(`.place-icon:not(.is-off) ${MARKER}`, { timeout: 20000 });
  await page.waitForTimeout(4000); // the map's flight and its layers, drawn task by task
  const dialog = '[role="dialog"][data-sheet]';
  taps.push(
    await measure(page, 'marker tap (its sheet opens)', MARKER, () => page.waitForSelector(dialog)),
  );
  taps.push(
    await measure(page, 'sheet close', `${dialog} button.close`, () =>
      page.waitForSelector(dialog, { state: 'detached' }),
    ),
  );
  taps.push(
    await measure(page, '"view on the map"', `[data-step="${MAP_STEP}"] .to-map`, () =>
      page.waitForFunction(() => !!document.activeElement?.closest('[data-place]')),
    ),
  );
  taps.push(
    await measure(page, 'explore on', '[data-explore]', () =>
      page.waitForSelector('.map-view[data-exploring]'),
    ),
  );
  taps.push(
    await measure(page, 'explore off', '[data-explore]', () =>
      page.waitForFunction(() => !document.querySelector('.map-view[data-exploring]')),
    ),
  );
  await context.close();

  // The script embed: its language switch, on a step in the middle of the story.
  const embedContext = await browser.newContext(phone);
  const host = await newPage(embedContext);
  await host.goto(`${origin}/embed-docs/demo-script.html`, { waitUntil: 'load' });
  await host.waitForSelector('maojian-story [data-step]', { timeout: 20000 });
  await scrollToStep(host, 'village-teams', true);
  await host.waitForTimeout(1500);
  // The control sits at the top of the story: the reader scrolls back up to it (the stage
  // follows), and taps once the page has settled. A tap sent straight away would scroll the
  // page itself and land in the middle of that scroll's step changes, measuring them instead.
  await host.locator('maojian-story nav button').scrollIntoViewIfNeeded();
  await host.waitForTimeout(1500);
  const lang = () =>
    host.evaluate(
      () =>
        document
          .querySelector('maojian-story')!
          .shadowRoot!.querySelector<HTMLElement>('[data-mode]')?.lang ?? '',
    );
  for (const want of ['en', 'zh-CN']) {
    taps.push(
      await measure(host, `embed language switch (to ${want})`, 'maojian-story nav button', () =>
        host.waitForFunction(
          (w) =>
            document
              .querySelector('maojian-story')!
              .shadowRoot!.querySelector<HTMLElement>('[data-mode]')?.lang === w,
          want,
        ),
      ),
    );
    if ((await lang()) !== want) throw new Error(`the embed did not switch to ${want}`);
    await host.waitForTimeout(1000);
  }
  await embedContext.close();
} finally {
  await browser.close();
  server.close();
}

const fmt = (p: TapParts | null) =>
  p
    ? ` (input delay ${Math.round(p.inputDelay)}, handlers ${Math.round(p.processing)}, ` +
      `to paint ${Math.round(p.presentation)})`
    : '';
for (const t of taps)
  console.info(
    `${t.name}: ${t.ms === null ? `< ${THRESHOLD}` : Math.round(t.ms)} ms${fmt(t.parts)}`,
  );
mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(
  resolve(root, 'bench/out/taps.json'),
  JSON.stringify({ cpuSlowdown: CPU_SLOWDOWN, threshold: THRESHOLD, taps }, null, 2) + '\n',
);
