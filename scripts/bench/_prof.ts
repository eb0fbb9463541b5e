import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { launch } from '../browser/chromium';
import { serveStatic } from './static-server';
const dist = resolve(import.meta.dirname, '../../dist');
const { server, origin } = await serveStatic({ '/': dist });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
const host = await context.newPage();
const cdp = await context.newCDPSession(host);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await host.goto(`${origin}/embed-docs/demo-script.html`, { waitUntil: 'load' });
await host.waitForSelector('maojian-story [data-step]', { timeout: 20000 });
await host.evaluate(async () => {
  const el = document.querySelector('maojian-story')!.shadowRoot!.querySelector('[data-step="village-teams"]')!;
  for (let i = 0; i < 4; i++) { scrollTo(0, Math.round(el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 8)); await new Promise((d) => requestAnimationFrame(() => requestAnimationFrame(d))); }
});
await host.waitForTimeout(2000);
await browser.startTracing(host, { path: '/tmp/prof/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline.stack'] , screenshots: false});
await host.tap('maojian-story nav button');
await host.waitForTimeout(1500);
await browser.stopTracing();
await browser.close(); server.close();
