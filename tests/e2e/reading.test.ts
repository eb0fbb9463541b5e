/**
 * The reader's place, one wiring for the page and the embeds (ReadingPosition): the same step
 * is marked current on the standalone page and in the script embed; the page's progress bar,
 * URL hash and language links follow it, the embed never touches the host's hash. scrollama
 * is set up once: a breakpoint change moves its trigger line without a new setup(). The
 * script embed's language switch (its `lang` attribute and its language control) changes the
 * text in place and keeps the reader at the same step.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, scrollToStep, waitForStep } from './browser';
import { scrollHostTo, storyIds, waitForCurrent, waitForSteps } from './embed-helpers';

const url = inject('storyUrl');
const hostUrl = inject('hostUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

/** Where the trigger line is in the step it is in: that step's id and the share read (0..1). */
function placeIn(page: Page, sel: string | null): Promise<{ id: string; at: number }> {
  return page.evaluate((s) => {
    const root: ParentNode = (s ? document.querySelector(s)?.shadowRoot : null) ?? document;
    const holder = root.querySelector<HTMLElement>('[data-trigger]');
    const line = innerHeight * Number(holder?.dataset.trigger ?? 0.5);
    let id = '';
    let at = 0;
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-step]'))) {
      const r = el.getBoundingClientRect();
      if (r.top <= line) {
        id = el.dataset.step ?? '';
        at = (line - r.top) / r.height;
      }
    }
    return { id, at };
  }, sel);
}

