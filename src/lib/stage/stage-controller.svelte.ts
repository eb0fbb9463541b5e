/**
 * The stage controller: the one place that decides when the stage changes. The page path (the
 * scroller's owner) calls `setActive` on every scroller event; the stage's components render
 * what this class has committed and hold no timers, flags or scheduling of their own. One per
 * story: two stories on one page share nothing (not even the chart's scene cache).
 *
 * It holds three kinds of state:
 * - the TARGET, derived from the active step at once (`step`, `showsMap`, `mapStep` while
 *   shown): what the stage should show;
 * - the COMMITTED state the components draw (`chartOnStage`, `chartProgress`, `marksEnter`,
 *   `layerOnStage`, `mapWaitsAt`, `mapView`/`mapLoad`), written in tasks of their own by the
 *   timing policy below;
 * - the chart's memory across remounts (`chartSize`, `chartTextScale`, `chartMeasured`, the
 *   scene cache).
 *
 * ## When the stage changes (the timing policy)
 *
 * A step change (a new active index, or a new edition) aborts whatever the previous one left
 * pending: there is one AbortController per step change, and every wait below takes its signal.
 *
 * The state the story opens with is committed at once (the stage mounts showing it). No
 * scene is built before ChartLayer has measured the chart's box (its ResizeObserver reports
 * before the first paint), so the opening chart is built once, in its own box; it is drawn
 * without transitions (`chartOpening`) until the first chart commit after it.
 *
 * 1. At once, in the scroll frame's own update: which layer shows (`showsMap`: the layers swap
 *    by opacity), the stage's data-state, and the map layer turning inert as it hides (focus
 *    never stays in a map the reader cannot see). A shown map forgets the step it waited at.
 * 2. The next task: the layer the stage settled on (`layerOnStage`). The hidden chart layer
 *    turns inert, a shown one stops being inert (inert restyles a layer's whole subtree: work
 *    that would otherwise lengthen the frame that swaps map and chart).
 * 3. The chart, one task after the step change: if the step's scene was built ahead, it is
 *    drawn in that task; else the scene is built in that task and drawn in the next. The marks
 *    of a new chart grow in from nothing when the layer was hidden when the last chart was
 *    drawn; a chart drawn while the map shows is drawn without transitions (ChartLayer).
 * 4. When idle, one per idle callback (at most 2 s later): the scenes of the chart steps the
 *    reader may reach next (as they look when entered from this side) and this step's next
 *    highlight; after each, in an idle callback of its own, the faces of its text that the
 *    page has not used yet (lib/charts/chart-faces.ts: the first layout in a new weight and
 *    size otherwise looks the face up in the commit's task). Restarted when the chart's box
 *    changes size.
 * 5. When idle (at most 1 s later): the hidden map moves to the map step it waits at (the one
 *    ahead, or the one just left), so showing it redraws nothing.
 * 6. The map module (the controller's lifetime, not a step's): on a map step at once; within
 *    two steps of one when idle; in pieces, one per task (load-map-in-pieces.ts). A failure
 *    shows "try again" (`loadMap()`); coming near again or reaching a map step tries again.
 *
 * Within a step, scroll progress is committed (a task later, like the step) only for charts
 * drawn with scroll (a reveal or a travelling highlight); a commit still pending takes the
 * latest progress when it runs. Each commit is drawn and laid out in its own task
 * (`#commit`), so the next scroll frame only paints.
 */
