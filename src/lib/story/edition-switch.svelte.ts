/**
 * The edition a running story shows, switched in place (the language control, or an embed's
 * `lang` attribute). The text switches at once; the stage follows once the new text has
 * painted, in a task of its own: a switch paints within a frame, however long the stage then
 * takes to draw the same step in the other language. A second switch before the stage has
 * followed cancels the first one's (one AbortController per switch).
 */
import type { Lang } from '../content/types';
import { isAbort, stageScheduler } from '../stage/scheduler';

/** Resolves after the next paint (rejects with the signal's reason if it aborts first). */
export type AfterPaint = (signal: AbortSignal) => Promise<void>;

/** The next frame, then a new task: the frame's paint comes in between. */
export const afterNextPaint: AfterPaint = (signal) =>
  new Promise<void>((done, fail) => {
    const frame = requestAnimationFrame(() => done());
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(frame);
      fail(signal.reason);
    });
  }).then(() => stageScheduler.task(signal));

export class EditionSwitch {
  /** The edition of the text (header, steps, sources). */
  text = $state<Lang>('zh-CN');
  /** The edition of the stage. */
  stage = $state<Lang>('zh-CN');
  #switching: AbortController | null = null;
  #afterPaint: AfterPaint;

  constructor(lang: Lang, afterPaint: AfterPaint = afterNextPaint) {
    this.text = lang;
    this.stage = lang;
    this.#afterPaint = afterPaint;
  }

  set(lang: Lang): void {
    if (lang === this.text) return;
    this.#switching?.abort();
    this.text = lang;
    if (lang === this.stage) {
      this.#switching = null;
      return;
    }
    const switching = new AbortController();
    this.#switching = switching;
    this.#afterPaint(switching.signal).then(
      () => {
        this.stage = lang;
        if (this.#switching === switching) this.#switching = null;
      },
      (error: unknown) => {
        if (!isAbort(error, switching.signal)) throw error;
      },
    );
  }

  /** Stops a pending stage switch (the story is going away). */
  destroy(): void {
    this.#switching?.abort();
    this.#switching = null;
  }
}
