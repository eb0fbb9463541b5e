/**
 * Draws a chart's marks on a 2D canvas and morphs them from one state to the next, frame by
 * frame. The same painter runs on the page's main thread or in a worker that owns the canvas
 * (marks-worker.ts; marks-drawer.ts picks where). Its animation frames are rendering, not
 * scheduling: the stage controller decides when the marks change
 * (src/lib/stage/stage-controller.svelte.ts); the painter only draws the change.
 */
import { morph, visible, type DrawMark } from './morph';
import { paintMarks, type Paintable } from './paint';
import { tweenDuration } from './tween';

/** How long the marks take to move to a new state, ms. */
export const MORPH_MS = 500;

/** The canvas's box (CSS px), its device pixels per CSS pixel, and the scroll-linked reveal. */
export interface MarksView {
  width: number;
  height: number;
  dpr: number;
  /** Scroll-linked reveal progress, 0..1 (see Mark.reveal). */
  reveal: number;
}

/** A state to draw. */
export interface MarksTarget {
  marks: DrawMark[];
  /** A new key starts a morph; the same key (new sizes) carries on with the one under way. */
  key: string;
  /** No morph: the reader prefers reduced motion, or nobody sees the chart. */
  instant: boolean;
  /** A new key grows its marks in from nothing instead of moving those on the canvas. */
  enter: boolean;
}

/** Where the painter draws: a 2D context (null: none, nothing is drawn) and its pixel size. */
export interface MarksSurface {
  ctx: Paintable | null;
  /** Sets the backing store's size in device pixels (when it differs: a new size clears it). */
  size(width: number, height: number): void;
}

/**
 * The thread's animation frames. The painter reads the time from its clock, not from the
 * frame's timestamp: in a worker, that timestamp is not on performance.now()'s timeline.
 */
export interface Frames {
  request(draw: () => void): number;
  cancel(id: number): void;
}

/** What a story's chart needs from whatever draws its marks, here or in a worker. */
export interface MarksDrawer {
  setView(view: MarksView): void;
  setTarget(target: MarksTarget): void;
  destroy(): void;
}

export class MarksPainter implements MarksDrawer {
  /** The marks on the canvas. */
  #frame: DrawMark[] = [];
  #morph: ((t: number) => DrawMark[]) | null = null;
  #start = 0;
  #duration = 0;
  #frameId = 0;
  #key: string | null = null;
  #view: MarksView = { width: 0, height: 0, dpr: 1, reveal: 1 };
  readonly #surface: MarksSurface;
  readonly #frames: Frames;
  readonly #clock: () => number;

  constructor(surface: MarksSurface, frames: Frames, clock: () => number) {
    this.#surface = surface;
    this.#frames = frames;
    this.#clock = clock;
  }

  /** A new box, pixel ratio or reveal: one repaint. */
  setView(view: MarksView): void {
    this.#view = view;
    this.#schedule();
  }

  /** A new state: morphs to it from the frame on screen (which interrupts any morph). */
  setTarget({ marks, key, instant, enter }: MarksTarget): void {
    const now = this.#clock();
    const left = this.#morph ? Math.max(0, this.#start + this.#duration - now) : 0;
    const changed = key !== this.#key;
    this.#key = key;
    this.#duration = tweenDuration(instant, changed ? MORPH_MS : left);
    if (this.#duration === 0) {
      this.#frame = marks;
      this.#morph = null;
    } else {
      const from = enter && changed ? [] : visible(this.#frame, this.#view.reveal);
      this.#morph = morph(from, marks);
      this.#start = now;
    }
    this.#schedule();
  }

  destroy(): void {
    if (this.#frameId) this.#frames.cancel(this.#frameId);
    this.#frameId = 0;
    this.#morph = null;
  }

  #schedule(): void {
    if (!this.#frameId) this.#frameId = this.#frames.request(() => this.#draw());
  }

  #draw(): void {
    this.#frameId = 0;
    const now = this.#clock();
    const t = this.#duration > 0 ? (now - this.#start) / this.#duration : 1;
    if (this.#morph) this.#frame = this.#morph(t);
    if (t >= 1) this.#morph = null;
    const { width, height, dpr, reveal } = this.#view;
    this.#surface.size(Math.round(width * dpr), Math.round(height * dpr));
    if (this.#surface.ctx) paintMarks(this.#surface.ctx, this.#frame, width, height, dpr, reveal);
    if (this.#morph) this.#schedule();
  }
}

/**
 * A painter on `canvas` (the page's, or the worker's OffscreenCanvas) with its 2D context, on
 * this thread's animation frames and clock.
 */
export function canvasPainter(
  canvas: { width: number; height: number },
  ctx: Paintable | null,
): MarksPainter {
  const surface = {
    ctx,
    size(width: number, height: number) {
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
    },
  };
  const frames = {
    request: (draw: () => void) => requestAnimationFrame(() => draw()),
    cancel: (id: number) => cancelAnimationFrame(id),
  };
  return new MarksPainter(surface, frames, () => performance.now());
}
