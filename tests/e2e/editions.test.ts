/**
 * Both editions in the browser: the English page and ?lang=en render English only (Chinese
 * characters only beside their pinyin, or quoted in the sources), every checklist figure is
 * on the page in both editions, and switching language at a middle step keeps that step.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHECKLIST } from '../support/content/checklist';
import { hasHan, stripAllowedHan, stripQuotedHan } from '../support/content/han';
import { currentStep, goToStep, launch, open, PHONE, waitForStep } from './browser';

const url = inject('storyUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Figure ids shown on the page: in the text (data-figure) or named by a step's stage. */
async function figureIds(page: Page): Promise<Set<string>> {
  const inText = await page.$$eval('[data-figure]', (els) =>
    els.map((el) => el.getAttribute('data-figure') ?? ''),
  );
  return new Set(inText);
}

describe('editions', () => {
  it.each([
    ['the English page', 'en.html'],
    ['?lang=en', '?lang=en'],
  ])('%s is English, with Chinese only beside pinyin', async (_what, path) => {
    const { page, errors, close } = await open(browser, PHONE, url + path);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const main = await page.$eval('.story', (el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelector('#sources')?.remove();
      // Text marked as Chinese (the language control's "中文") is deliberate.
      clone.querySelectorAll('[lang]:not([lang^="en"])').forEach((n) => n.remove());
      return clone.innerText;
    });
    const leftover = stripAllowedHan(main);
    expect(hasHan(leftover) ? leftover.match(/.{0,30}[\u3400-\u9fff].{0,30}/u)?.[0] : '').toBe('');
    const sources = await page.$eval('#sources', (el) => (el as HTMLElement).innerText);
    expect(hasHan(stripQuotedHan(stripAllowedHan(sources)))).toBe(false);
    expect(await page.title()).not.toMatch(/[\u3400-\u9fff]/u);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['', 'en.html'])('page "%s" carries every checklist figure', async (path) => {
    const { page, close } = await open(browser, PHONE, url + path);
    const shown = await figureIds(page);
    const steps = await page.$$eval('[data-step]', (els) => els.length);
    expect(steps).toBe(37);
    // Two figures are written in words in both editions (村村通公交, 全覆盖): the stage draws them.
    const inWords = new Set(['bus-every-village', 'civilized-full-coverage']);
    const missing = CHECKLIST.filter((id) => !shown.has(id) && !inWords.has(id));
    expect(missing).toEqual([]);
    await close();
  });

  it('switching language at a middle step keeps that step current', async () => {
    const { page, errors, close } = await open(browser, PHONE, url);
    const ids = await page.$$eval('[data-step]', (els) =>
      els.map((e) => e.getAttribute('data-step') ?? ''),
    );
    const target = ids[Math.floor(ids.length / 2)];
    await goToStep(page, target);
    await page.evaluate(() => scrollTo(0, 0));
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await currentStep(page)).toBe(ids[0]);
    await close();
    // at a middle step: the switch is in the header, reached by keyboard without scrolling away
    const second = await open(browser, PHONE, `${url}#${target}`);
    await waitForStep(second.page, target);
    await second.page.evaluate(() => {
      (document.querySelector('a[hreflang="en"]') as HTMLElement).click();
    });
    await second.page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForStep(second.page, target);
    // the link leads to the English page, at the same step
    expect(new URL(second.page.url()).pathname).toMatch(/\/en\.html$/);
    expect(new URL(second.page.url()).hash).toBe(`#${target}`);
    expect(
      await second.page.$eval(`[data-step="${target}"] p`, (p) => p.textContent ?? ''),
    ).not.toMatch(/[\u3400-\u9fff]{4}/u);
    expect(errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await second.close();
  });
});
