/**
 * The Leaflet map end to end, at phone and desktop sizes: map steps move it to their views
 * with their places in the right part of the stage; every drawn marker opens its sheet (tap
 * on phones, click on desktop), Escape returns focus to it, and "read this in the story" makes
 * its step current; the map never traps the page; it draws with every request off the origin
 * blocked; Leaflet loads only near the map; failing tiles leave the vector map in place.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Place } from '../../src/lib/geo/places';
import { launch, open, PHONE, VIEWPORTS, waitForScrollStop, waitForStep } from './browser';

const url = inject('storyUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const places = JSON.parse(readFileSync(join(ROOT, 'data/places.json'), 'utf8')) as Place[];
const placeName = (id: string) => places.find((p) => p.id === id)!.name.zh;

/** Each map step: its view's name, the drawn places it highlights, the places it lists. */
const MAP_STEPS = [
  { id: 'study-tour', view: 'province', highlight: ['jingshan', 'pujiang', 'nanbu'], listed: [] },
  {
    id: 'regional-layout',
    view: 'district',
    highlight: ['region-centre', 'region-east', 'region-south'],
    listed: [],
  },
  { id: 'famous-villages', view: 'tourism', highlight: ['donggou'], listed: ['yingzi', 'majiahe'] },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls so that the step's top is just above the trigger line (as tests/e2e/story.test.ts). */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
    const holder = document.querySelector<HTMLElement>('[data-trigger]');
    const trigger = window.innerHeight * Number(holder?.dataset.trigger ?? 0.5);
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - trigger + 8);
  }, id);
}

/** Waits (at most `timeout` ms) until the map has settled at the view: no flight to it. */
async function waitForSettledAt(page: Page, view: string, timeout: number): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('.map-view')?.getAttribute('data-settled') === want,
    view,
    { timeout },
  );
}

/** Waits until the map shows the view, has stopped moving and has drawn its layers. */
async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const root = document.querySelector('.map-view');
      const drawn = root?.querySelector('.leaflet-host')?.getAttribute('data-layers') === 'drawn';
      return (
        drawn &&
        root?.getAttribute('data-view') === want &&
        root.getAttribute('data-settled') === want
      );
    },
    view,
    { timeout: 8000 },
  );
  // Still for a few frames (a padding change after the panel appears refits once more).
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = '';
        let still = 0;
        const tick = () => {
          const icon = document.querySelector('.place-icon:not(.is-off)');
          const r = icon?.getBoundingClientRect();
          const now = r ? `${r.x},${r.y}` : '';
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 6) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Opens the place panel if it is folded (the narrow layout), with its disclosure button. */
async function unfoldPlacePanel(page: Page): Promise<void> {
  const toggle = page.locator('[data-listed-toggle][aria-expanded="false"]');
  if ((await toggle.count()) > 0) await toggle.click();
}

async function goToMapStep(page: Page, step: (typeof MAP_STEPS)[number]): Promise<void> {
  await scrollToStep(page, step.id);
  await waitForStep(page, step.id);
  await waitForScrollStop(page);
  await waitForView(page, step.view);
}

/** Where each shown marker's point is, relative to the map box, as fractions of its size. */
function markerPoints(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('.leaflet-host')!.getBoundingClientRect();
    return Array.from(document.querySelectorAll<HTMLElement>('.place-icon:not(.is-off)')).map(
      (icon) => {
        const r = icon.getBoundingClientRect();
        return {
          id: icon.querySelector('[data-place]')?.getAttribute('data-place') ?? '',
          highlight: icon.classList.contains('is-highlight'),
          x: (r.left - box.left) / box.width,
          y: (r.top - box.top) / box.height,
        };
      },
    );
  });
}

async function activeInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      place: el?.dataset.place ?? null,
      listed: el?.dataset.listed ?? null,
      role: el?.getAttribute('role') ?? null,
    };
  });
}

