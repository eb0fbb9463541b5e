/**
 * Debian's Chromium through playwright-core, with the flags this closed network needs, and a
 * fresh page on the story: shared by the browser tests (tests/e2e/browser.ts re-exports it),
 * the benchmark (scripts/bench) and the screenshots (scripts/test/screenshots.ts). Node-only.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const VIEWPORTS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags this closed network needs (no background connections, no QUIC). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Opened {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** A fresh page at a viewport; console errors and page errors are collected. */
export async function open(
  browser: Browser,
  viewport: { width: number; height: number },
  url: string,
  options: {
    reducedMotion?: boolean;
    touch?: boolean;
    /** A script run in the page before its own (Playwright's addInitScript). */
    init?: string;
  } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: options.touch ?? viewport.width <= 768,
    isMobile: false,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  if (options.init) await context.addInitScript({ content: options.init });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url, { waitUntil: 'load' });
  await waitForReady(page);
  return { page, errors, close: () => context.close() };
}

/**
 * On the standalone page, waits until its script has started the stage after the first paint
 * (`data-ready` on the story); other pages (embeds, hosts) have nothing to wait for here.
 */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const story = document.querySelector('main.story') as HTMLElement | null;
    return !story || story.dataset.ready === 'true' || !document.querySelector('script[src]');
  });
}
