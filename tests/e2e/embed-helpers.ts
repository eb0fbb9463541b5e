/**
 * Helpers for the embed tests: the story's steps inside <maojian-story>'s shadow root (or an
 * iframe's document), scrolling the host page to a step, waiting for a step to be current.
 */
import type { Frame, Page } from 'playwright-core';

export type Ctx = Page | Frame;

/**
 * The story's root is the first (or the given) <maojian-story>'s shadow root, else the
 * document: each page function below finds it from this selector (no eval: a host's CSP may
 * forbid it). Waits poll by timer: a cross-origin frame out of view gets no animation frames.
 */
export const rootJs = (sel = 'maojian-story') => sel;

export async function storyIds(ctx: Ctx, sel?: string): Promise<string[]> {
  return ctx.evaluate(
    (js) =>
      Array.from(
        (document.querySelector(js)?.shadowRoot ?? document).querySelectorAll('[data-step]'),
      ).map((e) => e.getAttribute('data-step') ?? ''),
    rootJs(sel),
  );
}

export async function waitForSteps(ctx: Ctx, count = 30, sel?: string): Promise<void> {
  await ctx.waitForFunction(
    ([js, n]) =>
      (document.querySelector(js as string)?.shadowRoot ?? document).querySelectorAll('[data-step]')
        .length >= (n as number),
    [rootJs(sel), count] as const,
    { timeout: 15000, polling: 100 },
  );
}

/** Scrolls the host page so that a step of the script-embedded story reaches the trigger line. */
export async function scrollHostTo(page: Page, id: string, sel?: string): Promise<void> {
  await page.evaluate(
    async ([stepId, js]) => {
      const root = document.querySelector(js as string)?.shadowRoot ?? document;
      const el = root.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
      const narrow = (root.querySelector('.scrolly') as HTMLElement).clientWidth <= 768;
      const trigger = innerHeight * (narrow ? 0.6 : 0.5);
      for (let i = 0; i < 4; i++) {
        const y = Math.round(el.getBoundingClientRect().top + scrollY - trigger + 8);
        if (i > 0 && Math.abs(y - scrollY) < 1) return;
        scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
    },
    [id, rootJs(sel)] as const,
  );
}

/** The same for a story in a (cross-origin) iframe: measure inside, scroll outside. */
export async function scrollHostToFramed(
  page: Page,
  frame: Frame,
  id: string,
  iframe = 'iframe[data-maojian-story]:not(#not-ours)',
): Promise<void> {
  const inner = await frame.evaluate((stepId) => {
    const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
    const narrow = (document.querySelector('.scrolly') as HTMLElement).clientWidth <= 768;
    return { top: el.getBoundingClientRect().top, offset: narrow ? 0.6 : 0.5 };
  }, id);
  await page.evaluate(
    ({ top, offset, sel }) => {
      const f = document.querySelector(sel) as HTMLIFrameElement;
      const y = f.getBoundingClientRect().top + scrollY + top - innerHeight * offset + 8;
      scrollTo(0, y);
    },
    { ...inner, sel: iframe },
  );
}

export async function waitForCurrent(ctx: Ctx, id: string, sel?: string): Promise<void> {
  await ctx.waitForFunction(
    ([js, want]) => {
      const root = document.querySelector(js as string)?.shadowRoot ?? document;
      const cur = root.querySelector('[aria-current="step"]')?.getAttribute('data-step');
      const state = root.querySelector('figure[data-stage]')?.getAttribute('data-state') ?? '';
      return cur === want && state.endsWith(':' + want);
    },
    [rootJs(sel), id] as const,
    { timeout: 8000, polling: 100 },
  );
}

/** The story's iframe (its document, after any redirect, is on the story's origin). */
export async function storyFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => !f.isDetached() && /embed\.html/.test(f.url()));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no story frame');
}

/** The story's iframe element's height on the host page, px. */
export function frameHeight(page: Page, sel = 'iframe[data-maojian-story]:not(#not-ours)') {
  return page.$eval(sel, (f) => Math.round(f.getBoundingClientRect().height));
}

/** The framed story's own content height, px. */
export function contentHeight(frame: Frame) {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}
