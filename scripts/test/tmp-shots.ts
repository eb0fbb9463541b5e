import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { launch, open } from '../../tests/e2e/browser';
const root = resolve(import.meta.dirname, '../..');
const filter = new RegExp(process.argv[2] ?? '.');
const serve = sirv(resolve(root, 'dist'));
const server = createServer((req, res) => serve(req, res));
await new Promise<void>((done) => server.listen(4391, '127.0.0.1', done));
const browser = await launch();
for (const page0 of ['', 'en.html']) {
  for (const [name, viewport] of [['p360', { width: 360, height: 740 }], ['d1280', { width: 1280, height: 800 }]] as const) {
    const dir = '/tmp/i16/shots';
    mkdirSync(dir, { recursive: true });
    const lang = page0 ? 'en' : 'zh';
    const { page, errors, close } = await open(browser, viewport, 'http://127.0.0.1:4391/' + page0);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${dir}/${lang}-${name}-00-top.png` });
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
    for (const [i, id] of ids.entries()) {
      if (!filter.test(id)) continue;
      await page.evaluate((stepId) => {
        const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
        const trigger = innerHeight * (innerWidth <= 768 ? 0.6 : 0.5);
        scrollTo(0, el.getBoundingClientRect().top + scrollY - trigger + 40);
      }, id);
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${dir}/${lang}-${name}-${String(i + 1).padStart(2, '0')}-${id}.png` });
    }
    if (process.argv[3]) {
      await page.evaluate(() => document.getElementById('sources')?.scrollIntoView());
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${dir}/${lang}-${name}-99-sources.png` });
    }
    if (errors.length) console.error(`${lang} ${name}: ${errors.join('\n')}`);
    await close();
  }
}
await browser.close();
server.close();
