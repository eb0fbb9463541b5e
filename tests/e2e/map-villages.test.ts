/**
 * The villages view (issue 21), at phone and desktop sizes, in both editions: it loads only
 * when the reader explores; it lists every village and residents' committee of the 2023 codes
 * with counts that match the data; search finds 营子村 with its township and "no public
 * coordinate"; a tap shows the place (or its township's seat) and opens its sheet, which leads
 * into the story; it is reachable and closable from the keyboard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { Place } from '../../src/lib/geo/places';
import { launch, open, scrollToStep, VIEWPORTS, waitForScrollStop, waitForStep } from './browser';

const url = inject('storyUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const places = read<Place[]>(join(ROOT, 'data/places.json'));
interface Division {
  code: string;
  name: string;
  lngLat: [number, number] | null;
}
const divisions = read<{ townships: { name: string; villages: Division[] }[] }>(
  join(ROOT, 'data/divisions.json'),
);
const villages = divisions.townships.flatMap((t) => t.villages.map((v) => ({ ...v, t: t.name })));
/** The import's input, when it is beside the repository: the list must hold all of it. */
const SHARED = resolve(ROOT, '../shared/geo/maojian_divisions.json');

/** The expected counts, worked out here from the data files. */
const listed = existsSync(SHARED)
  ? read<{ townships: { villages: unknown[] }[] }>(SHARED).townships.flatMap((t) => t.villages)
      .length
  : villages.length;
