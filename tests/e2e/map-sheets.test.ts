/**
 * Every place sheet leads somewhere (issue 21): at phone and desktop sizes, in both editions,
 * every marker drawn and every place listed on each map step opens a sheet that either offers
 * "read this in the story" (a link to a step of the page, with any other steps listed as
 * links) or says that no map step shows the place. A place a step names on its map always
 * leads into the story, and so does the district (茅箭区) on the study-tour map. The regions
 * are labels with no dot, away from every township's seat.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, VIEWPORTS, waitForScrollStop, waitForStep, scrollToStep } from './browser';
import { waitForMapSettled } from './map-helpers';

const url = inject('storyUrl');

/** The map steps and the places each names on its map (data/story.zh-CN.aml). */
const MAP_STEPS = [
  { id: 'study-tour', view: 'province', names: ['jingshan', 'pujiang', 'nanbu'] },
  {
    id: 'regional-layout',
    view: 'district',
    names: ['region-centre', 'region-east', 'region-south'],
  },
  { id: 'famous-villages', view: 'tourism', names: ['donggou', 'yingzi', 'majiahe'] },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function waitForMap(page: Page, view: string): Promise<void> {
  await waitForMapSettled(page, view);
}

interface SheetInfo {
  read: string | null;
  others: string[];
  none: boolean;
  targets: boolean;
}

/** What the open sheet offers, and whether every step it links to is a step of the page. */
function sheetInfo(page: Page, id: string): Promise<SheetInfo> {
  return page.$eval(`[role="dialog"][data-sheet="${id}"]`, (d) => {
    const read = d.querySelector<HTMLAnchorElement>('a[data-read]');
    const others = [...d.querySelectorAll<HTMLAnchorElement>('a[data-step-link]')];
    const hrefs = [read, ...others].filter((a) => a !== null).map((a) => a.getAttribute('href'));
    return {
      read: read?.getAttribute('data-read') ?? null,
      others: others.map((a) => a.dataset.stepLink ?? ''),
      none: d.querySelector('[data-no-step]') !== null,
      targets: hrefs.every((h) => !!h && document.querySelector(`[data-step="${h.slice(1)}"]`)),
    };
  });
}

describe.each([
  ['zh-CN', ''],
  ['en', 'en.html'],
] as const)('place sheets, %s edition', (lang, path) => {
  describe.each(VIEWPORTS)('at %s size', (name, viewport) => {
    const phone = name === 'phone';

    it('no sheet is a dead end', { timeout: 120_000 }, async () => {
      const { page, errors, close } = await open(browser, viewport, url + path);
      const tap = (sel: string) => (phone ? page.tap(sel) : page.click(sel));
      let opened = 0;
      for (const step of MAP_STEPS) {
        await scrollToStep(page, step.id);
        await waitForStep(page, step.id);
        await waitForScrollStop(page);
        await waitForMap(page, step.view);
        const drawn = await page.$$eval('.place-icon:not(.is-off) [data-place]', (els) =>
          els.map((el) => el.getAttribute('data-place') ?? ''),
        );
        const listed = await page.$$eval('[data-listed]', (els) =>
          els.map((el) => el.getAttribute('data-listed') ?? ''),
        );
        expect(drawn.length + listed.length, step.id).toBeGreaterThan(0);
        for (const id of [...drawn, ...listed]) {
          const selector = drawn.includes(id) ? `[data-place="${id}"]` : `[data-listed="${id}"]`;
          // The narrow layout's place panel starts folded to one line: open it first.
          const folded = page.locator('[data-listed-toggle][aria-expanded="false"]');
          if (!drawn.includes(id) && (await folded.count()) > 0) await tap('[data-listed-toggle]');
          await tap(selector);
          await page.locator(`[role="dialog"][data-sheet="${id}"]`).waitFor({ timeout: 3000 });
          const info = await sheetInfo(page, id);
          // Either somewhere to go in the story, or a sentence saying there is none.
          expect(info.read !== null || info.none, `${step.id} ${id}`).toBe(true);
          expect(info.read !== null && info.none, `${step.id} ${id}`).toBe(false);
          expect(info.targets, `${step.id} ${id}`).toBe(true);
          if (info.read === null) expect(info.others).toEqual([]);
          expect(new Set([info.read, ...info.others]).size).toBe(info.others.length + 1);
          // A place the step names on its map leads into the story, to this step among others.
          if ((step.names as readonly string[]).includes(id)) {
            expect([info.read, ...info.others], `${step.id} ${id}`).toContain(step.id);
          }
          if (id === 'maojian') expect(info.read, 'the district').not.toBeNull();
          await page.keyboard.press('Escape');
          await page.locator('[role="dialog"]').waitFor({ state: 'detached', timeout: 3000 });
          opened++;
        }
      }
      expect(opened).toBeGreaterThanOrEqual(MAP_STEPS.flatMap((s) => s.names).length);
      expect(errors).toEqual([]);
      await close();
    });

    it('the district’s sheet on the study-tour map leads to its other steps too', async () => {
      const { page, errors, close } = await open(browser, viewport, url + path);
      const tap = (sel: string) => (phone ? page.tap(sel) : page.click(sel));
      await scrollToStep(page, 'study-tour');
      await waitForStep(page, 'study-tour');
      await waitForScrollStop(page);
      await waitForMap(page, 'province');
      await tap('[data-place="maojian"]');
      const info = await sheetInfo(page, 'maojian');
      expect(info.read).toBe('study-tour');
      expect(info.others).toEqual(['regional-layout']);
      await tap('[role="dialog"] a[data-step-link="regional-layout"]');
      await waitForStep(page, 'regional-layout');
      expect(await page.$('[role="dialog"]')).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.id ?? null)).toBe('regional-layout');
      expect(errors).toEqual([]);
      await close();
    });

    it('draws the regions as schematic labels with no dot, in their parts of the district', async () => {
      const { page, errors, close } = await open(browser, viewport, url + path);
      await scrollToStep(page, 'regional-layout');
      await waitForStep(page, 'regional-layout');
      await waitForScrollStop(page);
      await waitForMap(page, 'district');
      const regions = await page.$$eval('.place-icon:not(.is-off) [data-place^="region-"]', (els) =>
        els.map((el) => {
          const dot = el.querySelector('.pm-dot');
          const r = el.getBoundingClientRect();
          return {
            id: el.getAttribute('data-place'),
            dot: dot ? getComputedStyle(dot).display !== 'none' : false,
            text: el.textContent ?? '',
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
          };
        }),
      );
      expect(regions.map((r) => r.id).sort()).toEqual([
        'region-centre',
        'region-east',
        'region-south',
      ]);
      for (const r of regions) {
        expect(r.dot, r.id!).toBe(false);
        expect(r.text, r.id!).toMatch(lang === 'en' ? /schematic/ : /示意/);
      }
      // In their parts of the district: the south one lowest, the east one right of the centre
      // (that none sits on a township's seat is checked in src/lib/map/data.test.ts).
      const at = Object.fromEntries(regions.map((r) => [r.id, r]));
      expect(at['region-south'].y).toBeGreaterThan(at['region-centre'].y);
      expect(at['region-south'].y).toBeGreaterThan(at['region-east'].y);
      expect(at['region-east'].x).toBeGreaterThan(at['region-centre'].x);
      expect(errors).toEqual([]);
      await close();
    });
  });
});