describe.each(VIEWPORTS)('map at %s size', (name, viewport) => {
  const phone = name === 'phone';

  it('moves to each map step’s view, with its places in the clear part of the stage', async () => {
    const { page, errors, close } = await open(browser, viewport, url);
    for (const step of MAP_STEPS) {
      await goToMapStep(page, step);
      const points = await markerPoints(page);
      expect(points.length, step.id).toBeGreaterThan(0);
      for (const id of step.highlight) {
        const p = points.find((x) => x.id === id);
        expect(p, `${step.id}: ${id} drawn`).toBeDefined();
        expect(p!.highlight, `${step.id}: ${id} highlighted`).toBe(true);
      }
      for (const p of points) {
        expect(p.x, `${step.id}: ${p.id} x`).toBeGreaterThan(0.02);
        expect(p.x, `${step.id}: ${p.id} x`).toBeLessThan(0.98);
        expect(p.y, `${step.id}: ${p.id} y`).toBeGreaterThan(0.04);
        // On phones the stage is the band no card covers (phone-cover.test.ts): all of it is clear.
        expect(p.y, `${step.id}: ${p.id} y`).toBeLessThan(0.96);
      }
      const listed = await page.$$eval('[data-listed]', (els) =>
        els.map((el) => el.getAttribute('data-listed')),
      );
      expect(listed, step.id).toEqual([...step.listed]);
      const paths = await page.$$eval('.leaflet-host svg path', (els) => els.length);
      expect(paths, step.id).toBeGreaterThan(5);
    }
    const text = await page.$eval('[data-listed="yingzi"]', (el) => el.textContent);
    expect(text).toBe('营子村（大川镇）· 无公开坐标');
    expect(errors).toEqual([]);
    await close();
  });

  it('waits, hidden, at the next map step’s view with its layers drawn, so showing it moves nothing', async () => {
    const { page, errors, close } = await open(browser, PHONE, url);
    const tourPaths = () => page.$$eval('.leaflet-m-study-tour-pane path', (els) => els.length);
    const arcPaths = () => page.$$eval('.leaflet-m-arcs-pane path', (els) => els.length);
    await goToMapStep(page, MAP_STEPS[0]);
    expect(await tourPaths()).toBeGreaterThan(0);
    // An arc from the district seat to each county of the tour, drawn a task after the scene.
    await page.waitForFunction(
      (n) => document.querySelectorAll('.leaflet-m-arcs-pane path').length === n,
      MAP_STEPS[0].highlight.length,
      { timeout: 2000 },
    );
    // A chart step just before the next map step: the map hides, then (when the browser is
    // idle) jumps to that map step's view with its layers off and draws them again, one per task.
    await scrollToStep(page, 'cooperatives');
    await waitForStep(page, 'cooperatives');
    await page.waitForFunction(
      () =>
        document.querySelector('.map-view')?.getAttribute('data-view') === 'district' &&
        document.querySelector('.leaflet-host')?.getAttribute('data-layers') === 'drawn',
      null,
      { timeout: 8000 },
    );
    expect(await tourPaths()).toBe(0);
    expect(await arcPaths()).toBe(0);
    expect(await page.$$eval('.leaflet-host svg path', (els) => els.length)).toBeGreaterThan(5);
    // Shown again, it is already there: settled at once, with no flight.
    await scrollToStep(page, MAP_STEPS[1].id);
    await waitForStep(page, MAP_STEPS[1].id);
    await waitForSettledAt(page, 'district', 500);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a sheet for every drawn marker; Escape closes it and focus returns', async () => {
    const { page, errors, close } = await open(browser, viewport, url);
    for (const step of MAP_STEPS) {
      await goToMapStep(page, step);
      const ids = await page.$$eval('.place-icon:not(.is-off) [data-place]', (els) =>
        els.map((el) => el.getAttribute('data-place') ?? ''),
      );
      for (const id of [...ids, ...step.listed]) {
        const selector = ids.includes(id) ? `[data-place="${id}"]` : `[data-listed="${id}"]`;
        const label = await page.getAttribute(selector, 'aria-label');
        if (ids.includes(id)) expect(label, id).toContain(placeName(id));
        // The narrow layout's place panel starts folded to one line: open it first.
        if (!ids.includes(id)) await unfoldPlacePanel(page);
        if (phone) await page.tap(selector);
        else await page.click(selector);
        const dialog = page.locator(`[role="dialog"][data-sheet="${id}"]`);
        await dialog.waitFor({ timeout: 3000 });
        const title = await dialog.evaluate(
          (d) => document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent,
        );
        expect(title?.trim(), id).toBe(placeName(id));
        expect((await activeInfo(page)).role).toBe('dialog');
        if (phone) {
          // A bottom sheet, above the step card.
          const onTop = await dialog.evaluate((d) => {
            const r = d.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.bottom - 20);
            return d.contains(hit) && Math.abs(r.bottom - innerHeight) < 2;
          });
          expect(onTop, id).toBe(true);
        }
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached', timeout: 3000 });
        const focus = await activeInfo(page);
        expect(focus.place ?? focus.listed, id).toBe(id);
      }
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('closes with the close button, and “read this in the story” makes the place’s step current', async () => {
    const { page, errors, close } = await open(browser, viewport, url);
    await goToMapStep(page, MAP_STEPS[2]); // famous-villages: 东沟's own step; “read” focuses its text
    const tap = (sel: string) => (phone ? page.tap(sel) : page.click(sel));
    await tap('[data-place="donggou"]');
    await page.click('[role="dialog"] button.close');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    expect((await activeInfo(page)).place).toBe('donggou');
    await tap('[data-place="donggou"]');
    expect(await page.getAttribute('[role="dialog"] [data-read]', 'data-read')).toBe(
      'famous-villages',
    );
    await tap('[role="dialog"] [data-read]');
    await waitForStep(page, 'famous-villages');
    await waitForView(page, 'tourism');
    expect(await page.$('[role="dialog"]')).toBeNull();
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.id ?? null),
    ).toBe('famous-villages');
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the page scroll over the map; “explore” pans and zooms, “done” returns', async () => {
    const { page, errors, close } = await open(browser, viewport, url);
    await goToMapStep(page, MAP_STEPS[0]);
    const box = (await page.locator('.leaflet-host').boundingBox())!;
    // A point over the map, clear of markers, controls and the step card. On phones the map is
    // the band above the cards, with the controls' row along its top (exploring, "查找村" joins
    // "完成" there): the centre of the band below that row.
    const controls = (await page.locator('.map-controls').boundingBox())!;
    const top = phone ? controls.y + controls.height : box.y;
    const x = Math.round(box.x + box.width * 0.5);
    const y = Math.round(top + (box.y + box.height - top) * (phone ? 0.5 : 0.8));
    const onMap = () =>
      page.evaluate(
        ([px, py]) => {
          const hit = document.elementFromPoint(px, py);
          return !!hit?.closest('.leaflet-host') && !hit.closest('.place-icon, .leaflet-control');
        },
        [x, y] as const,
      );
    expect(await onMap()).toBe(true);
    const before = await page.evaluate(() => scrollY);
    if (phone) await touchDrag(page, x, y, -220);
    else {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, 300);
    }
    await page.waitForFunction((y0) => Math.abs(scrollY - y0) > 50, before, { timeout: 3000 });

    await goToMapStep(page, MAP_STEPS[0]);
    await page.click('[data-explore]');
    await page.waitForSelector('.map-view[data-exploring] .leaflet-touch-drag');
    // Exploring adds buttons and the zoom control: the point is still the map's, and so is the
    // controls' row between and beside its buttons (only the buttons themselves take a touch).
    await page.waitForSelector('[data-villages-toggle]');
    expect(await onMap()).toBe(true);
    expect(
      await page.evaluate(() => {
        const [a, b] = [...document.querySelectorAll('.map-controls > button')].map((el) =>
          el.getBoundingClientRect(),
        );
        // Between the two buttons (row-reverse: "完成" right, "查找村" left of it).
        const hit = document.elementFromPoint((a!.left + b!.right) / 2, (a!.top + a!.bottom) / 2);
        return !!hit?.closest('.leaflet-host');
      }),
    ).toBe(true);
    const pane = () => page.$eval('.leaflet-map-pane', (el) => (el as HTMLElement).style.transform);
    const start = await pane();
    const where = async () =>
      (await markerPoints(page)).map((p) => `${p.id}@${p.x.toFixed(3)},${p.y.toFixed(3)}`);
    const story = await where();
    const still = await page.evaluate(() => scrollY);
    if (phone) await touchDrag(page, x, y, 150);
    else {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 120, y - 80, { steps: 8 });
      await page.mouse.up();
    }
    await page.waitForFunction(
      (t) => document.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform !== t,
      start,
    );
    expect(Math.abs((await page.evaluate(() => scrollY)) - still)).toBeLessThan(5);
    await page.click('[data-explore]');
    await page.waitForFunction(() => !document.querySelector('.map-view[data-exploring]'));
    expect(await page.$('.leaflet-touch-drag')).toBeNull();
    await waitForView(page, 'province');
    expect(await where()).toEqual(story);
    expect(errors).toEqual([]);
    await close();
  });
});

