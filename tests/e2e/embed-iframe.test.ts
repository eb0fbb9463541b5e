/**
 * The iframe embed on hosts as they come: without the parent script (the frame scrolls on its
 * own and can be read to the end), without JavaScript (the prerendered text), and with the
 * parent script on a frame the host removes and inserts again, a redirecting src, a sandboxed
 * frame, a host that sends no referrer, and a frame that only claims to be the story.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { loadContent } from '../../scripts/content/load-content';
import { launch, open } from './browser';
import {
  contentHeight,
  frameHeight,
  scrollHostToFramed,
  storyFrame,
  storyIds,
  waitForCurrent,
  waitForSteps,
} from './embed-helpers';

const hostUrl = inject('hostUrl');
const storyUrl = inject('storyUrl');
/** The Chinese edition's steps, which the prerendered embed.html carries. */
const STEP_COUNT = loadContent(resolve(import.meta.dirname, '../..'), ['zh-CN']).stories['zh-CN']!
  .steps.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

async function waitForLive(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => document.querySelector('.story')?.getAttribute('data-layout') === 'live',
    undefined,
    // Polled by timer: a cross-origin frame out of view gets no animation frames.
    { timeout: 10000, polling: 100 },
  );
}

/** The frame follows its content's height (within 2 px), and the content is the whole story. */
async function expectResized(page: Page, frame: Frame): Promise<void> {
  await expect
    .poll(
      async () => {
        const inner = await contentHeight(frame);
        return inner > 3000 && Math.abs((await frameHeight(page)) - inner) <= 2;
      },
      { timeout: 10000 },
    )
    .toBe(true);
}

/** A live story: a few steps become current as the host page scrolls. */
async function expectLiveSteps(page: Page, frame: Frame): Promise<void> {
  const ids = await storyIds(frame);
  for (const id of [ids[3], ids[12]]) {
    await scrollHostToFramed(page, frame, id);
    await waitForCurrent(frame, id);
  }
}

describe('iframe without the parent script', () => {
  it('scrolls inside the frame to the last step, with a link to the full story', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${hostUrl}?embed=iframe`);
    const frame = await storyFrame(page);
    await waitForSteps(frame);
    // The frame keeps the host's 600 px; its own document holds the whole story.
    expect(await frameHeight(page)).toBe(600);
    const link = await frame.evaluate(() => {
      const a = document.querySelector('.full-story a') as HTMLAnchorElement;
      const r = a.getBoundingClientRect();
      return { href: a.href, target: a.target, rel: a.rel, visible: r.width > 0 && r.top < 100 };
    });
    expect(link).toEqual({
      href: storyUrl,
      target: '_blank',
      rel: 'noopener',
      visible: true,
    });
    const sources = await frame.$$eval('.sources a[href^="http"]', (as) =>
      as.map((a) => (a as HTMLAnchorElement).target),
    );
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set(['_blank']));
    // A reader's wheel over the frame, until the last step is inside the frame's view or the
    // frame's document stops scrolling. The pointer stays over the frame: a wheel that lands on
    // the host (while the host's own scroll is not yet painted, or once the frame has left the
    // view) scrolls the host page instead. Each wheel moves less than the frame's height, so no
    // step can pass by between two looks.
    const last = (await storyIds(frame)).at(-1)!;
    const lastInView = () =>
      frame.evaluate((id) => {
        const r = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      }, last);
    const frameTop = () => frame.evaluate(() => document.scrollingElement!.scrollTop);
    const painted = () =>
      page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    const box = (await (await page.$('iframe[data-maojian-story]'))!.boundingBox())!;
    await page.evaluate((y) => scrollTo(0, y), box.y - 100);
    await painted();
    let still = 0;
    for (let i = 0; i < 300 && still < 3 && !(await lastInView()); i++) {
      const at = (await (await page.$('iframe[data-maojian-story]'))!.boundingBox())!;
      const view = page.viewportSize()!;
      if (at.y > view.height - 300 || at.y + at.height < 300) {
        await page.evaluate((y) => scrollBy(0, y), at.y - 100);
        await painted();
        continue;
      }
      const before = await frameTop();
      await page.mouse.move(at.x + at.width / 2, Math.max(at.y, 0) + 200);
      await painted();
      await page.mouse.wheel(0, 500);
      await page.waitForTimeout(60);
      still = (await frameTop()) === before ? still + 1 : 0;
    }
    const scrolled = await frame.evaluate(() => {
      const { scrollTop, scrollHeight } = document.scrollingElement!;
      return `scrollTop ${scrollTop} of ${scrollHeight - innerHeight}`;
    });
    expect(await lastInView(), scrolled).toBe(true);
    expect(await frameTop()).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens at `start` by scrolling its own document, not the host page', async () => {
    const { page, close } = await open(browser, PHONE, `${hostUrl}?embed=iframe`);
    const first = await storyFrame(page);
    await waitForSteps(first);
    const ids = await storyIds(first);
    await page.$eval(
      'iframe[data-maojian-story]',
      (f, src) => ((f as HTMLIFrameElement).src = src),
      `${storyUrl}embed.html?start=${ids[20]}`,
    );
    await page.waitForTimeout(300);
    const frame = await storyFrame(page);
    await waitForSteps(frame);
    await expect
      .poll(() =>
        frame.evaluate((id) => {
          const r = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
          return Math.abs(r.top) < 2;
        }, ids[20]),
      )
      .toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await close();
  });
});

describe('iframe without JavaScript', () => {
  it('embed.html has the whole story’s text and the link to the full story', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${storyUrl}embed.html`);
    const seen = await page.evaluate(() => ({
      steps: document.querySelectorAll('[data-step]').length,
      text: document.querySelector('[data-step] p')?.textContent?.length ?? 0,
      link: (document.querySelector('.full-story a') as HTMLAnchorElement | null)?.href,
      scrolls: document.documentElement.scrollHeight > innerHeight,
    }));
    expect(seen).toEqual({
      steps: STEP_COUNT,
      text: expect.any(Number),
      link: storyUrl,
      scrolls: true,
    });
    expect(seen.text).toBeGreaterThan(20);
    await context.close();
  });
});

