/**
 * The edition a running story shows, switched in place (the language control, or an embed's
 * `lang` attribute), and when each part follows:
 *
 * 1. At once (`text`): the header, the language control, the step being read and every part
 *    in view (the caller measures which: parts-in-view.ts), each marked with its language.
 *    The switch paints within a frame. Measured at 4x CPU in the script embed: the whole
 *    story laid out in the other language took 150 to 250 ms, and a change of the story's own
 *    `lang` attribute alone 50 to 130 ms (every text below it is styled and laid out again,
 *    even where a part states its own language). The first switch to an edition costs the
 *    most (words the page has not shaped before): at 4x, its tap's handlers took 55-100 ms,
 *    the next switches' 20-30 ms. So nothing out of sight is laid out in that frame.
 * 2. After that paint, in a task of its own: the story's own language (`frame`).
 * 3. A task later: the stage.
 * 4. Then the other steps, nearest first, STEPS_PER_TASK in each task, and the sources after
 *    the last step (part `count - 1`, see `set`). The story holds the reader's place after
 *    each (Scrolly: the steps above may change height).
 *
 * A second switch cancels what the first has left to do (one AbortController per switch).
 *
 * Before any switch, once the page is idle after the story starts (`warmWhenIdle`, at most
 * WARM_WITHIN ms later): the other editions' faces are made ready (warm-fonts.ts), so the first
 * switch's tap does not look fonts up.
 */
import type { Lang } from '../content/types';
import { isAbort, stageScheduler } from '../stage/scheduler';

/** Resolves after the next paint (rejects with the signal's reason if it aborts first). */
export type AfterPaint = (signal: AbortSignal) => Promise<void>;
/** Resolves in a new task (rejects with the signal's reason if it aborts first). */
export type NextTask = (signal: AbortSignal) => Promise<void>;

/** The next frame, then a new task: the frame's paint comes in between. */
export const afterNextPaint: AfterPaint = (signal) =>
  new Promise<void>((done, fail) => {
    const frame = requestAnimationFrame(() => done());
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(frame);
      fail(signal.reason);
    });
  }).then(() => stageScheduler.task(signal));

/** Steps switched per task after the first paint. */
export const STEPS_PER_TASK = 6;

/** Latest delay of the faces' warm-up after the story starts, ms. */
export const WARM_WITHIN = 2000;

export class EditionSwitch {
  /** The edition of the header and the language control. */
  text = $state<Lang>('zh-CN');
  /** The story's own language (its root's `lang`). */
  frame = $state<Lang>('zh-CN');
  /** The edition of the stage. */
  stage = $state<Lang>('zh-CN');
  /** By part (the steps, then the sources): it still shows #behind. */
  #waiting = $state.raw<readonly boolean[]>([]);
  readonly #anyWaiting = $derived(this.#waiting.includes(true));
  /** The edition the waiting parts show. */
  #behind: Lang = 'zh-CN';
  #switching: AbortController | null = null;
  #warming: AbortController | null = null;
  #afterPaint: AfterPaint;
  #task: NextTask;
  #idle: NextTask;

  constructor(
    lang: Lang,
    afterPaint: AfterPaint = afterNextPaint,
    task?: NextTask,
    idle?: NextTask,
  ) {
    this.text = lang;
    this.frame = lang;
    this.stage = lang;
    this.#behind = lang;
    this.#afterPaint = afterPaint;
    this.#task = task ?? ((signal) => stageScheduler.task(signal));
    this.#idle = idle ?? ((signal) => stageScheduler.idle(signal, WARM_WITHIN));
  }

  /**
   * Runs `warm` (which readies the other editions' faces) once the page is idle, unless a
   * switch is under way by then (its parts look their faces up themselves). Returns a cancel.
   */
  warmWhenIdle(warm: () => void): () => void {
    this.#warming?.abort();
    const warming = new AbortController();
    this.#warming = warming;
    this.#idle(warming.signal).then(
      () => {
        if (this.#warming === warming) this.#warming = null;
        if (this.settled) warm();
      },
      (error: unknown) => {
        if (!isAbort(error, warming.signal)) throw error;
      },
    );
    return () => warming.abort();
  }

  /** The edition part `i` shows (a step by its index; the sources after the last step). */
  partLang(i: number): Lang {
    return this.#waiting[i] ? this.#behind : this.text;
  }

  /** Every part shows the text's edition (no switch is under way). */
  get settled(): boolean {
    return !this.#anyWaiting && this.stage === this.text && this.frame === this.text;
  }

  /**
   * Switches to `lang` with the reader at part `at` of `count` parts (the steps, then the
   * sources: count is the number of steps + 1); `inView`, the parts the reader can see, switch
   * with part `at` at once.
   */
  set(lang: Lang, at = 0, count = 0, inView: readonly number[] = []): void {
    if (lang === this.text) return;
    this.#switching?.abort();
    this.#switching = null;
    // What the parts still waiting show stays; the rest showed the text, and now show lang.
    const before = this.#anyWaiting ? this.#waiting : null;
    const behind = before ? this.#behind : this.text;
    this.text = lang;
    const waiting =
      behind === lang
        ? []
        : Array.from({ length: count }, (_, i) => i)
            .filter((i) => i !== at && !inView.includes(i))
            .filter((i) => !before || before[i])
            .sort((a, b) => Math.abs(a - at) - Math.abs(b - at) || a - b);
    this.#behind = behind;
    this.#waiting = Array.from({ length: count }, (_, i) => waiting.includes(i));
    if (lang === this.stage && lang === this.frame && waiting.length === 0) return;
    const switching = new AbortController();
    this.#switching = switching;
    this.#follow(lang, waiting, switching.signal).then(
      () => {
        if (this.#switching === switching) this.#switching = null;
      },
      (error: unknown) => {
        if (!isAbort(error, switching.signal)) throw error;
      },
    );
  }

  async #follow(lang: Lang, waiting: number[], signal: AbortSignal): Promise<void> {
    await this.#afterPaint(signal);
    this.frame = lang;
    await this.#task(signal);
    this.stage = lang;
    while (waiting.length) {
      await this.#task(signal);
      const now = waiting.splice(0, STEPS_PER_TASK);
      this.#waiting = this.#waiting.map((w, i) => w && !now.includes(i));
    }
  }

  /** Stops a pending switch (the story is going away). */
  destroy(): void {
    this.#switching?.abort();
    this.#switching = null;
    this.#warming?.abort();
    this.#warming = null;
  }
}