const located = villages.filter((v) => v.lngLat !== null).length;
// Named in the report: a village place of data/places.json (the report's places), or a place
// whose name carries the village's (营子村蓝莓园, 大坪村光伏电站).
const named = villages.filter((v) =>
  places.some(
    (p) =>
      p.township?.zh !== undefined &&
      v.t.endsWith(p.township.zh) &&
      (p.name.zh === v.name || (p.kind !== 'village' && p.name.zh.includes(v.name))),
  ),
).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the villages view; with `requests` (all the page's requests), checks when it loads. */
async function openVillages(page: Page, phone: boolean, requests?: string[]): Promise<void> {
  await scrollToStep(page, 'famous-villages');
  await waitForStep(page, 'famous-villages');
  await waitForScrollStop(page);
  await page.waitForFunction(
    () => document.querySelector('.leaflet-host')?.getAttribute('data-places') === 'ready',
    undefined,
    { timeout: 10_000 },
  );
  // The map is up, but the villages view is not loaded until the reader explores.
  if (requests) expect(requests.filter((r) => r.includes('villages-view'))).toEqual([]);
  const tap = (sel: string) => (phone ? page.tap(sel) : page.click(sel));
  await tap('[data-explore]');
  await page.waitForSelector('[data-villages-toggle]');
  await tap('[data-villages-toggle]');
  await page.waitForSelector('[data-villages-panel] [data-village]');
  if (requests) expect(requests.filter((r) => r.includes('villages-view'))).toHaveLength(1);
}

describe.each([
  ['zh-CN', ''],
  ['en', 'en.html'],
] as const)('villages view, %s edition', (lang, path) => {
  const en = lang === 'en';

  describe.each(VIEWPORTS)('at %s size', (name, viewport) => {
    const phone = name === 'phone';

    it('lists every village with its code and states the counts', async () => {
      const { page, errors, close } = await open(browser, viewport, url + path);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await openVillages(page, phone, requests);
      expect(await page.getAttribute('[data-villages-toggle]', 'aria-expanded')).toBe('true');
      const rows = await page.$$eval('[data-villages-panel] [data-village]', (els) =>
        els.map((el) => ({
          code: el.getAttribute('data-village'),
          located: el.hasAttribute('data-located'),
          named: el.hasAttribute('data-named'),
          text: el.textContent ?? '',
        })),
      );
      expect(rows).toHaveLength(listed);
      expect(rows.map((r) => r.code)).toEqual(villages.map((v) => v.code));
      for (const r of rows) expect(r.text).toContain(r.code!);
      expect(rows.filter((r) => r.located)).toHaveLength(located);
      expect(rows.filter((r) => r.named)).toHaveLength(named);
      const counts = (await page.textContent('[data-counts]')) ?? '';
      const numbers = (counts.match(/\d+/g) ?? []).map(Number);
      expect(numbers).toEqual([listed, located, named]);
      // Every located village is drawn on the map (东沟村 as the story's own marker).
      await page.waitForFunction(
        () => document.querySelector('.leaflet-host')?.getAttribute('data-villages') === 'ready',
      );
      const drawn = await page.$$eval('.village-icon [data-place]', (els) => els.length);
      expect(drawn).toBe(located - 1);
      expect(await page.$('.place-icon:not(.is-off) [data-place="donggou"]')).not.toBeNull();
      expect(errors).toEqual([]);
      await close();
    });

    it('finds 营子村 by typing 营子; a tap marks its township and opens its sheet', async () => {
      const { page, errors, close } = await open(browser, viewport, url + path);
      await openVillages(page, phone);
      await page.fill('[data-village-search]', '营子');
      await page.waitForFunction(
        () => document.querySelector('[data-found]')?.getAttribute('data-found') === '1',
      );
      const status = await page.textContent('[data-villages-panel] [role="status"]');
      expect(status).toMatch(en ? /1 found/ : /找到1个/);
      const row = '[data-villages-panel] [data-village="420302100206"]';
      const text = (await page.textContent(row)) ?? '';
      expect(text).toContain('营子村');
      expect(text).toContain(en ? 'Dachuan Town' : '大川镇');
      expect(text).toContain(en ? 'no public coordinate' : '无公开坐标');
      expect(text).toContain(en ? 'named in the report' : '报道点名');
      await (phone ? page.tap(row) : page.click(row));
      const sheet = page.locator('[role="dialog"][data-sheet="yingzi"]');
      await sheet.waitFor({ timeout: 3000 });
      expect(await sheet.locator('a[data-read]').getAttribute('data-read')).toBe('famous-villages');
      // No point for the village: its township's seat is marked, in sight, not under a panel.
      const seat = '.place-icon.is-context [data-place="dachuan"] .pm-dot';
      await page.waitForSelector(seat);
      await page.waitForTimeout(1200); // the flight (≤ 0.8 s)
      const visible = await page.$eval(seat, (dot) => {
        const r = dot.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return dot.contains(hit) || dot.parentElement!.contains(hit);
      });
      expect(visible).toBe(true);
      // Escape closes the sheet (focus back on the row), then the list (focus on its button).
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-village'))).toBe(
        '420302100206',
      );
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-villages-panel]', { state: 'detached' });
      expect(
        await page.evaluate(() => document.activeElement?.hasAttribute('data-villages-toggle')),
      ).toBe(true);
      expect(errors).toEqual([]);
      await close();
    });

    it('shows a located village at its point, approximate, with its source', async () => {
      const { page, errors, close } = await open(browser, viewport, url + path);
      await openVillages(page, phone);
      const v = villages.find((x) => x.lngLat && !x.name.includes('东沟'))!;
      await page.fill('[data-village-search]', v.name);
      const row = `[data-villages-panel] [data-village="${v.code}"]`;
      expect(await page.textContent(row)).toContain(en ? 'located' : '有坐标');
      await (phone ? page.tap(row) : page.click(row));
      const sheet = page.locator(`[role="dialog"][data-sheet="v-${v.code}"]`);
      await sheet.waitFor({ timeout: 3000 });
      const about = (await sheet.textContent()) ?? '';
      expect(about).toContain('Vonng/adcode');
      expect(about).toContain(v.code);
      // The report does not name it: the sheet says no map step shows it.
      expect(await sheet.locator('[data-no-step]').count()).toBe(1);
      const marker = `.village-icon.is-highlight [data-place="v-${v.code}"]`;
      await page.waitForSelector(marker);
      expect(await page.getAttribute(marker, 'aria-label')).toMatch(
        en ? /approximate/ : /大致位置/,
      );
      expect(errors).toEqual([]);
      await close();
    });

    it(
      'has no axe violations with the list open and with a village’s sheet open',
      { timeout: 150_000 },
      async () => {
        const { page, errors, close } = await open(browser, viewport, url + path);
        await openVillages(page, phone);
        const scan = async () =>
          (
            await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
              .analyze()
          ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(await scan()).toEqual([]);
        await page.fill('[data-village-search]', '大坪');
        await page.click('[data-villages-panel] [data-village]');
        await page.waitForSelector('[role="dialog"]');
        expect(await scan()).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      },
    );

    it('finds every village of the list by its name', { timeout: 120_000 }, async () => {
      const { page, errors, close } = await open(browser, viewport, url + path);
      await openVillages(page, phone);
      for (const v of villages) {
        await page.fill('[data-village-search]', v.name);
        const found = await page.$(`[data-villages-panel] [data-village="${v.code}"]`);
        expect(found, v.name).not.toBeNull();
      }
      expect(errors).toEqual([]);
      await close();
    });
  });
});