describe('iframe with the parent script', () => {
  it('keeps resizing and runs live after the host removes the frame and inserts it again', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${hostUrl}?embed=iframe-live`);
    let frame = await storyFrame(page);
    await waitForLive(frame);
    await expectResized(page, frame);
    for (let round = 0; round < 2; round++) {
      await page.evaluate(() => {
        const f = document.querySelector('iframe[data-maojian-story]') as HTMLIFrameElement;
        const at = document.querySelector('.after')!;
        f.remove();
        f.style.height = '600px';
        at.before(f);
      });
      await page.waitForTimeout(200);
      frame = await storyFrame(page);
      await waitForSteps(frame);
      await waitForLive(frame);
      await expectResized(page, frame);
    }
    await expectLiveSteps(page, frame);
    expect(errors).toEqual([]);
    await close();
  });

  it('works when the frame’s src redirects to the story’s origin (apex→www, http→https)', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${hostUrl}?embed=iframe-redirect`);
    expect(
      await page.$eval('iframe[data-maojian-story]', (f) => (f as HTMLIFrameElement).src),
    ).toMatch(/^http:\/\/localhost:\d+\/go\?/);
    const frame = await storyFrame(page);
    expect(new URL(frame.url()).origin).toBe(new URL(storyUrl).origin);
    await waitForLive(frame);
    await expectResized(page, frame);
    await expectLiveSteps(page, frame);
    expect(errors).toEqual([]);
    await close();
  });

  it('works in a sandboxed frame (origin "null")', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${hostUrl}?embed=iframe-sandbox`);
    const frame = await storyFrame(page);
    expect(await frame.evaluate(() => origin)).toBe('null');
    await waitForLive(frame);
    await expectResized(page, frame);
    await expectLiveSteps(page, frame);
    expect(errors).toEqual([]);
    await close();
  });

  it('goes live on a host that sends no referrer', async () => {
    const { page, errors, close } = await open(
      browser,
      PHONE,
      `${hostUrl}?embed=iframe-live&referrer=none`,
    );
    const frame = await storyFrame(page);
    expect(await frame.evaluate(() => document.referrer)).toBe('');
    await waitForLive(frame);
    await expectResized(page, frame);
    await expectLiveSteps(page, frame);
    expect(errors).toEqual([]);
    await close();
  });

  it('gives no powers to a frame that is not the story, and caps the height', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${hostUrl}?embed=not-ours`);
    const frame = await storyFrame(page);
    await waitForLive(frame);
    await expectResized(page, frame);
    const impostor = page.frames().find((f) => /not-ours\.html/.test(f.url()))!;
    // It asked for 54321 px and said hello: no resize, no viewport messages.
    expect(await frameHeight(page, '#not-ours')).toBe(600);
    await page.evaluate(() => scrollBy(0, 300));
    await page.waitForTimeout(300);
    expect(await impostor.evaluate(() => document.body.dataset.got ?? null)).toBeNull();
    // The story's own frame asking for an absurd height gets the cap.
    await frame.evaluate(() =>
      parent.postMessage('pymxPYMxmaojian-storyxPYMxheightxPYMx9999999', '*'),
    );
    await expect.poll(() => frameHeight(page)).toBe(120000);
    expect(errors).toEqual([]);
    await close();
  });
});
