/**
 * Screenshots of every step at 390x844 and 1280x800, for looking at the story as a reader
 * would: `npx tsx scripts/test/screenshots.ts [url] [stepFilter]` (default: serve dist/).
 * Writes screenshots/<size>/<nn>-<step>.png (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { launch, open } from '../browser/chromium';

const root = resolve(import.meta.dirname, '../..');
const filter = process.argv[3] ? new RegExp(process.argv[3]) : null;
let url = process.argv[2];
let server: ReturnType<typeof createServer> | null = null;
if (!url || url === '-') {
  const serve = sirv(resolve(root, 'dist'));
  server = createServer((req, res) => serve(req, res));
  await new Promise<void>((done) => server!.listen(4390, '127.0.0.1', done));
  url = 'http://127.0.0.1:4390/';
}

const browser = await launch();
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  const dir = resolve(root, 'screenshots', name);
  mkdirSync(dir, { recursive: true });
  const { page, errors, close } = await open(browser, viewport, url);
  await page.screenshot({ path: resolve(dir, '00-top.png') });
  const ids = await page.$$eval('[data-step]', (els) =>
    els.map((e) => e.getAttribute('data-step')!),
  );
  for (const [i, id] of ids.entries()) {
    if (filter && !filter.test(id)) continue;
    await page.evaluate((stepId) => {
      const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
      const trigger = innerHeight * (innerWidth <= 768 ? 0.6 : 0.5);
      scrollTo(0, el.getBoundingClientRect().top + scrollY - trigger + 40);
    }, id);
    await page.waitForTimeout(900);
    await page.screenshot({ path: resolve(dir, `${String(i + 1).padStart(2, '0')}-${id}.png`) });
  }
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(dir, '99-end.png') });
  if (errors.length) console.error(`${name}: console errors:\n${errors.join('\n')}`);
  await close();
}
await browser.close();
server?.close();
console.info(`screenshots in ${resolve(root, 'screenshots')}`);
