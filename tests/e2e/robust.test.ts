/**
 * Failures contained (issue 8): a failing chart or map says so in place while the text and
 * the other steps go on; the story survives the network dropping after load and a slow
 * network (text before scripts); it runs under a strict Content-Security-Policy and asks
 * nothing of another origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { goToStep, launch, open, PHONE } from './browser';

const url = inject('storyUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stageText = (page: Page) =>
  page.$eval('figure[data-stage]', (el) => (el as HTMLElement).innerText);

describe('failures are contained', () => {
  it('a map that cannot load says so; the text and the charts go on', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.route(/MapView-.*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await goToStep(page, 'study-tour');
    await page.waitForFunction(() =>
      /地图未能加载/.test((document.querySelector('.layer.map') as HTMLElement).innerText),
    );
    await goToStep(page, 'political-study');
    await page.waitForFunction(
      () => (document.querySelector('.layer.chart') as HTMLElement).innerText.length > 0,
    );
    expect(await stageText(page)).not.toMatch(/未能/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a chart that throws says so in place, and the next chart step draws again', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    // Canvas fails in this browser, on the page and in a worker: unit charts drawn on canvas
    // throw.
    await context.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => {
        throw new Error('canvas unavailable');
      };
      delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const ids = await page.$$eval('[data-step]', (els) =>
      els.map((e) => e.getAttribute('data-step') ?? ''),
    );
    let failedSeen = false;
    for (const id of ids) {
      await goToStep(page, id);
      const text = await stageText(page);
      if (/图表未能显示/.test(text)) failedSeen = true;
    }
    // Every step still has its text, and the page never crashed.
    expect(
      await page.$$eval('[data-step] p', (ps) => ps.every((p) => (p.textContent ?? '').length > 0)),
    ).toBe(true);
    expect(errors).toEqual([]);
    // Only meaningful if some chart needed canvas; then it must have said so.
    const usesCanvas = await page.evaluate(() => document.querySelectorAll('canvas').length > 0);
    if (usesCanvas) expect(failedSeen).toBe(true);
    await context.close();
  });

  it('keeps working when the network drops after loading', async () => {
    const { page, errors, close } = await open(browser, PHONE, url);
    await page.context().setOffline(true);
    const ids = await page.$$eval('[data-step]', (els) =>
      els.map((e) => e.getAttribute('data-step') ?? ''),
    );
    for (const id of ids.filter((_, i) => i % 3 === 0)) await goToStep(page, id);
    await goToStep(page, ids[ids.length - 1]);
    expect(
      errors.filter(
        (e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|dynamically imported/i.test(e),
      ),
    ).toEqual([]);
    await page.context().setOffline(false);
    await close();
  });

  it('shows the text before the scripts arrive on a slow network', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    let release: () => void = () => {};
    const gate = new Promise<void>((done) => (release = done));
    await context.route(/\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    const page = await context.newPage();
    // Module scripts hold back DOMContentLoaded, so wait only for the HTML to be parsed.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('[data-step]:last-of-type p');
    const before = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent ?? '',
      steps: document.querySelectorAll('[data-step] p').length,
    }));
    expect(before.title.length).toBeGreaterThan(4);
    expect(before.steps).toBeGreaterThan(30);
    release();
    await page.waitForFunction(() => document.querySelector('[aria-current="step"]') !== null);
    await context.close();
  });
});

describe('strict pages', () => {
  it('runs under the strict CSP, loading nothing from another origin', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const violations: string[] = [];
    const offOrigin: string[] = [];
    const origin = new URL(url).origin;
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offOrigin.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${url}?csp=strict`);
    expect(
      (await page.request.get(`${url}?csp=strict`)).headers()['content-security-policy'],
    ).toContain("default-src 'self'");
    for (const id of ['since-2020', 'paired-households', 'famous-villages', 'forest-cover']) {
      await goToStep(page, id);
    }
    await page.waitForSelector('.layer.map [data-place]', { state: 'attached', timeout: 10000 });
    expect(violations).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
