/**
 * Accessibility in the browser: axe-core finds no violations at the start, at a chart step,
 * at a map step and with a place sheet open, in each edition; the story reads with the
 * keyboard alone, map places are reached and opened with it, and focus is always visible.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { goToStep, launch, open, PHONE, DESKTOP, waitForStep } from './browser';

const url = inject('storyUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe.each([
  ['zh-CN', ''],
  ['en', 'en.html'],
])('axe-core, %s edition', (_lang, path) => {
  it.each([
    ['at the start', null],
    ['at a chart step', 'paired-households'],
    ['at a map step', 'famous-villages'],
  ])('finds no violations %s', async (_where, step) => {
    const { page, close } = await open(browser, PHONE, url + path);
    if (step) await goToStep(page, step);
    await page.waitForTimeout(700); // transitions and the map's flight
    expect(await axe(page)).toEqual([]);
    await close();
  });

  it('finds no violations with a place sheet open', async () => {
    const { page, close } = await open(browser, DESKTOP, url + path);
    await goToStep(page, 'famous-villages');
    await page.waitForTimeout(700);
    const marker = page.locator('[data-place]').first();
    await marker.waitFor({ state: 'visible', timeout: 10000 });
    await marker.click();
    await page.locator('[role="dialog"]').first().waitFor({ state: 'visible' });
    expect(await axe(page)).toEqual([]);
    await close();
  });
});

describe('keyboard', () => {
  it('reads the whole story with the keyboard alone, focus always visible', async () => {
    const { page, close } = await open(browser, DESKTOP, url);
    // Every focusable element shows a visible focus indicator.
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        const visible =
          (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
          cs.boxShadow !== 'none';
        const r = el.getBoundingClientRect();
        return {
          key: el.outerHTML.slice(0, 80),
          visible,
          onScreen: r.bottom > 0 && r.top < innerHeight && r.width > 0,
          // Not in a layer the stage has hidden (see Stage.svelte).
          shown: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        };
      });
      if (!info) continue;
      seen.add(info.key);
      expect(info.visible, `focus ring on ${info.key}`).toBe(true);
      expect(info.onScreen, `focused element on screen: ${info.key}`).toBe(true);
      expect(info.shown, `focused element not hidden: ${info.key}`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(1);
    // Page Down through the story reaches the last step.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const ids = await page.$$eval('[data-step]', (els) =>
      els.map((e) => e.getAttribute('data-step') ?? ''),
    );
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('PageDown');
      if (
        await page.evaluate(
          () => innerHeight + scrollY >= document.documentElement.scrollHeight - 2,
        )
      )
        break;
    }
    await waitForStep(page, ids[ids.length - 1]);
    await close();
  });

  it('reaches a map place with the keyboard and opens it; Escape returns focus', async () => {
    const { page, close } = await open(browser, DESKTOP, url);
    // Tab through the page until the map step's "places on the map" button has focus.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.closest('[data-step="famous-villages"] .to-map') !== null,
      );
    }
    expect(reached).toBe(true);
    await waitForStep(page, 'famous-villages');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-place') === true);
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
    expect(id).toBe('donggou');
    await page.keyboard.press('Enter');
    const dialog = page.locator('[role="dialog"]').first();
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('东沟');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(id);
    await close();
  });
});
