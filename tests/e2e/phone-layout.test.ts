/**
 * The phone layout around the stage: the stage band over the cards; landscape phones side by
 * side; with JavaScript off or the page script failed, no stage and no map buttons; and the
 * stage's share button (Web Share API, else the clipboard), in both editions.
 * (How much of each graphic the cards hide is measured in phone-cover.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { goToStep, launch, open, waitForStep } from './browser';

const url = inject('storyUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the stage and the map buttons can be seen. */
function shown(page: Page) {
  return page.evaluate(() => {
    const wrap = document.querySelector('figure[data-stage]')?.parentElement;
    const buttons = Array.from(document.querySelectorAll<HTMLElement>('[data-step] button'));
    return {
      stage: !!wrap && getComputedStyle(wrap).visibility !== 'hidden',
      buttons: buttons.filter((b) => b.checkVisibility({ visibilityProperty: true })).length,
      allButtons: buttons.length,
    };
  });
}

describe('before the page script runs', () => {
  it('with JavaScript off, shows the text with no stage and no map buttons', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(url);
    const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    // Scrolled to a later step, the first step's graphic is nowhere to be seen.
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), steps[10]!);
    const s = await shown(page);
    expect(s.stage).toBe(false);
    expect(s.allButtons).toBeGreaterThanOrEqual(3);
    expect(s.buttons).toBe(0);
    await context.close();
  });

  it('with the page script blocked, the same; once it runs, both show', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.route(/\/page-[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const blocked = await shown(page);
    expect(blocked.stage).toBe(false);
    expect(blocked.buttons).toBe(0);
    await context.close();

    const { page: live, close } = await open(browser, { width: 390, height: 844 }, url);
    const s = await shown(live);
    expect(s.stage).toBe(true);
    expect(s.buttons).toBe(s.allButtons);
    await close();
  });
});

describe('phone layout', () => {
  it('paints the stage band above the cards, in the top half, with the trigger below it', async () => {
    const { page, close } = await open(browser, { width: 360, height: 740 }, url);
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    await goToStep(page, ids[5]!);
    const seen = await page.evaluate(() => {
      const wrap = document.querySelector('figure[data-stage]')!.parentElement!;
      const steps = document.querySelector('[data-step]')!.parentElement!;
      const r = wrap.getBoundingClientRect();
      // Right under the band's middle: the stage, not a card, is on top.
      const hit = document.elementFromPoint(180, r.bottom - 10);
      return {
        top: r.top,
        bottom: r.bottom,
        trigger: Number(steps.dataset.trigger),
        onTop: !!hit && wrap.contains(hit),
      };
    });
    expect(seen.top).toBe(0);
    expect(seen.bottom).toBeGreaterThanOrEqual(740 * 0.4 - 1);
    expect(seen.bottom).toBeLessThanOrEqual(740 * 0.5 + 1);
    expect(seen.trigger * 740).toBeGreaterThan(seen.bottom);
    expect(seen.onTop).toBe(true);
    await close();
  });

  it('starts the graphic under the progress bar, the band as the layout says (usual and short phones)', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 360, height: 600 },
    ]) {
      const { page, close } = await open(browser, viewport, url);
      const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
      await goToStep(page, ids[3]!);
      const seen = await page.evaluate(() => {
        const wrap = document.querySelector('figure[data-stage]')!.parentElement!;
        const steps = document.querySelector<HTMLElement>('[data-step]')!.parentElement!;
        const bar = document.querySelector('[data-part="progress"]')!.getBoundingClientRect();
        return {
          graphicTop:
            wrap.getBoundingClientRect().top + parseFloat(getComputedStyle(wrap).paddingTop),
          barBottom: bar.bottom,
          band: wrap.getBoundingClientRect().height / innerHeight,
          bandShare: Number(steps.dataset.band),
          written: ['--band-share', '--trigger-share', '--graphic-top'].filter(
            (name) => steps.parentElement!.style.getPropertyValue(name) !== '',
          ),
        };
      });
      const at = `${viewport.width}x${viewport.height}`;
      expect(seen.graphicTop, at).toBeCloseTo(seen.barBottom, 0);
      expect(seen.band, at).toBeCloseTo(seen.bandShare, 2);
      // The usual phone's layout is the CSS fallback's: the script writes nothing on the story.
      if (viewport.height === 844) expect(seen.written, at).toEqual([]);
      else expect(seen.bandShare, at).toBeLessThan(0.5);
      await close();
    }
  });

  it('lays a landscape phone out side by side, the graphic at least 40 % of the width', async () => {
    const { page, errors, close } = await open(browser, { width: 844, height: 390 }, url);
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    for (const id of [ids[1]!, ids[7]!]) {
      await goToStep(page, id);
      const box = await page.evaluate(() => {
        const stage = document.querySelector('figure[data-stage]')!.getBoundingClientRect();
        const card = document.querySelector('[aria-current="step"] > *')!.getBoundingClientRect();
        return { stage: stage.toJSON(), card: card.toJSON() };
      });
      expect(box.stage.width).toBeGreaterThanOrEqual(844 * 0.4);
      expect(box.stage.height).toBeGreaterThanOrEqual(300);
      // Side by side: the card never overlaps the stage.
      expect(box.card.right).toBeLessThanOrEqual(box.stage.left);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe.each([
  ['zh-CN', '', '分享这一段的链接', '链接已复制'],
  ['en', 'en.html', 'Share a link to this part of the story', 'Link copied'],
])('share (%s)', (_lang, path, name, copied) => {
  it('hands the current step’s link to the Web Share API', async () => {
    const { page, close } = await open(browser, { width: 390, height: 844 }, url + path);
    await page.evaluate(() => {
      (window as unknown as { shared: ShareData[] }).shared = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared.push(data);
        },
      });
    });
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    await goToStep(page, ids[6]!);
    await page.getByRole('button', { name }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(new URL(shared[0]!.url!).hash).toBe(`#${ids[6]}`);
    expect(shared[0]!.title).toBeTruthy();
    await close();
  });

  it('copies the link where there is no Web Share API, says so, and is reached by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void w.copied.push(text) },
      });
    });
    const page = await context.newPage();
    await page.goto(url + path, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (document.querySelector('main.story') as HTMLElement).dataset.ready === 'true',
    );
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    await goToStep(page, ids[3]!);
    const button = page.getByRole('button', { name });
    await button.focus();
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { copied: string[] }).copied))
      .toHaveLength(1);
    const link = await page.evaluate(() => (window as unknown as { copied: string[] }).copied[0]!);
    expect(new URL(link).hash).toBe(`#${ids[3]}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: copied }).count()).toBe(1);
    // The confirmation belongs to that step: the next one does not say it.
    await goToStep(page, ids[4]!);
    await waitForStep(page, ids[4]!);
    await expect.poll(() => page.getByRole('status').filter({ hasText: copied }).count()).toBe(0);
    // Not printed.
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    await context.close();
  });
});
