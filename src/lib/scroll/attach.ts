/**
 * Attaches the scroller to a story's steps (`[data-step]` inside `stepsEl`): lays the story
 * out for its width (the phone layout's clear zone while the story's own box, `box`, is at
 * most 768 px wide), optionally brings a start step to the trigger line first.
 *
 * The layout is written on `box` as CSS custom properties (`--band-share`, `--trigger-share`,
 * `--graphic-top`, read by Scrolly.svelte's styles), only where they differ from its CSS
 * fallbacks (`layoutProperties`), and on `stepsEl` as `data-trigger` (the trigger line's share
 * of the visible height) and `data-band` (the band's share, empty side by side or in a short
 * window), for tools and tests; no style reads those two.
 */
import type { Active } from './active';
import { layoutProperties, storyLayout } from './clear-zone';
import { createScroller } from './scroller';
import { windowViewport, type Viewport } from './viewport';

export interface AttachOptions {
  box: HTMLElement;
  stepsEl: HTMLElement;
  onActive: (active: Active) => void;
  start?: string | null;
  viewport?: Viewport;
  /** Fixed bars over the top of the stage (the page's progress bar), px. */
  topInset?: number;
}

export interface AttachedSteps {
  /**
   * After the steps' text changed under the reader (a language switch): scrolls so that the
   * trigger line is again `active.progress` of the way through the step it was in (only where
   * the story scrolls with this window: never a host's page from inside an iframe), and
   * re-reads the steps (scrollama's own resize observers follow the steps' new heights).
   */
  hold(active: Active): void;
  destroy(): void;
}

export function attachSteps({
  box,
  stepsEl,
  onActive,
  start,
  viewport = windowViewport(),
  topInset = 0,
}: AttachOptions): AttachedSteps {
  const steps = Array.from(stepsEl.querySelectorAll<HTMLElement>('[data-step]'));
  let trigger = 0.5;
  const lay = (): number => {
    const rem = parseFloat(getComputedStyle(box).fontSize) || 16;
    const layout = storyLayout(box.clientWidth, {
      viewportHeight: viewport.height(),
      topInset,
      rem,
    });
    // Only what changed, and only what the CSS fallbacks do not already show: each custom
    // property written here restyles every step below the box.
    for (const [name, value] of Object.entries(layoutProperties(layout, topInset))) {
      if (box.style.getPropertyValue(name) === (value ?? '')) continue;
      if (value === null) box.style.removeProperty(name);
      else box.style.setProperty(name, value);
    }
    const band = layout.zone ? String(layout.zone.bandShare) : '';
    if (stepsEl.dataset.band !== band) stepsEl.dataset.band = band;
    const triggerText = String(layout.triggerOffset);
    if (stepsEl.dataset.trigger !== triggerText) stepsEl.dataset.trigger = triggerText;
    if (layout.short !== box.hasAttribute('data-short'))
      box.toggleAttribute('data-short', layout.short);
    trigger = layout.triggerOffset;
    return trigger;
  };
  lay();
  // Its scroll-margin puts the step just above the trigger line, so it becomes current. Steps
  // not yet laid out have estimated sizes (content-visibility): aim again, frame by frame,
  // until the step stays put.
  const target = start ? steps.find((el) => el.dataset.step === start) : undefined;
  let aim = 0;
  if (target) {
    let tries = 0;
    const again = () => {
      const before = target.getBoundingClientRect().top;
      target.scrollIntoView({ block: 'start' });
      if (++tries < 6 && Math.abs(target.getBoundingClientRect().top - before) > 1)
        aim = requestAnimationFrame(again);
    };
    target.scrollIntoView({ block: 'start' });
    aim = requestAnimationFrame(again);
  }
  const scroller = createScroller({ steps, onChange: onActive, viewport, offset: lay });
  return {
    hold(active) {
      const el = steps[active.index];
      if (active.entered && el && viewport.observed) {
        const box = el.getBoundingClientRect();
        const line = viewport.top() + viewport.height() * trigger;
        const by = Math.round(box.top + active.progress * box.height - line);
        if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
      }
      scroller.reread();
    },
    destroy() {
      cancelAnimationFrame(aim);
      scroller.destroy();
    },
  };
}
