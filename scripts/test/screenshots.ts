/**
 * Screenshots of every step, for looking at the story as a reader would:
 * `npm run screenshots` (after `npm run build`), or
 * `npx tsx scripts/test/screenshots.ts [url] [stepFilter]` (default: serve dist/).
 * Each step is shot half way through its reading window (the trigger line half way between
 * "becomes current" and "the next becomes current"), at 360x740 and 1280x800, in both
 * editions (other sizes: SCREENSHOT_SIZES=390x844,844x390), with the top of the page and its
 * end. Writes
 * screenshots/<edition>-<size>/<nn>-<step>.png and a contact sheet of each set,
 * screenshots/<edition>-<size>.html and .png (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { launch } from '../browser/chromium';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'screenshots');
const filter = process.argv[3] ? new RegExp(process.argv[3]) : null;
let url = process.argv[2];
let server: ReturnType<typeof createServer> | null = null;
if (!url || url === '-') {
  const serve = sirv(resolve(root, 'dist'));
  server = createServer((req, res) => serve(req, res));
  await new Promise<void>((done) => server!.listen(4390, '127.0.0.1', done));
  url = 'http://127.0.0.1:4390/';
}

/** Window sizes, e.g. `SCREENSHOT_SIZES=390x844,844x390` (default: 360x740 and 1280x800). */
const SIZES = (process.env.SCREENSHOT_SIZES ?? '360x740,1280x800').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number) as [number, number];
  return [width <= 768 ? 'phone' : 'desktop', { width, height }] as const;
});
const EDITIONS = [
  ['zh', ''],
  ['en', 'en.html'],
] as const;

async function openPage(browser: Browser, viewport: { width: number; height: number }, at: string) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: viewport.width <= 768,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(at, { waitUntil: 'load' });
  await page.waitForFunction(
    () => (document.querySelector('main.story') as HTMLElement | null)?.dataset.ready === 'true',
  );
  return { page, errors, close: () => context.close() };
}

/** Half way through the step's reading window, the stage settled on it. */
async function showStep(page: Page, id: string): Promise<void> {
  await page.evaluate(async (stepId) => {
    const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
    const holder = document.querySelector<HTMLElement>('[data-trigger]');
    const trigger = innerHeight * Number(holder?.dataset.trigger ?? 0.5);
    for (let i = 0; i < 6; i++) {
      const box = el.getBoundingClientRect();
      const y = Math.round(box.top + scrollY - trigger + box.height / 2);
      if (i > 0 && Math.abs(y - scrollY) < 1) return;
      scrollTo(0, y);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
  }, id);
  await page
    .waitForFunction(
      (want) => {
        const state = document.querySelector('figure[data-stage]')?.getAttribute('data-state');
        if (!state?.endsWith(':' + want)) return false;
        const map = document.querySelector('.map-view');
        const kind = document.querySelector('figure[data-stage]')?.getAttribute('data-kind');
        return (
          kind !== 'map' || map?.getAttribute('data-settled') === map?.getAttribute('data-view')
        );
      },
      id,
      { timeout: 8000 },
    )
    .catch(() => console.warn(`${id}: the stage did not settle`));
  await page.waitForTimeout(250);
}

function contactSheet(title: string, dir: string, shots: string[], width: number): string {
  const cells = shots
    .map((f) => `<figure><img src="${dir}/${f}" alt=""><figcaption>${f}</figcaption></figure>`)
    .join('\n');
  const col = width <= 768 ? 180 : 320;
  return `<!doctype html><meta charset="utf-8"><title>${title}</title>
<style>
body{margin:12px;font:12px system-ui,sans-serif;background:#ddd}
h1{font-size:14px;margin:0 0 8px}
main{display:grid;grid-template-columns:repeat(auto-fill,${col}px);gap:8px}
figure{margin:0;background:#fff;padding:4px}
img{width:100%;display:block;border:1px solid #999}
figcaption{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
</style>
<h1>${title}</h1>
<main>
${cells}
</main>
`;
}

const browser = await launch();
for (const [edition, path] of EDITIONS) {
  for (const [name, viewport] of SIZES) {
    const set = `${edition}-${name}-${viewport.width}x${viewport.height}`;
    const dir = resolve(out, set);
    mkdirSync(dir, { recursive: true });
    const { page, errors, close } = await openPage(browser, viewport, url + path);
    const shots: string[] = [];
    const shoot = async (file: string) => {
      await page.screenshot({ path: resolve(dir, file) });
      shots.push(file);
    };
    await shoot('00-top.png');
    const ids = await page.$$eval('[data-step]', (els) =>
      els.map((e) => e.getAttribute('data-step')!),
    );
    for (const [i, id] of ids.entries()) {
      if (filter && !filter.test(id)) continue;
      await showStep(page, id);
      await shoot(`${String(i + 1).padStart(2, '0')}-${id}.png`);
    }
    if (!filter) {
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      await shoot('99-end.png');
    }
    if (errors.length) console.error(`${set}: console errors:\n${errors.join('\n')}`);
    await close();

    const sheet = resolve(out, `${set}.html`);
    writeFileSync(sheet, contactSheet(set, set, shots, viewport.width));
    const viewer = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await viewer.goto(`file://${sheet}`);
    await viewer.screenshot({ path: resolve(out, `${set}.png`), fullPage: true });
    await viewer.close();
  }
}
await browser.close();
server?.close();
console.info(`screenshots and contact sheets in ${out}`);
