/**
 * Helpers of the browser tests. Launching Debian's Chromium and opening a page live in
 * scripts/browser/chromium.ts (the benchmark and the screenshots use them too); they are
 * re-exported here under the names the tests use.
 */
import type { Page } from 'playwright-core';

export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DESKTOP,
  launch,
  open,
  PHONE,
  VIEWPORTS,
  waitForReady,
  type Opened,
} from '../../scripts/browser/chromium';

/**
 * Scrolls so that a point of a step sits on the trigger line of the story's layout: `px`
 * below its top plus `progress` of the rest of its height. Steps out of view have estimated
 * sizes until they are laid out (content-visibility), so it re-aims until the point holds.
 */
export async function scrollStepTo(
  page: Page,
  id: string,
  { progress = 0, px = 8 }: { progress?: number; px?: number } = {},
): Promise<void> {
  await page.evaluate(
    async ([stepId, p, off]) => {
      const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
      const holder = document.querySelector<HTMLElement>('[data-trigger]');
      const trigger = innerHeight * Number(holder?.dataset.trigger ?? 0.5);
      // (no named helpers in here: tsx would wrap them in a function the page lacks)
      for (let i = 0; i < 6; i++) {
        const box = el.getBoundingClientRect();
        const y = Math.round(box.top + scrollY - trigger + off + (box.height - 2 * off) * p);
        if (i > 0 && Math.abs(y - scrollY) < 1) return;
        scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
    },
    [id, progress, px] as const,
  );
}

/** Scrolls so that a step's top is just above the trigger line of the story's layout. */
export function scrollToStep(page: Page, id: string): Promise<void> {
  return scrollStepTo(page, id);
}

/** Scrolls to a step and waits until it is current and the stage shows it. */
export async function goToStep(page: Page, id: string): Promise<void> {
  await scrollToStep(page, id);
  await waitForStep(page, id);
}

/** The id of the step marked aria-current="step". */
export function currentStep(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null,
  );
}

export function stageState(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('figure[data-stage]')?.getAttribute('data-state') ?? null,
  );
}

/** Waits until the current step (and the stage) settle on the given step id. */
export async function waitForStep(page: Page, id: string): Promise<void> {
  try {
    await page.waitForFunction(
      (want) => {
        const cur = document.querySelector('[aria-current="step"]')?.getAttribute('data-step');
        const state =
          document.querySelector('figure[data-stage]')?.getAttribute('data-state') ?? '';
        return cur === want && state.endsWith(':' + want);
      },
      id,
      { timeout: 5000 },
    );
  } catch {
    const seen = await page.evaluate(() => ({
      scrollY: Math.round(window.scrollY),
      height: document.documentElement.scrollHeight,
      current: document.querySelector('[aria-current="step"]')?.getAttribute('data-step'),
      state: document.querySelector('figure[data-stage]')?.getAttribute('data-state'),
    }));
    throw new Error(`step "${id}" did not become current: ${JSON.stringify(seen)}`);
  }
}

/** Waits until the page has stopped scrolling (keyboard scrolls are animated). */
export async function waitForScrollStop(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          if (window.scrollY === last) still++;
          else still = 0;
          last = window.scrollY;
          if (still >= 5) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Where a chart's text sits: text outside the stage or spilling out of the chart's box, and text over text. */
export interface ChartTextLayout {
  labels: string;
  outside: string[];
  overlaps: string[];
}

/** Reads the current chart's text boxes (each text's own extent, not its block's). */
export function chartTextLayout(page: Page): Promise<ChartTextLayout> {
  return page.evaluate(() => {
    const chart = document.querySelector('[data-chart]') as HTMLElement;
    const s = document.querySelector('figure[data-stage]')!.getBoundingClientRect();
    const c = chart.getBoundingClientRect();
    const texts = Array.from(
      chart.querySelectorAll<HTMLElement>('[data-label], .title, .legend li, .source'),
    );
    const names = texts.map((el) => `${el.dataset.label ?? el.className}: ${el.textContent}`);
    const rects = texts.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    });
    const outside: string[] = [];
    const overlaps: string[] = [];
    rects.forEach((r, i) => {
      if (r.width === 0) return;
      const out =
        r.left < s.left - 1 ||
        r.right > s.right + 1 ||
        r.top < s.top - 1 ||
        r.bottom > s.bottom + 1;
      const spills = r.top < c.top - 2 || r.bottom > c.bottom + 2;
      if (out || spills) outside.push(names[i]!);
      for (let j = i + 1; j < rects.length; j++) {
        const b = rects[j]!;
        const x = Math.min(r.right, b.right) - Math.max(r.left, b.left);
        const y = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
        if (x > 2 && y > 2 && b.width > 0) overlaps.push(`${names[i]} × ${names[j]}`);
      }
    });
    return { labels: chart.querySelector('.labels')?.textContent ?? '', outside, overlaps };
  });
}
