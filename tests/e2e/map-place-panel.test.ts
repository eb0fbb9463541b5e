/**
 * The place panel (places a step names that have no public coordinate) on a phone's map band:
 * on the famous-villages step at 360x740 it starts folded to one line, a disclosure button, so
 * it covers none of the places drawn on the map; the keyboard opens it, reaches its places and
 * their sheets, and closes it again; open, the map fits its view below it, so the highlighted
 * place stays clear. In the wide layout it is open, with its title, as before. Both editions.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, scrollToStep, waitForScrollStop, waitForStep } from './browser';
import { waitForMapSettled } from './map-helpers';

const url = inject('storyUrl');
const STEP = 'famous-villages';
const VIEW = 'tourism';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the map shows the view with its layers and markers up, and holds still. */
async function waitForMapStill(page: Page): Promise<void> {
  await waitForMapSettled(page, VIEW);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = '';
        let still = 0;
        const tick = () => {
          const boxes = [
            document.querySelector('.map-panel'),
            ...document.querySelectorAll('.place-icon:not(.is-off)'),
          ];
          const now = boxes
            .map((el) => {
              const r = el?.getBoundingClientRect();
              return r ? `${r.x},${r.y},${r.height}` : '';
            })
            .join(' ');
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 8) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** The drawn markers whose dot or label the place panel covers (by more than 2 px each way). */
function coveredMarkers(page: Page, which: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const panel = document.querySelector('.map-panel')!.getBoundingClientRect();
    const covers = (r: DOMRect) => {
      const x = Math.min(r.right, panel.right) - Math.max(r.left, panel.left);
      const y = Math.min(r.bottom, panel.bottom) - Math.max(r.top, panel.top);
      return r.width > 0 && x > 2 && y > 2;
    };
    return Array.from(document.querySelectorAll<HTMLElement>(selector)).flatMap((button) => {
      const parts = button.querySelectorAll(':scope .pm-dot, :scope .pm-label');
      const hit = Array.from(parts).some((part) => covers(part.getBoundingClientRect()));
      return hit ? [button.dataset.place ?? '?'] : [];
    });
  }, which);
}

const DRAWN = '.place-icon:not(.is-off) [data-place]';
const HIGHLIGHTED = '.place-icon.is-highlight:not(.is-off) [data-place]';

describe.each([
  ['zh-CN', ''],
  ['en', 'en.html'],
] as const)('the place panel, %s edition', (_lang, path) => {
  it('at 360x740 is one folded line that covers no drawn place; the keyboard opens and closes it', async () => {
    const { page, errors, close } = await open(browser, { width: 360, height: 740 }, url + path);
    await scrollToStep(page, STEP);
    await waitForStep(page, STEP);
    await waitForScrollStop(page);
    await waitForMapStill(page);

    const toggle = page.locator('[data-listed-toggle]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // One line: the summary's text sits on a single line, and names how many places it lists.
    const summary = await toggle.evaluate((b) => {
      const range = document.createRange();
      range.selectNodeContents(b.querySelector('.map-panel-summary')!.firstChild!);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { lines: tops.size, text: b.textContent ?? '' };
    });
    expect(summary.lines).toBe(1);
    expect(summary.text).toContain('2');
    // Its places are in the page (and named in it) but not shown until it opens.
    expect(await page.locator('[data-listed]').count()).toBe(2);
    expect(await page.locator('[data-listed="yingzi"]').isVisible()).toBe(false);
    expect(await page.locator(HIGHLIGHTED).count()).toBeGreaterThan(0);
    expect(await coveredMarkers(page, DRAWN)).toEqual([]);

    // Keyboard: the button opens the list, Tab reaches its first place, Enter opens its sheet,
    // Escape closes the sheet and gives the focus back.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-listed="yingzi"]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.listed ?? null);
    expect(await focused()).toBe('yingzi');
    await page.keyboard.press('Enter');
    const sheet = page.locator('[role="dialog"][data-sheet="yingzi"]');
    await sheet.waitFor({ timeout: 3000 });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached', timeout: 3000 });
    expect(await focused()).toBe('yingzi');

    // Open, the map fits its view below the panel: the highlighted place stays clear of it.
    await waitForMapStill(page);
    expect(await coveredMarkers(page, HIGHLIGHTED)).toEqual([]);

    // Space on the button folds it again.
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-listed="yingzi"]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('at 1280x800 is open, under its title, with no disclosure', async () => {
    const { page, errors, close } = await open(browser, { width: 1280, height: 800 }, url + path);
    await scrollToStep(page, STEP);
    await waitForStep(page, STEP);
    await waitForScrollStop(page);
    await waitForMapStill(page);
    expect(await page.locator('[data-listed-toggle]').count()).toBe(0);
    expect(await page.locator('.map-panel-title').isVisible()).toBe(true);
    expect(await page.locator('[data-listed="yingzi"]').isVisible()).toBe(true);
    expect(await coveredMarkers(page, HIGHLIGHTED)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
