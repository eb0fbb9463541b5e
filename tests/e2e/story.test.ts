/**
 * The story end to end in Debian's Chromium, at phone and desktop sizes: every step becomes
 * current in order and changes the stage; hash links, End-key jumps, reloads mid-page and
 * resizes all land on the step in view; no console errors; no horizontal scrolling.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  currentStep,
  launch,
  open,
  scrollToStep,
  stageState,
  VIEWPORTS,
  waitForScrollStop,
  waitForStep,
} from './browser';

const url = inject('storyUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function stepIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-step]', (els) => els.map((el) => el.getAttribute('data-step') ?? ''));
}

describe.each(VIEWPORTS)('story at %s size', (_name, viewport) => {
  it('makes every step current in order, each changing the stage', async () => {
    const { page, errors, close } = await open(browser, viewport, url);
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(ids.length).toBeLessThanOrEqual(40);
    const states: string[] = [];
    for (const id of ids) {
      await scrollToStep(page, id);
      await waitForStep(page, id);
      states.push((await stageState(page)) ?? '');
      const current = await page.$$eval('[aria-current="step"]', (els) => els.length);
      expect(current).toBe(1);
      // The URL follows the step the reader stays on (after a short wait).
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    }
    for (let i = 1; i < states.length; i++) expect(states[i]).not.toBe(states[i - 1]);
    expect(new Set(states).size).toBe(ids.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens at the step a hash link names', async () => {
    const probe = await open(browser, viewport, url);
    const ids = await stepIds(probe.page);
    await probe.close();
    const target = ids[Math.floor(ids.length / 2)];
    const { page, errors, close } = await open(browser, viewport, `${url}#${target}`);
    await waitForStep(page, target);
    expect(await page.evaluate(() => location.hash)).toBe(`#${target}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the last step after a jump to the end (End key), and the first after Home', async () => {
    const { page, close } = await open(browser, viewport, url);
    const ids = await stepIds(page);
    await page.keyboard.press('End');
    await waitForStep(page, ids[ids.length - 1]);
    await waitForScrollStop(page);
    await page.keyboard.press('Home');
    await waitForStep(page, ids[0]);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    await close();
  });

  it('survives fast flings: the stage settles on the step in view', async () => {
    const { page, close } = await open(browser, viewport, url);
    const ids = await stepIds(page);
    for (const frac of [0.9, 0.1, 0.75, 0.33]) {
      await page.evaluate((f) => {
        window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f);
      }, frac);
    }
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(400);
    const expected = await page.evaluate(() => {
      const holder = document.querySelector<HTMLElement>('[data-trigger]');
      const trigger = window.innerHeight * Number(holder?.dataset.trigger ?? 0.5);
      const steps = Array.from(document.querySelectorAll('[data-step]'));
      let id = steps[0].getAttribute('data-step');
      for (const el of steps) {
        if (el.getBoundingClientRect().top <= trigger) id = el.getAttribute('data-step');
      }
      return id ?? '';
    });
    expect(ids).toContain(expected);
    await waitForStep(page, expected);
    await close();
  });

  it('keeps the step in view after a reload in the middle of the page', async () => {
    const { page, close } = await open(browser, viewport, url);
    const ids = await stepIds(page);
    const target = ids[Math.floor(ids.length / 3)];
    await scrollToStep(page, target);
    await waitForStep(page, target);
    await page.reload({ waitUntil: 'load' });
    await waitForStep(page, target);
    await close();
  });

  it('re-reads the step in view after a resize or an orientation change', async () => {
    const { page, close } = await open(browser, viewport, url);
    const ids = await stepIds(page);
    const target = ids[Math.floor(ids.length / 2)];
    await scrollToStep(page, target);
    await waitForStep(page, target);
    await page.setViewportSize({ width: viewport.height, height: viewport.width });
    await page.waitForTimeout(500);
    const cur = await currentStep(page);
    const ok = await page.evaluate((id) => {
      const holder = document.querySelector<HTMLElement>('[data-trigger]');
      const trigger = window.innerHeight * Number(holder?.dataset.trigger ?? 0.5);
      const steps = Array.from(document.querySelectorAll('[data-step]'));
      const el = document.querySelector(`[data-step="${id}"]`);
      if (!el) return false;
      const i = steps.indexOf(el);
      const next = steps[i + 1];
      const top = el.getBoundingClientRect().top;
      return top <= trigger && (!next || next.getBoundingClientRect().top > trigger);
    }, cur);
    expect(ok).toBe(true);
    expect(await stageState(page)).toMatch(new RegExp(`:${cur}$`));
    await close();
  });
});

describe('page furniture', () => {
  it('never scrolls sideways from 320 to 1920 px wide', async () => {
    for (const width of [320, 360, 390, 768, 769, 1024, 1280, 1920]) {
      const { page, close } = await open(browser, { width, height: 800 }, url);
      for (const frac of [0, 0.5, 1]) {
        await page.evaluate(
          (f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f),
          frac,
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `width ${width}, at ${frac}`).toBeLessThanOrEqual(0);
      }
      await close();
    }
  });

  it('has the whole text prerendered: readable with JavaScript off', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(url);
    const steps = await page.$$eval('[data-step]', (els) => els.length);
    expect(steps).toBeGreaterThanOrEqual(25);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/\{[a-z0-9-]+\}/); // every figure token was rendered
    expect(await page.$$eval('h1', (els) => els.length)).toBe(1);
    expect(await page.$eval('#sources', (el) => el.textContent ?? '')).toContain('王雁博');
    await context.close();
  });

  it('carries share metadata and a share image', async () => {
    const { page, close } = await open(browser, { width: 390, height: 844 }, url);
    const meta = await page.evaluate(() => {
      const get = (sel: string) => document.head.querySelector(sel)?.getAttribute('content') ?? '';
      return {
        description: get('meta[name="description"]'),
        ogTitle: get('meta[property="og:title"]'),
        ogImage: get('meta[property="og:image"]'),
        twitter: get('meta[name="twitter:card"]'),
      };
    });
    expect(meta.description.length).toBeGreaterThan(10);
    expect(meta.ogTitle.length).toBeGreaterThan(4);
    expect(meta.twitter).toBe('summary_large_image');
    const image = await page.request.get(new URL(meta.ogImage, url).href);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toContain('image/png');
    await close();
  });

  it('shows reading progress that grows as the reader scrolls', async () => {
    const { page, close } = await open(browser, { width: 390, height: 844 }, url);
    const at = () =>
      page.$eval('[role="progressbar"]', (el) => Number(el.getAttribute('aria-valuenow')));
    expect(await at()).toBe(0);
    await page.keyboard.press('End');
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) ===
        100,
    );
    await close();
  });
});