/** A one-finger drag as raw touch events (dy < 0: the finger moves up, the page scrolls down). */
async function touchDrag(page: Page, x: number, y: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    const point = { x, y: y + (dy * i) / 10 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('map loading and the network', () => {
  it('loads Leaflet only near the map, and draws with every off-origin request blocked', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    const origin = new URL(url).host;
    const offOrigin: string[] = [];
    const chunks: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.host !== origin) {
        offOrigin.push(u.href);
        return route.abort();
      }
      if (u.pathname.includes('/assets/MapView-')) chunks.push(u.pathname);
      return route.continue();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(chunks, 'no map chunk at first paint').toEqual([]);
    await scrollToStep(page, 'task-lists'); // two steps before the first map step
    await waitForStep(page, 'task-lists');
    await page.waitForFunction(() => !!document.querySelector('.leaflet-host'), null, {
      timeout: 8000,
    });
    expect(chunks.length).toBeGreaterThan(0);
    await goToMapStep(page, MAP_STEPS[1]);
    const paths = await page.$$eval('.leaflet-host svg path', (els) => els.length);
    expect(paths).toBeGreaterThan(5);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('jumps straight to the view under reduced motion, and after a fast scroll shows the step in view', async () => {
    const { page, errors, close } = await open(browser, PHONE, `${url}#study-tour`, {
      reducedMotion: true,
    });
    await waitForStep(page, 'study-tour');
    await waitForView(page, 'province');
    for (const id of ['famous-villages', 'study-tour', 'regional-layout'])
      await scrollToStep(page, id);
    await waitForStep(page, 'regional-layout');
    await waitForSettledAt(page, 'district', 500);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('optional tiles', () => {
  let dir = '';
  let server: Server | null = null;
  let tilesUrl = '';

  beforeAll(() => {
    // A private build with a tile layer configured (docs/map.md: VITE_MAP_CONFIG), prerendered.
    dir = mkdtempSync(join(tmpdir(), 'map-tiles-'));
    const tiles = {
      url: 'https://tiles.example.invalid/{z}/{x}/{y}.png',
      attribution: '© Example tiles',
      crs: 'wgs84',
      referrerPolicy: 'no-referrer',
    };
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: ROOT,
        env: { ...process.env, VITE_MAP_CONFIG: JSON.stringify({ tiles }) },
        stdio: 'pipe',
      },
    );
    // The page's text, as `npm run build` prerenders it (from its server build in .ssr/).
    execFileSync('npx', ['tsx', 'scripts/build/prerender.ts', dir], { cwd: ROOT, stdio: 'pipe' });
    const serve = sirv(dir, { dev: false });
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.writeHead(404).end();
      }),
    );
    return new Promise<void>((done) =>
      server!.listen(0, '127.0.0.1', () => {
        const a = server!.address();
        tilesUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/index.html`;
        done();
      }),
    );
  }, 120_000);

  afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );

  async function openWithTiles(serveTiles: boolean) {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    const tileRequests: { url: string; referer: string | undefined }[] = [];
    await page.route('**/*', (route) => {
      const req = route.request();
      const u = new URL(req.url());
      if (u.hostname === '127.0.0.1') return route.continue();
      tileRequests.push({ url: u.href, referer: req.headers()['referer'] });
      return serveTiles
        ? route.fulfill({ status: 200, contentType: 'image/png', body: PNG })
        : route.abort();
    });
    await page.goto(`${tilesUrl}#study-tour`, { waitUntil: 'load' });
    await waitForStep(page, 'study-tour');
    return { page, context, tileRequests };
  }

  it('draws the tiles under the vector map when they load', async () => {
    const { page, context, tileRequests } = await openWithTiles(true);
    await page.waitForSelector('.map-view[data-tiles="ok"]');
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests[0].url).toMatch(/^https:\/\/tiles\.example\.invalid\/\d+\/\d+\/\d+\.png$/);
    expect(tileRequests.every((r) => r.referer === undefined)).toBe(true); // no-referrer
    expect(await page.$$eval('.leaflet-host svg path', (els) => els.length)).toBeGreaterThan(5);
    expect(await page.textContent('.leaflet-control-attribution')).toContain('© Example tiles');
    await context.close();
  });

  it('keeps the vector map and the story going when every tile fails', async () => {
    const { page, context } = await openWithTiles(false);
    await page.waitForSelector('.map-view[data-tiles="failed"]');
    expect(await page.$('.leaflet-tile-pane img')).toBeNull();
    expect(await page.$$eval('.leaflet-host svg path', (els) => els.length)).toBeGreaterThan(5);
    await goToMapStep(page, MAP_STEPS[1]);
    await context.close();
  });
});