describe('the reader’s place on the page and in the embed', () => {
  it('marks the same step current, with the page’s progress, hash and links at that step', async () => {
    const { page, errors, close } = await open(browser, PHONE, url);
    const ids = await page.$$eval('[data-step]', (els) =>
      els.map((e) => e.getAttribute('data-step')!),
    );
    const target = ids[8];
    await scrollToStep(page, target);
    await waitForStep(page, target);
    expect(await page.$$eval('[aria-current="step"]', (els) => els.length)).toBe(1);
    const value = await page.$eval('[role="progressbar"]', (el) =>
      Number(el.getAttribute('aria-valuenow')),
    );
    expect(value).toBeGreaterThanOrEqual(Math.floor((100 * 8) / ids.length));
    expect(value).toBeLessThanOrEqual(Math.ceil((100 * 9) / ids.length));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${target}`);
    expect(await page.$eval('a[hreflang="en"]', (a) => a.getAttribute('href'))).toBe(
      `en.html#${target}`,
    );
    expect(errors).toEqual([]);
    await close();

    const embed = await open(browser, PHONE, `${hostUrl}?embed=script&css=plain`);
    await waitForSteps(embed.page);
    expect(await storyIds(embed.page)).toEqual(ids);
    await scrollHostTo(embed.page, target);
    await waitForCurrent(embed.page, target);
    const seen = await embed.page.evaluate(() => {
      const root = document.querySelector('maojian-story')!.shadowRoot!;
      return {
        current: root.querySelectorAll('[aria-current="step"]').length,
        bars: root.querySelectorAll('[role="progressbar"]').length,
        hash: location.hash,
      };
    });
    // The host's URL is the host's: the embed writes no hash and has no progress bar of its own.
    expect(seen).toEqual({ current: 1, bars: 0, hash: '' });
    expect(embed.errors).toEqual([]);
    await embed.close();
  });

  it('moves scrollama’s trigger line across a breakpoint without setting it up again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // scrollama's setup() adds one scroll listener to the document: count them.
    await context.addInitScript(() => {
      const add = Document.prototype.addEventListener;
      (window as unknown as { setups: number }).setups = 0;
      Document.prototype.addEventListener = function (
        this: Document,
        ...args: Parameters<Document['addEventListener']>
      ) {
        if (args[0] === 'scroll') (window as unknown as { setups: number }).setups++;
        return add.apply(this, args);
      } as Document['addEventListener'];
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('main.story[data-ready="true"]');
    const setups = () => page.evaluate(() => (window as unknown as { setups: number }).setups);
    const trigger = () => page.$eval('[data-trigger]', (el) => (el as HTMLElement).dataset.trigger);
    expect(await setups()).toBe(1);
    const wide = await trigger();
    const ids = await page.$$eval('[data-step]', (els) =>
      els.map((e) => e.getAttribute('data-step')!),
    );
    await scrollToStep(page, ids[6]);
    await waitForStep(page, ids[6]);

    await page.setViewportSize({ width: 600, height: 800 });
    await expect.poll(trigger).not.toBe(wide);
    // The new trigger line drives the steps: scrolling on lands on each step by it.
    for (const id of [ids[9], ids[4]]) {
      await scrollToStep(page, id);
      await waitForStep(page, id);
      expect((await placeIn(page, null)).id).toBe(id);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(trigger).toBe(wide);
    await scrollToStep(page, ids[11]);
    await waitForStep(page, ids[11]);
    expect(await setups()).toBe(1);
    await context.close();
  });
});

describe('the script embed’s language switch', () => {
  it('switches the text in place and keeps the reader at the same step', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${hostUrl}?embed=script&css=plain`);
    await waitForSteps(page);
    const ids = await storyIds(page);
    const target = ids[10];
    await scrollHostTo(page, target);
    await waitForCurrent(page, target);
    const before = await placeIn(page, 'maojian-story');
    expect(before.id).toBe(target);
    const stageText = () =>
      page.evaluate(
        () =>
          document
            .querySelector('maojian-story')!
            .shadowRoot!.querySelector('figure[data-stage] .layer.chart')?.textContent ?? '',
      );
    const zhStage = await stageText();
    // The map's place and area labels (the map near this step is drawn, hidden or shown).
    const mapWords = () =>
      page.evaluate(() =>
        Array.from(
          document
            .querySelector('maojian-story')!
            .shadowRoot!.querySelectorAll('[data-layer="map"] .pm-label, [data-layer="map"] .al'),
          (el) => el.textContent ?? '',
        ),
      );
    await expect
      .poll(async () => (await mapWords()).some((w) => /\p{Script=Han}/u.test(w)), {
        timeout: 15_000,
      })
      .toBe(true);
    // The same story element stays: the edition changes in place, not by a new mount. The
    // step being read and every step in view at the switch are in English at the first frame;
    // the story's own language, the stage and the other steps follow (EditionSwitch).
    const first = await page.evaluate(
      () =>
        new Promise<{ id: string; lang: string | null; seen: boolean }[]>((done) => {
          const root = document.querySelector('maojian-story')!.shadowRoot!;
          (window as unknown as { story: Element }).story = root.querySelector('[data-mode]')!;
          const steps = Array.from(root.querySelectorAll('[data-step]'));
          const seen = steps.map((el) => {
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight;
          });
          document.querySelector('maojian-story')!.setAttribute('lang', 'en');
          requestAnimationFrame(() =>
            done(
              steps.map((el, i) => ({
                id: el.getAttribute('data-step')!,
                lang: el.closest('[lang]')!.getAttribute('lang'),
                seen: seen[i]!,
              })),
            ),
          );
        }),
    );
    expect(first.find((s) => s.id === target)?.lang).toBe('en');
    const seen = first.filter((s) => s.seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.lang !== 'en')).toEqual([]);
    // The other steps, out of sight, wait for the paint (the first frame lays out what is seen).
    const unseen = first.filter((s) => !s.seen && s.id !== target);
    expect(unseen.length).toBeGreaterThan(20);
    expect(unseen.filter((s) => s.lang === 'en')).toEqual([]);
    await page.waitForFunction(
      () =>
        document
          .querySelector('maojian-story')!
          .shadowRoot!.querySelector('[data-mode]')
          ?.getAttribute('lang') === 'en',
    );
    expect(
      await page.evaluate(
        () =>
          document.querySelector('maojian-story')!.shadowRoot!.querySelector('[data-mode]') ===
          (window as unknown as { story: Element }).story,
      ),
    ).toBe(true);
    // Every part follows, and then none states an edition of its own.
    await page.waitForFunction(
      () =>
        !document
          .querySelector('maojian-story')!
          .shadowRoot!.querySelector('[data-edition], [data-step][lang]'),
    );
    const after = await placeIn(page, 'maojian-story');
    expect(after.id).toBe(target);
    expect(Math.abs(after.at - before.at)).toBeLessThan(0.05);
    // The map (drawn in Chinese before the switch) names its places and areas in English too.
    await expect
      .poll(async () => (await mapWords()).filter((w) => /\p{Script=Han}/u.test(w)), {
        timeout: 10_000,
      })
      .toEqual([]);
    expect((await mapWords()).length).toBeGreaterThan(0);
    await waitForCurrent(page, target);
    // The stage follows in the new language.
    await expect.poll(stageText).not.toBe(zhStage);

    // The story's own language control, back to Chinese (focused and clicked where it is: no
    // scrolling).
    await page.evaluate(() => {
      const button = document
        .querySelector('maojian-story')!
        .shadowRoot!.querySelector<HTMLElement>('nav button')!;
      (window as unknown as { control: Element }).control = button;
      button.focus({ preventScroll: true });
      button.click();
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('maojian-story')!
          .shadowRoot!.querySelector('[data-mode]')
          ?.getAttribute('lang') === 'zh-CN',
    );
    expect((await placeIn(page, 'maojian-story')).id).toBe(target);
    // The control the reader used keeps the focus, and now offers the other edition.
    expect(
      await page.evaluate(() => {
        const control = (window as unknown as { control: HTMLElement }).control;
        const root = document.querySelector('maojian-story')!.shadowRoot!;
        return { focused: root.activeElement === control, lang: control.lang };
      }),
    ).toEqual({ focused: true, lang: 'en' });
    await waitForCurrent(page, target);
    await expect.poll(stageText).toBe(zhStage);
    expect(errors).toEqual([]);
    await close();
  });

  it('readies the other edition’s faces when idle; the standalone page, which links, does not', async () => {
    // Every font a canvas measures text in, with the text.
    const init = `window.__measured = [];
      const measure = CanvasRenderingContext2D.prototype.measureText;
      CanvasRenderingContext2D.prototype.measureText = function (text) {
        window.__measured.push({ font: this.font, text });
        return measure.call(this, text);
      };`;
    const measured = (page: Page) =>
      page.evaluate(
        () => (window as unknown as { __measured: { font: string; text: string }[] }).__measured,
      );
    const embed = await open(browser, PHONE, `${hostUrl}?embed=script&css=plain`, { init });
    await waitForSteps(embed.page);
    // The story opens in Chinese: its English faces (the stack led by system-ui) are measured
    // with English text, at several sizes and weights (the header's and a step's), each once.
    const english = async (page: Page) =>
      (await measured(page)).filter((m) => /px system-ui,/.test(m.font));
    await expect
      .poll(async () => (await english(embed.page)).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(4);
    const warmed = await english(embed.page);
    expect(new Set(warmed.map((m) => m.font)).size).toBe(warmed.length);
    for (const m of warmed) expect(m.text).toMatch(/^[\p{Script=Latin}\p{P}\p{Zs}]{10,}$/u);
    expect(embed.errors).toEqual([]);
    await embed.close();

    // The standalone page readies only its own edition's faces: those of the charts near
    // (chart-faces.test.ts), in the Chinese stack.
    const page = await open(browser, PHONE, url, { init });
    await page.page.waitForTimeout(2500);
    expect(await english(page.page)).toEqual([]);
    for (const m of await measured(page.page)) expect(m.font).toMatch(/px "Noto Sans CJK SC",/);
    await page.close();
  });
});