import { flushSync, untrack } from 'svelte';
import type { Figure, Lang, Step } from '../content/types';
import type { UiText } from '../i18n/ui';
import type { Active } from '../scroll/active';
import { buildScene, type SceneInput } from '../charts/build';
import type { Scene } from '../charts/chart-scene';
import { emphasisFor } from '../charts/emphasis';
import { revealProgress, travelCount } from '../charts/progress';
import { createSceneCache } from '../charts/scene-cache';
import type { TextFace } from '../charts/chart-faces';
import { FacesReady } from '../charts/faces-ready';
import { warmTexts } from '../story/warm-fonts';
import { lastMapStepUpTo, mapIsNear, mapStepAt } from '../map/links';
import { chartStepAt, chartStepsNear, stageState, stepFigures } from '../story/derive';
import { isAbort, layOutNow, stageScheduler, type TaskScheduler } from './scheduler';
import { loadMapInPieces, type MapViewComponent } from '../../components/map/load-map-in-pieces';
import type { ChartBox } from './chart-box';

/** What the stage draws from: one edition of the story. */
export interface Edition {
  steps: readonly Step[];
  figures: ReadonlyMap<string, Figure>;
  lang: Lang;
  ui: UiText;
}

/** A chart step and the figures it draws. */
export interface ChartStep {
  step: Step;
  figures: readonly Figure[];
}

export type MapLoad = 'not-started' | 'loading' | 'ready' | 'failed';

export interface StageControllerOptions {
  /** The edition to draw; read reactively (the reader may switch edition in place). */
  edition: () => Edition;
  /** Where the story opens (the first step by default). Its state is committed at once. */
  active?: Active;
  /** Tasks and idle callbacks (tests pass a fake one). */
  scheduler?: TaskScheduler;
  /** Forces style and layout after a commit (layOutNow on the page). */
  layOut?: () => void;
  /** Builds a chart scene (tests pass a counting one). */
  buildScene?: (input: SceneInput) => Scene;
  /** The map module, in pieces (load-map-in-pieces.ts). */
  loadMap?: () => AsyncGenerator<unknown, MapViewComponent>;
  /** Readies text faces in a font stack (a canvas measures them on the page). */
  warmFaces?: (faces: readonly TextFace[], family: string) => void;
}

/** The chart's box until measured, and where a box measured as empty (hidden) keeps it. */
const FIRST_SIZE = { width: 358, height: 404 };
/** Scenes kept (this step, the ones around it, a few the reader scrolled back from). */
const SCENES_KEPT = 10;
/** Latest delays of the idle work, ms. */
const AHEAD_WITHIN = 2000;
const MAP_MOVE_WITHIN = 1000;
const MAP_LOAD_WITHIN = 500;

/** How the map module is wanted at a step: not yet, when idle (near a map step), now. */
type MapWanted = 'no' | 'when-idle' | 'now';

const NOT_ENTERED: Active = { index: 0, progress: 0, entered: false };

/** Items a travelling highlight moves along: those of the step's list. */
const listItems = (chart: ChartStep): number =>
  chart.figures.find((f) => f.kind === 'list')?.items?.length ?? 1;

/** Items stressed at scroll progress `progress` through a step with a travelling highlight. */
function litAt(chart: ChartStep, progress: number): number | undefined {
  return emphasisFor(chart.step).travel ? travelCount(listItems(chart), progress) : undefined;
}

/** Whether a chart changes with scroll progress within its step. */
const drawnWithScroll = (chart: ChartStep | null): boolean => {
  if (!chart) return false;
  const emphasis = emphasisFor(chart.step);
  return emphasis.reveal !== undefined || emphasis.travel === true;
};

const sameChart = (a: ChartStep | null, b: ChartStep | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.step === b.step &&
    a.figures.length === b.figures.length &&
    a.figures.every((f, i) => f === b.figures[i]));

export class StageController {
  readonly #edition: () => Edition;
  readonly #scheduler: TaskScheduler;
  readonly #layOut: () => void;
  readonly #loadMap: () => AsyncGenerator<unknown, MapViewComponent>;
  readonly #warmFaces: (faces: readonly TextFace[], family: string) => void;
  readonly #scenes: ReturnType<typeof createSceneCache>;
  /** The chart's font stack (ChartLayer measures it with the box). */
  #chartFamily = '';
  /** The chart faces in use or readied. */
  readonly #facesReady = new FacesReady();

