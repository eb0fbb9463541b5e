import { describe, expect, it } from 'vitest';
import {
  BAND_MAX,
  BAND_MIN,
  clearZone,
  CSS_FALLBACK,
  layoutProperties,
  STEP_GAP,
  storyLayout,
  SHORT_TRIGGER,
  TRIGGER_POSITION,
  WIDE_TRIGGER,
} from './clear-zone';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const card = 21 * 16; // MAX_CARD_REM at the default text size
const phone = (viewportHeight: number, maxCardHeight = card) =>
  clearZone({ viewportHeight, topInset: 4, cardGap: 12, maxCardHeight });

describe('clearZone', () => {
  it('gives common phones a band of half the window and the trigger at three quarters', () => {
    for (const h of [740, 844, 932]) {
      const z = phone(h);
      expect(z.bandShare).toBe(0.5);
      expect(z.band).toBe(h / 2);
      expect(z.triggerOffset).toBe(0.75);
      expect(z.trigger).toBeCloseTo(h * 0.75);
      expect(z.cardFits).toBe(true);
    }
  });

  it('keeps the graphic out of the bars over the band and the row under it', () => {
    expect(phone(740).graphic).toEqual({ top: 4, height: 366 });
    const z = clearZone({
      viewportHeight: 740,
      topInset: 4,
      bottomInset: 44,
      cardGap: 12,
      maxCardHeight: card,
    });
    expect(z.graphic).toEqual({ top: 4, height: 322 });
  });

  it('shrinks the band, not below 40 %, when the tallest card would not fit under it', () => {
    const z = phone(640); // 640 - 336 - 24 = 280: 43.75 %, down to 43 %
    expect(z.bandShare).toBe(0.43);
    expect(z.cardFits).toBe(true);
    expect(z.triggerOffset).toBe(0.72);
    const short = phone(420); // page zoom or a small window
    expect(short.bandShare).toBe(BAND_MIN);
    expect(short.cardFits).toBe(false);
    const big = phone(740, 2 * card); // text at 200 %
    expect(big.bandShare).toBe(BAND_MIN);
  });

  it('puts the trigger in the reading part, below the band', () => {
    for (const h of [400, 560, 640, 740, 1000]) {
      const z = phone(h);
      expect(z.trigger).toBeGreaterThan(z.band);
      expect(z.trigger).toBeLessThan(h);
      expect(z.bandShare).toBeGreaterThanOrEqual(BAND_MIN);
      expect(z.bandShare).toBeLessThanOrEqual(BAND_MAX);
    }
  });

  it('leaves a step gap after each card that takes the previous card under the band', () => {
    // When a step becomes current, the previous card's bottom is STEP_GAP above the trigger.
    for (const h of [740, 844, 932]) {
      const z = phone(h);
      expect(z.trigger - STEP_GAP * h).toBeLessThanOrEqual(z.band + 0.5);
    }
    expect(STEP_GAP).toBeCloseTo((1 - BAND_MAX) * TRIGGER_POSITION);
  });

  it('moves the trigger with its position in the reading part', () => {
    expect(
      clearZone({
        viewportHeight: 800,
        topInset: 0,
        cardGap: 0,
        maxCardHeight: 100,
        triggerPosition: 0,
      }).triggerOffset,
    ).toBe(0.5);
    expect(
      clearZone({
        viewportHeight: 800,
        topInset: 0,
        cardGap: 0,
        maxCardHeight: 100,
        triggerPosition: 1,
      }).triggerOffset,
    ).toBe(1);
  });

  it('answers an empty window without dividing by zero', () => {
    const z = phone(0);
    expect(z.band).toBe(0);
    expect(Number.isFinite(z.triggerOffset)).toBe(true);
  });
});

describe('storyLayout', () => {
  const input = { viewportHeight: 740, topInset: 4, rem: 16 };
  it("lays out phones (the story's own width up to 768 px) with the band", () => {
    for (const w of [320, 360, 768]) {
      const l = storyLayout(w, input);
      expect(l.narrow).toBe(true);
      expect(l.zone?.bandShare).toBe(0.5);
      expect(l.triggerOffset).toBe(0.75);
    }
  });
  it('puts wider stories, landscape phones among them, side by side', () => {
    for (const w of [769, 844, 1280]) {
      expect(storyLayout(w, { ...input, viewportHeight: 390 })).toEqual({
        narrow: false,
        short: false,
        zone: null,
        triggerOffset: WIDE_TRIGGER,
      });
    }
  });
  it("gives the band less room when the reader's text is large", () => {
    expect(storyLayout(360, { ...input, viewportHeight: 1200, rem: 32 }).zone?.bandShare).toBe(
      BAND_MIN,
    );
  });
  it('puts the stage behind the cards in a window too short for a band (zoom, large text)', () => {
    for (const [w, h, rem] of [
      [640, 400, 16],
      [320, 400, 16],
      [390, 844, 32],
    ] as const) {
      expect(storyLayout(w, { ...input, viewportHeight: h, rem })).toEqual({
        narrow: true,
        short: true,
        zone: null,
        triggerOffset: SHORT_TRIGGER,
      });
    }
    expect(storyLayout(360, { ...input, viewportHeight: 576 }).short).toBe(false);
  });
});

describe('layoutProperties', () => {
  const input = { viewportHeight: 844, topInset: 4, rem: 16 };
  const none = { '--band-share': null, '--trigger-share': null, '--graphic-top': null };
  it('writes nothing for the usual phone: the CSS fallbacks already show its layout', () => {
    for (const [w, h] of [
      [390, 844],
      [412, 823],
      [360, 740],
    ] as const) {
      const layout = storyLayout(w, { ...input, viewportHeight: h });
      expect(layoutProperties(layout, 4), `${w}x${h}`).toEqual(none);
    }
    // The embeds have no bars over the story.
    expect(layoutProperties(storyLayout(390, { ...input, topInset: 0 }), 0)).toEqual(none);
  });
  it('writes a smaller band and its trigger on a short phone', () => {
    const layout = storyLayout(360, { ...input, viewportHeight: 640 });
    expect(layout.zone!.bandShare).toBeLessThan(CSS_FALLBACK.bandShare);
    expect(layoutProperties(layout, 4)).toEqual({
      '--band-share': String(layout.zone!.bandShare),
      '--trigger-share': String(layout.triggerOffset),
      '--graphic-top': null,
    });
  });
  it('writes the graphic top only when it is not the bars’ height', () => {
    const layout = storyLayout(390, input);
    expect(layoutProperties(layout, 4)['--graphic-top']).toBeNull();
    // A band lower than the bars (not met in practice) keeps the graphic within the band.
    const low = { ...layout, zone: { ...layout.zone!, graphic: { top: 2, height: 0 } } };
    expect(layoutProperties(low, 4)['--graphic-top']).toBe('2px');
  });
  it('writes nothing side by side or in a short window (their CSS uses no fallbacks)', () => {
    expect(layoutProperties(storyLayout(1280, input), 4)).toEqual(none);
    expect(layoutProperties(storyLayout(640, { ...input, viewportHeight: 400 }), 4)).toEqual(none);
  });
  it("matches Scrolly.svelte's CSS fallbacks", () => {
    const css = readFileSync(
      resolve(import.meta.dirname, '../../components/story/Scrolly.svelte'),
      'utf8',
    );
    expect(css).toContain(`var(--band-share, ${CSS_FALLBACK.bandShare})`);
    expect(css).toContain(`var(--trigger-share, ${CSS_FALLBACK.triggerShare})`);
    expect(css).toContain('var(--graphic-top, var(--top-inset, 0px))');
  });
});