  /** The controller's lifetime: the map module loads under it; destroy() aborts it. */
  readonly #lifetime = new AbortController();
  /** The current step change: every commit pending for it waits under its signal. */
  #stepChange = new AbortController();
  /** The idle work building scenes ahead (restarted on a commit or a resize). */
  #ahead = new AbortController();
  /** The step change whose chart commit is pending (a progress change then needs none). */
  #chartCommitFor: AbortSignal | null = null;
  /** The steps and index the last step change was for. */
  #seen: { steps: readonly Step[]; index: number };
  #mapWanted: MapWanted = 'no';
  /** Whether the layer was hidden when the chart on stage was drawn. */
  #drawnWhileHidden: boolean;

  // ---- The edition and the active step (what the page path reports) ----
  readonly edition: Edition = $derived.by(() => this.#edition());
  readonly steps: readonly Step[] = $derived(this.edition.steps);
  readonly lang: Lang = $derived(this.edition.lang);
  readonly ui: UiText = $derived(this.edition.ui);
  /** The scroller's last reading. */
  active: Active = $state.raw(NOT_ENTERED);

  // ---- The target: derived at once from the active step ----
  readonly step: Step = $derived(this.steps[this.active.index] ?? this.steps[0]!);
  /** The stage state the step asks for (the stage's data-state). */
  readonly stageName: string = $derived(stageState(this.step));
  /** The map layer is the one shown (the chart layer fades out, keeping its last chart). */
  readonly showsMap: boolean = $derived(this.step.stage === 'map');
  /** The chart the chart layer should draw, with the progress through it. */
  readonly #chartTarget: ChartStep | null = $derived.by(() => {
    const step = this.showsMap ? chartStepAt(this.steps, this.active.index) : this.step;
    return step && { step, figures: stepFigures(step, this.edition.figures) };
  });
  readonly #chartTargetProgress: number = $derived(this.showsMap ? 1 : this.active.progress);
  /** The chart steps the reader may reach next, with the progress they are entered at. */
  readonly #chartsNear: readonly (ChartStep & { progress: number })[] = $derived.by(() =>
    chartStepsNear(this.steps, this.active.index).map((step) => ({
      step,
      figures: stepFigures(step, this.edition.figures),
      progress: this.steps.indexOf(step) > this.active.index ? 0 : 1,
    })),
  );
  /** The map step the hidden map should wait at: the one ahead, else the one just left. */
  readonly #mapWaitTarget: Step = $derived(mapStepAt(this.steps, this.active.index) ?? this.step);
  /** The map step the map showed last (where a hidden map stays until it moves). */
  readonly #mapLastShown: Step = $derived(
    lastMapStepUpTo(this.steps, this.active.index) ?? this.#mapWaitTarget,
  );

  // ---- Committed: what the components draw ----
  /** The chart on stage (kept, hidden, through map steps). */
  chartOnStage: ChartStep | null = $state.raw(null);
  /** The progress through the chart's step its marks show (scroll-linked reveal, highlight). */
  chartProgress = $state(0);
  /** The marks of the chart just drawn grow in from nothing (the first chart after the map). */
  marksEnter = $state(false);
  /**
   * The chart the story opens with, until the first chart commit after it: it appears with the
   * page, as the text does, drawn without transitions (also when its box is first measured).
   */
  chartOpening = $state(true);
  /** The layer the stage has settled on: the other one is inert. */
  layerOnStage: 'chart' | 'map' = $state('chart');
  /** Where the hidden map waits; null: where it was shown last. */
  mapWaitsAt: Step | null = $state.raw(null);
  mapLoad: MapLoad = $state('not-started');
  /** The map's component, once loaded. */
  mapView: MapViewComponent | null = $state.raw(null);

  // ---- The chart's memory: its box and text size, measured by ChartLayer ----
  chartSize = $state.raw(FIRST_SIZE);
  /** The reader's text size over the default 16px. */
  chartTextScale = $state(1);
  /** The chart's box has been measured once. */
  chartMeasured = $state(false);

  // ---- Derived from the committed state ----
  /** The hidden chart layer is inert (a task after it fades). */
  readonly chartInert: boolean = $derived(this.layerOnStage === 'map');
  /** The map layer is inert while hidden (at once) and until the stage settles on it. */
  readonly mapInert: boolean = $derived(!this.showsMap || this.layerOnStage !== 'map');
  /** The step the map draws: the current one while shown, else the one it waits at. */
  readonly mapStep: Step = $derived(
    this.showsMap ? this.step : (this.mapWaitsAt ?? this.#mapLastShown),
  );
  /** Items of the chart's list stressed so far (a travelling highlight), if any. */
  readonly chartLit: number | undefined = $derived(
    this.chartOnStage ? litAt(this.chartOnStage, this.chartProgress) : undefined,
  );
  /** The scene input of the chart on stage, in its current box. */
  readonly #chartInput: SceneInput | null = $derived(
    this.chartOnStage && this.#inputFor(this.chartOnStage, this.chartLit),
  );
  /** The scene drawn (built on first use: a scene build that throws reaches the boundary). */
  readonly chartScene: Scene | null = $derived.by(() =>
    this.chartMeasured && this.#chartInput ? this.#scenes.get(this.#chartInput).scene : null,
  );
  /** How far the chart's scroll-linked marks are revealed, 0..1 (1: all, or no reveal). */
  readonly chartReveal: number = $derived(
    this.chartOnStage && emphasisFor(this.chartOnStage.step).reveal !== undefined
      ? revealProgress(this.chartProgress)
      : 1,
  );
  /** Changes when the marks should move: a new chart, or the highlight moving on. */
  readonly chartMotionKey: string = $derived(
    `${this.chartOnStage?.step.id}:${this.chartLit ?? ''}`,
  );

  constructor(options: StageControllerOptions) {
    this.#edition = options.edition;
    this.#scheduler = options.scheduler ?? stageScheduler;
    this.#layOut = options.layOut ?? (() => layOutNow());
    this.#loadMap = options.loadMap ?? loadMapInPieces;
    this.#warmFaces = options.warmFaces ?? ((faces, family) => void warmTexts(faces, family));
    this.#scenes = createSceneCache(SCENES_KEPT, options.buildScene ?? buildScene);
    // The first state is committed as it is: the stage mounts showing it.
    this.active = options.active ?? NOT_ENTERED;
    this.chartOnStage = this.#chartTarget;
    this.chartProgress = this.#chartTargetProgress;
    this.layerOnStage = this.showsMap ? 'map' : 'chart';
    this.#drawnWhileHidden = this.showsMap;
    this.#seen = { steps: this.steps, index: this.active.index };
  }

  /**
   * The scroller's reading: called by the page path on every scroller event. Updates the
   * target at once and schedules the commits (see the timing policy above).
   */
  setActive(active: Active): void {
    // Untracked: a caller inside an effect (the scroller attached in one) does not come to
    // depend on the state this reads and writes.
    untrack(() => {
      if (this.#lifetime.signal.aborted) return;
      const moved = active.progress !== this.active.progress;
      this.active = active;
      if (this.#seen.index !== active.index || this.#seen.steps !== this.steps) this.#changeStep();
      else if (moved && !this.showsMap && drawnWithScroll(this.chartOnStage)) {
        this.#scheduleChartCommit();
      }
      this.#wantMap();
    });
  }

  /** The chart's box, measured by ChartLayer (a ResizeObserver). */
  measureChart({ width, height, textScale, family }: ChartBox): void {
    if (family) this.#chartFamily = family;
    if (width > 0 && height > 0) {
      if (width !== this.chartSize.width || height !== this.chartSize.height) {
        this.chartSize = { width, height };
      }
    }
    if (textScale > 0 && textScale !== this.chartTextScale) this.chartTextScale = textScale;
    this.chartMeasured = true;
    this.#buildAhead();
  }

  /** Loads the map module now (also the "try again" button after a failure). */
  loadMap(): void {
    if (this.mapLoad === 'loading' || this.mapLoad === 'ready') return;
    if (this.#lifetime.signal.aborted) return;
    this.mapLoad = 'loading';
    void this.#loadMapPieces(this.#lifetime.signal).then(
      (view) => {
        this.mapView = view;
        this.mapLoad = 'ready';
      },
      (e: unknown) => {
        if (isAbort(e, this.#lifetime.signal)) return;
        console.warn('map failed to load', e);
        this.mapLoad = 'failed';
      },
    );
  }

  /** Stops everything pending: the step's commits, the idle work, the map's loading. */
  destroy(): void {
    this.#stepChange.abort();
    this.#ahead.abort();
    this.#lifetime.abort();
  }

  // ---- The timing policy ----

  #changeStep(): void {
    this.#stepChange.abort();
    this.#ahead.abort();
    this.#stepChange = new AbortController();
    const { signal } = this.#stepChange;
    this.#seen = { steps: this.steps, index: this.active.index };
    // Shown, the map forgets where it waited (it draws the current step).
    if (this.showsMap) this.mapWaitsAt = null;
    this.#settleLayer(signal);
    this.#scheduleChartCommit();
    this.#moveHiddenMap(signal);
  }

  /** The layer the stage settles on, a task after the swap. */
  #settleLayer(signal: AbortSignal): void {
    const layer = this.showsMap ? 'map' : 'chart';
    if (layer === this.layerOnStage) return;
    this.#after(signal, this.#scheduler.task(signal), () => {
      this.#commit(() => (this.layerOnStage = layer));
    });
  }

  /**
   * The chart commit of the current step change, one task later (or two, to build its scene).
   * A commit already pending for this step takes the latest progress when it runs.
   */
  #scheduleChartCommit(): void {
    const { signal } = this.#stepChange;
    if (this.#chartCommitFor === signal) return;
    this.#chartCommitFor = signal;
    const done = () => {
      if (this.#chartCommitFor === signal) this.#chartCommitFor = null;
    };
    this.#after(signal, this.#commitChart(signal), done, done);
  }

  async #commitChart(signal: AbortSignal): Promise<void> {
    await this.#scheduler.task(signal);
    const next = this.#chartTarget;
    const input = next && this.#inputFor(next, litAt(next, this.#chartTargetProgress));
    // Not built ahead: built in this task, drawn in the next. A scene that fails to build is
    // left to the drawing, which shows the failure in place.
    let built = false;
    try {
      built = input !== null && this.#scenes.get(input).built;
    } catch {
      built = false;
    }
    if (built) await this.#scheduler.task(signal);
    const hidden = this.showsMap;
    this.#commit(() => {
      const changed = !sameChart(next, this.chartOnStage);
      if (changed) this.chartOnStage = next;
      this.marksEnter = changed && this.#drawnWhileHidden && !hidden;
      this.chartOpening = false;
      this.#drawnWhileHidden = hidden;
      this.chartProgress = this.#chartTargetProgress;
    });
    this.#buildAhead();
  }

  /** In idle time, one per idle callback: the scenes the reader may want next. */
  #buildAhead(): void {
    this.#ahead.abort();
    this.#ahead = new AbortController();
    const { signal } = this.#ahead;
    const input = this.#chartInput;
    if (!this.chartMeasured || !input || this.#stepChange.signal.aborted) return;
    const ahead = this.#chartsNear.map((n) => this.#inputFor(n, litAt(n, n.progress)));
    if (input.lit !== undefined && this.chartOnStage && input.lit < listItems(this.chartOnStage)) {
      ahead.unshift({ ...input, lit: input.lit + 1 });
    }
    this.#facesInUse(input);
    const build = async () => {
      for (const next of ahead) {
        if (!this.#scenes.has(next)) {
          await this.#scheduler.idle(signal, AHEAD_WITHIN);
          this.#scenes.get(next);
        }
        if (!this.#chartFamily) continue;
        const family = this.#chartFamily;
        const faces = this.#facesReady.missing(
          this.#scenes.get(next).scene,
          this.chartTextScale,
          family,
        );
        if (!faces.length) continue;
        await this.#scheduler.idle(signal, AHEAD_WITHIN);
        this.#warmFaces(faces, family);
        this.#facesReady.add(faces, family);
      }
    };
    this.#after(signal, build());
  }

  /** The chart on stage is drawn (or about to be, in its box): its faces are in use. */
  #facesInUse(input: SceneInput): void {
    if (!this.#chartFamily) return;
    let scene: Scene;
    try {
      scene = this.#scenes.get(input).scene;
    } catch {
      return; // drawn as a failure in place (ChartLayer's boundary)
    }
    const family = this.#chartFamily;
    this.#facesReady.add(this.#facesReady.missing(scene, this.chartTextScale, family), family);
  }

  /** When idle, the hidden map moves to the map step it waits at. */
  #moveHiddenMap(signal: AbortSignal): void {
    if (this.showsMap) return;
    const target = this.#mapWaitTarget;
    if (target === (this.mapWaitsAt ?? this.#mapLastShown)) return;
    this.#after(signal, this.#scheduler.idle(signal, MAP_MOVE_WITHIN), () => {
      this.#commit(() => (this.mapWaitsAt = target));
    });
  }

  /** Starts loading the map when the reader comes near a map step (at once on one). */
  #wantMap(): void {
    const wanted: MapWanted = this.showsMap
      ? 'now'
      : mapIsNear(this.steps, this.active.index)
        ? 'when-idle'
        : 'no';
    if (wanted === this.#mapWanted) return;
    this.#mapWanted = wanted;
    if (wanted === 'now') this.loadMap();
    else if (wanted === 'when-idle' && !this.#mapStarted) {
      const signal = this.#lifetime.signal;
      this.#after(signal, this.#scheduler.idle(signal, MAP_LOAD_WITHIN), () => {
        if (!this.#mapStarted) this.loadMap();
      });
    }
  }

  get #mapStarted(): boolean {
    return this.mapLoad === 'loading' || this.mapLoad === 'ready';
  }

  /** The map module's pieces, one per task. */
  async #loadMapPieces(signal: AbortSignal): Promise<MapViewComponent> {
    const pieces = this.#loadMap();
    for (;;) {
      const piece = await pieces.next();
      if (piece.done) return piece.value;
      await this.#scheduler.task(signal);
    }
  }

  // ---- Helpers ----

  #inputFor(chart: ChartStep, lit: number | undefined): SceneInput {
    return {
      ...chart,
      lang: this.lang,
      ui: this.ui,
      ...this.chartSize,
      lit,
      textScale: this.chartTextScale,
    };
  }

  /**
   * The one place the stage's state is committed outside a scroll frame: the update is drawn
   * and laid out in this task, so the next frame only paints (and stays short while the reader
   * keeps scrolling).
   */
  #commit(update: () => void): void {
    update();
    flushSync();
    this.#layOut();
  }

  /**
   * Runs `then` when `wait` resolves. An abort (the step changed, the controller was
   * destroyed) ends the work quietly; any other error is reported.
   */
  #after(
    signal: AbortSignal,
    wait: Promise<unknown>,
    then: () => void = () => {},
    always: () => void = () => {},
  ): void {
    wait.then(
      () => {
        always();
        then();
      },
      (e: unknown) => {
        always();
        if (isAbort(e, signal)) return;
        if (typeof reportError === 'function') reportError(e);
        else console.error(e);
      },
    );
  }
}
