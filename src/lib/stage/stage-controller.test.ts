/**
 * The stage's timing policy, on the controller, with a stand-in platform: tasks and idle
 * callbacks run only when the test says so, so each test states in which task what is
 * committed.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SceneInput } from '../charts/build';
import { label, type Scene } from '../charts/chart-scene';
import { faceKey } from '../charts/chart-faces';
import type { Figure, Step } from '../content/types';
import { UI } from '../i18n/ui';
import type { MapViewComponent } from '../../components/map/load-map-in-pieces';
import { createScheduler } from './scheduler';
import { StageController, type Edition } from './stage-controller.svelte';

/** A platform whose timers and idle callbacks wait in queues until the test runs them. */
function standIn() {
  const tasks = new Map<number, () => void>();
  const idles = new Map<number, { run: () => void; timeout?: number }>();
  let ids = 0;
  const settle = () => new Promise((done) => setImmediate(done));
  const runFirst = async <T>(queue: Map<number, T>, run: (entry: T) => void, what: string) => {
    const [id, entry] = queue.entries().next().value ?? [];
    if (id === undefined) throw new Error(`no ${what} pending`);
    queue.delete(id);
    run(entry as T);
    await settle();
  };
  const scheduler = createScheduler({
    setTimeout: (fn) => (tasks.set(++ids, fn), ids),
    clearTimeout: (id) => void tasks.delete(id as number),
    requestIdleCallback: (run, options) => (idles.set(++ids, { run, ...options }), ids),
    cancelIdleCallback: (id) => void idles.delete(id),
  });
  return {
    scheduler,
    tasks: () => tasks.size,
    idles: () => idles.size,
    idleTimeouts: () => [...idles.values()].map((i) => i.timeout),
    /** Runs the oldest pending task (and the promise reactions it leads to). */
    task: () => runFirst(tasks, (fn) => fn(), 'task'),
    idle: () => runFirst(idles, (i) => i.run(), 'idle callback'),
    settle,
  };
}

const figure = (id: string, kind: Figure['kind'] = 'count'): Figure => ({
  id,
  kind,
  value: 3,
  approx: null,
  unit: { zh: '个', en: '' },
  label: { zh: id, en: id },
  source: { paragraph: 1, quote: '' },
  ...(kind === 'list' ? { items: [1, 2, 3, 4].map((n) => ({ zh: `${n}`, en: `${n}` })) } : {}),
});

const step = (id: string, stage: Step['stage'] = 'numbers', figures = [`${id}-n`]): Step => ({
  id,
  section: 's',
  paragraphs: [],
  stage,
  figures: stage === 'map' ? [] : figures,
});

// 0 a, 1 b, 2 c, 3 d, 4 m1 (map), 5 e, 6 m2 (map), 7 f; `toilets` reveals its marks with
// scroll, `political-duty` moves a highlight along a list (their emphasis, as in the story data).
const STEPS: Step[] = [
  step('a'),
  step('b'),
  step('c'),
  step('d'),
  step('m1', 'map'),
  step('e'),
  step('m2', 'map'),
  step('f'),
  step('g'),
  { ...step('toilets'), emphasis: { reveal: 'toilets-n' } },
  { ...step('political-duty', 'cascade', ['levels']), emphasis: { travel: true } },
];
const FIGURES = new Map(
  [...STEPS.flatMap((s) => s.figures.filter((f) => f !== 'levels')).map((id) => figure(id))]
    .concat([figure('levels', 'list')])
    .map((f) => [f.id, f]),
);
const index = (id: string) => STEPS.findIndex((s) => s.id === id);
const at = (id: string, progress = 0) => ({ index: index(id), progress, entered: true });

/** Text sizes of the stand-in scenes that have labels (`faces`): a and d share theirs. */
const LABEL_SIZE: Record<string, number> = { a: 20, b: 24, c: 28, d: 20, f: 30 };

/** A stand-in scene with one head label, a title and a legend line (chart-faces.ts). */
const sceneWithText = (id: string): Scene => ({
  ...({} as Scene),
  title: id,
  titleSize: 16,
  marks: [],
  lines: [],
  labels: [label({ key: id, x: 0, y: 0, w: 100, size: LABEL_SIZE[id] ?? 18, strong: id })],
  legend: [],
  legendSize: 12,
  source: '',
  sourceSize: 12,
});

function setUp(
  options: { steps?: Step[]; start?: string; failMap?: number; faces?: boolean } = {},
) {
  const platform = standIn();
  const built: string[] = [];
  const layOut = vi.fn();
  /** The faces readied: each call's weights and sizes (faceKey), and the font stack. */
  const warmed: string[] = [];
  const pieces: string[] = [];
  let failures = options.failMap ?? 0;
  const View = (() => null) as unknown as MapViewComponent;
  async function* loadMap() {
    pieces.push('leaflet');
    yield;
    pieces.push('data');
    yield;
    if (failures > 0) {
      failures--;
      throw new Error('the map chunk did not load');
    }
    pieces.push('view');
    return View;
  }
  let edition: Edition = {
    steps: options.steps ?? STEPS,
    figures: FIGURES,
    lang: 'zh-CN',
    ui: UI['zh-CN'],
  };
  const stage = new StageController({
    edition: () => edition,
    active: options.start ? at(options.start) : undefined,
    scheduler: platform.scheduler,
    layOut,
    loadMap,
    buildScene: (input: SceneInput) => {
      built.push(`${input.step.id}|${input.lit ?? ''}|${input.width}`);
      if (options.faces) return sceneWithText(input.step.id);
      return { title: input.step.id, marks: [] } as unknown as Scene;
    },
    warmFaces: (faces, family) => {
      warmed.push(`${faces.map(faceKey).join(', ')} in ${family}`);
    },
  });
  const switchEdition = (next: Partial<Edition>) => (edition = { ...edition, ...next });
  return { stage, platform, built, layOut, pieces, View, switchEdition, warmed };
}

/** Runs every pending task (and the tasks they post) until none is left. */
async function runTasks(platform: ReturnType<typeof standIn>): Promise<void> {
  await platform.settle();
  while (platform.tasks() > 0) await platform.task();
}

describe('StageController: the first state', () => {
  it('is committed at once, on the step it opens at', () => {
    const { stage, platform } = setUp({ start: 'c' });
    expect(stage.chartOnStage?.step.id).toBe('c');
    expect(stage.layerOnStage).toBe('chart');
    expect(stage.chartInert).toBe(false);
    expect(platform.tasks() + platform.idles()).toBe(0);
    stage.measureChart({ width: 300, height: 380, textScale: 1 });
    expect(stage.chartScene?.title).toBe('c');
  });

  it('opens on a map step with the map layer settled, the chart step before it kept', () => {
    const { stage } = setUp({ start: 'm1' });
    expect(stage.showsMap).toBe(true);
    expect(stage.layerOnStage).toBe('map');
    expect(stage.mapInert).toBe(false);
    expect(stage.chartOnStage?.step.id).toBe('d');
  });
});

describe('StageController: the chart it opens with', () => {
  it('is built once, when ChartLayer first measures its box', () => {
    const { stage, built } = setUp({ start: 'b' });
    expect(stage.chartOnStage?.step.id).toBe('b');
    expect(stage.chartScene).toBeNull();
    expect(built).toEqual([]);
    stage.measureChart({ width: 300, height: 380, textScale: 1 });
    expect(stage.chartScene?.title).toBe('b');
    stage.measureChart({ width: 300, height: 380, textScale: 1 });
    expect(built).toEqual(['b||300']);
  });

  it('is drawn without transitions until the first chart commit after it', async () => {
    const { stage, platform } = setUp({ start: 'a' });
    expect(stage.chartOpening).toBe(true);
    stage.measureChart({ width: 300, height: 380, textScale: 1 });
    expect(stage.chartOpening).toBe(true);
    stage.setActive(at('b'));
    await runTasks(platform);
    expect(stage.chartOnStage?.step.id).toBe('b');
    expect(stage.chartOpening).toBe(false);
  });
});

describe('StageController: a step change', () => {
  it('commits the chart one task later; a scene not built ahead is built then, drawn a task after', async () => {
    const { stage, platform, built, layOut } = setUp();
    stage.measureChart({ width: 358, height: 404, textScale: 1 });
    stage.setActive(at('b'));
    expect(stage.step.id).toBe('b');
    expect(stage.stageName).toBe('numbers:b');
    expect(stage.chartOnStage?.step.id).toBe('a');
    await platform.task();
    expect(built).toContain('b||358');
    expect(stage.chartOnStage?.step.id).toBe('a');
    expect(layOut).not.toHaveBeenCalled();
    await platform.task();
    expect(stage.chartOnStage?.step.id).toBe('b');
    expect(stage.chartScene?.title).toBe('b');
    expect(layOut).toHaveBeenCalledTimes(1);
    expect(platform.tasks()).toBe(0);
  });

  it('draws a scene built ahead in the first task', async () => {
    const { stage, platform, built } = setUp();
    stage.measureChart({ width: 300, height: 400, textScale: 1 });
    // The chart steps around a: b after it (nothing before it), one per idle callback.
    expect(platform.idleTimeouts()).toEqual([2000]);
    await platform.idle();
    expect(built).toEqual(['b||300']);
    stage.setActive(at('b'));
    await platform.task();
    expect(stage.chartOnStage?.step.id).toBe('b');
    expect(built.filter((b) => b.startsWith('b|'))).toHaveLength(1);
  });

  it('builds the scenes of the chart steps near, one per idle callback', async () => {
    const { stage, platform, built } = setUp({ start: 'b' });
    stage.measureChart({ width: 300, height: 400, textScale: 1 });
    // The chart layer draws b in its new box.
    expect(stage.chartScene?.title).toBe('b');
    expect(built).toEqual(['b||300']);
    expect(platform.idles()).toBe(1);
    await platform.idle();
    expect(built).toEqual(['b||300', 'c||300']);
    expect(platform.idles()).toBe(1);
    await platform.idle();
    expect(built).toEqual(['b||300', 'c||300', 'a||300']);
    expect(platform.idles()).toBe(0);
  });

  it('aborts pending commits on rapid step changes: only the last step is committed', async () => {
    const { stage, platform, built, layOut } = setUp();
    stage.setActive(at('b'));
    stage.setActive(at('c'));
    await platform.settle();
    stage.setActive(at('d'));
    // The aborted steps' tasks are gone, not merely ignored when they run.
    expect(platform.tasks()).toBe(1);
    await runTasks(platform);
    expect(stage.chartOnStage?.step.id).toBe('d');
    expect(built.some((b) => b.startsWith('b|') || b.startsWith('c|'))).toBe(false);
    expect(layOut).toHaveBeenCalledTimes(1);
  });

  it('aborts a commit between building its scene and drawing it', async () => {
    const { stage, platform } = setUp();
    stage.setActive(at('b'));
    await platform.task(); // b's scene built; drawn in the next task
    stage.setActive(at('c'));
    await runTasks(platform);
    expect(stage.chartOnStage?.step.id).toBe('c');
  });

  it('keeps only the last step after an edition switch at the same index', async () => {
    const { stage, platform, switchEdition } = setUp({ start: 'b' });
    const english = STEPS.map((s) => ({ ...s }));
    switchEdition({ steps: english, lang: 'en', ui: UI.en });
    stage.setActive(at('b'));
    await runTasks(platform);
    expect(stage.chartOnStage?.step).toBe(english[index('b')]);
    expect(stage.lang).toBe('en');
  });
});

describe('StageController: chart and map layers', () => {
  it('shows the map at once, makes the chart inert a task later, and the map inert at once when left', async () => {
    const { stage, platform } = setUp({ start: 'd' });
    stage.setActive(at('m1'));
    expect(stage.showsMap).toBe(true);
    expect(stage.mapInert).toBe(true);
    expect(stage.chartInert).toBe(false);
    await platform.task();
    expect(stage.layerOnStage).toBe('map');
    expect(stage.chartInert).toBe(true);
    expect(stage.mapInert).toBe(false);
    // The chart layer keeps the chart step before the map.
    expect(stage.chartOnStage?.step.id).toBe('d');
    stage.setActive(at('e'));
    expect(stage.mapInert).toBe(true);
    expect(stage.chartInert).toBe(true);
    await runTasks(platform);
    expect(stage.chartInert).toBe(false);
  });

  it('draws a chart committed behind the map without growing it in; the first chart after the map grows in', async () => {
    const { stage, platform } = setUp({ start: 'd' });
    stage.setActive(at('m2'));
    await runTasks(platform);
    // Behind m2 the chart layer holds e, the chart step before it, drawn while hidden.
    expect(stage.chartOnStage?.step.id).toBe('e');
    expect(stage.showsMap).toBe(true);
    expect(stage.marksEnter).toBe(false);
    expect(stage.chartProgress).toBe(1);
    stage.setActive(at('f'));
    await runTasks(platform);
    expect(stage.chartOnStage?.step.id).toBe('f');
    expect(stage.marksEnter).toBe(true);
    stage.setActive(at('g'));
    await runTasks(platform);
    expect(stage.marksEnter).toBe(false);
  });

  it('moves the hidden map to the map step ahead when idle, never in the step change', async () => {
    const { stage, platform } = setUp({ start: 'm1' });
    stage.setActive(at('e'));
    // Until idle, the map stays where it was shown last.
    expect(stage.mapStep.id).toBe('m1');
    await runTasks(platform);
    expect(stage.mapStep.id).toBe('m1');
    expect(platform.idleTimeouts()).toContain(1000);
    while (platform.idles() > 0) await platform.idle();
    expect(stage.mapStep.id).toBe('m2');
    stage.setActive(at('m2'));
    expect(stage.mapWaitsAt).toBeNull();
    expect(stage.mapStep.id).toBe('m2');
  });
});

describe('StageController: loading the map', () => {
  it('starts when the reader comes within two steps of a map step, not before, in pieces', async () => {
    const { stage, platform, pieces, View } = setUp();
    stage.setActive(at('b'));
    await runTasks(platform);
    while (platform.idles() > 0) await platform.idle();
    expect(pieces).toEqual([]);
    expect(stage.mapLoad).toBe('not-started');
    stage.setActive(at('c'));
    await runTasks(platform);
    expect(pieces).toEqual([]);
    while (platform.idles() > 0) await platform.idle();
    expect(stage.mapLoad).toBe('loading');
    expect(pieces).toEqual(['leaflet']);
    await platform.task();
    expect(pieces).toEqual(['leaflet', 'data']);
    expect(stage.mapView).toBeNull();
    await runTasks(platform);
    expect(pieces).toEqual(['leaflet', 'data', 'view']);
    expect(stage.mapLoad).toBe('ready');
    expect(stage.mapView).toBe(View);
  });

  it('starts at once on a map step', async () => {
    const { stage, pieces, platform } = setUp({ start: 'a' });
    stage.setActive(at('m1'));
    await platform.settle();
    expect(stage.mapLoad).toBe('loading');
    expect(pieces).toEqual(['leaflet']);
  });

  it('says a failed load failed, and loads again when asked', async () => {
    const { stage, platform, pieces, View } = setUp({ failMap: 1 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    stage.setActive(at('m1'));
    await runTasks(platform);
    expect(stage.mapLoad).toBe('failed');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    stage.loadMap();
    expect(stage.mapLoad).toBe('loading');
    await runTasks(platform);
    expect(stage.mapLoad).toBe('ready');
    expect(stage.mapView).toBe(View);
    expect(pieces.filter((p) => p === 'leaflet')).toHaveLength(2);
  });

  it('loads again when the reader reaches a map step after a failure', async () => {
    const { stage, platform } = setUp({ failMap: 1 });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    stage.setActive(at('m1'));
    await runTasks(platform);
    expect(stage.mapLoad).toBe('failed');
    stage.setActive(at('e'));
    stage.setActive(at('m2'));
    await runTasks(platform);
    expect(stage.mapLoad).toBe('ready');
    vi.restoreAllMocks();
  });
});

describe('StageController: scroll progress within a step', () => {
  it('commits progress a task later for a chart drawn with scroll, for others not at all', async () => {
    const { stage, platform, layOut } = setUp({ start: 'toilets' });
    stage.setActive(at('toilets', 0.1));
    stage.setActive(at('toilets', 0.2));
    expect(stage.chartProgress).toBe(0);
    expect(platform.tasks()).toBe(1);
    await runTasks(platform);
    expect(stage.chartProgress).toBe(0.2);
    expect(stage.chartReveal).toBeGreaterThan(0);
    expect(layOut).toHaveBeenCalledTimes(1);

    // Behind a map step the chart shows its step in full: scrolling the map commits nothing.
    const behindMap = setUp({ steps: [...STEPS, step('m3', 'map')], start: 'political-duty' });
    const m3 = { index: STEPS.length, progress: 0.2, entered: true };
    behindMap.stage.setActive(m3);
    await runTasks(behindMap.platform);
    expect(behindMap.stage.chartOnStage?.step.id).toBe('political-duty');
    behindMap.stage.setActive({ ...m3, progress: 0.5 });
    expect(behindMap.platform.tasks()).toBe(0);

    const plain = setUp({ start: 'b' });
    plain.stage.setActive(at('b', 0.5));
    expect(plain.platform.tasks()).toBe(0);
    expect(plain.stage.chartReveal).toBe(1);
  });

  it('moves a travelling highlight along its list with progress', async () => {
    const { stage, platform } = setUp({ start: 'political-duty' });
    expect(stage.chartLit).toBe(1);
    stage.setActive(at('political-duty', 0.69));
    await runTasks(platform);
    expect(stage.chartLit).toBe(4);
    expect(stage.chartMotionKey).toBe('political-duty:4');
  });
});

describe('StageController: one per story', () => {
  it('shares nothing with another story on the page: each has its own scenes and box', async () => {
    const one = setUp({ start: 'b' });
    const two = setUp({ start: 'b' });
    one.stage.measureChart({ width: 300, height: 400, textScale: 1 });
    expect(one.stage.chartScene?.title).toBe('b');
    while (one.platform.idles() > 0) await one.platform.idle();
    expect(one.built).toEqual(['b||300', 'c||300', 'a||300']);
    expect(two.stage.chartSize).toEqual({ width: 358, height: 404 });
    expect(two.stage.chartScene).toBeNull();
    expect(two.built).toEqual([]);
    two.stage.measureChart({ width: 340, height: 400, textScale: 1 });
    expect(two.stage.chartScene?.title).toBe('b');
    expect(two.built).toEqual(['b||340']);
    expect(one.built).toEqual(['b||300', 'c||300', 'a||300']);
  });

  it('lays its scenes out again for a new box, and builds the ones ahead for it', async () => {
    const { stage, platform, built } = setUp({ start: 'b' });
    stage.measureChart({ width: 300, height: 400, textScale: 1 });
    await platform.idle();
    stage.measureChart({ width: 320, height: 400, textScale: 1.25 });
    expect(stage.chartScene?.title).toBe('b');
    expect(built.at(-1)).toBe('b||320');
    // The chain for the old box is gone; one for the new box has started.
    expect(platform.idles()).toBe(1);
    await platform.idle();
    expect(built.at(-1)).toBe('c||320');
  });
});

describe('StageController: destroy', () => {
  it('aborts every pending commit, idle work and the map loading', async () => {
    const { stage, platform, pieces, layOut } = setUp({ start: 'd' });
    stage.measureChart({ width: 300, height: 400, textScale: 1 });
    stage.setActive(at('m1'));
    stage.setActive(at('e'));
    await platform.settle();
    expect(platform.tasks()).toBeGreaterThan(0);
    expect(pieces).toEqual(['leaflet']);
    stage.destroy();
    expect(platform.tasks()).toBe(0);
    expect(platform.idles()).toBe(0);
    await platform.settle();
    expect(pieces).toEqual(['leaflet']);
    expect(stage.mapLoad).toBe('loading');
    stage.setActive(at('f'));
    expect(platform.tasks() + platform.idles()).toBe(0);
    expect(layOut).not.toHaveBeenCalled();
  });
});

describe('StageController: the faces of the charts near', () => {
  const BOX = { width: 300, height: 400, textScale: 1, family: '"Noto Sans CJK SC", serif' };

  it('readies the faces of a scene built ahead in an idle callback after its build, each once', async () => {
    const { stage, platform, built, warmed } = setUp({ start: 'b', faces: true });
    stage.measureChart(BOX);
    // b is drawn: its faces (24px, the title's 16px, the legend's 12px) are in use.
    await platform.idle();
    expect(built).toEqual(['b||300', 'c||300']);
    expect(warmed).toEqual([]);
    await platform.idle();
    expect(warmed).toEqual(['400 28, 700 28 in "Noto Sans CJK SC", serif']);
    await platform.idle();
    expect(built).toEqual(['b||300', 'c||300', 'a||300']);
    await platform.idle();
    expect(warmed).toEqual([
      '400 28, 700 28 in "Noto Sans CJK SC", serif',
      '400 20, 700 20 in "Noto Sans CJK SC", serif',
    ]);
    expect(platform.idles()).toBe(0);
  });

  it('readies no face twice: d, set like a, needs only its build', async () => {
    const { stage, platform, built, warmed } = setUp({ start: 'b', faces: true });
    stage.measureChart(BOX);
    while (platform.idles() > 0) await platform.idle();
    expect(warmed).toHaveLength(2);
    stage.setActive(at('c'));
    await runTasks(platform);
    expect(stage.chartOnStage?.step.id).toBe('c');
    // Near c: d (built now) and b (cached, in use before); the map module loads when idle too.
    while (platform.idles() > 0) await platform.idle();
    expect(built.slice(3)).toEqual(['d||300']);
    expect(warmed).toHaveLength(2);
  });

  it('readies none while the font stack is unknown, and none for a step the reader left', async () => {
    const unknown = setUp({ start: 'b', faces: true });
    unknown.stage.measureChart({ width: 300, height: 400, textScale: 1 });
    expect(unknown.stage.chartScene?.title).toBe('b');
    while (unknown.platform.idles() > 0) await unknown.platform.idle();
    expect(unknown.built).toEqual(['b||300', 'c||300', 'a||300']);
    expect(unknown.warmed).toEqual([]);

    const { stage, platform, warmed } = setUp({ start: 'b', faces: true });
    stage.measureChart(BOX);
    await platform.idle(); // c built; its faces wait for the next idle callback
    stage.setActive(at('g')); // far from c: the idle work near b was aborted before c's faces
    await runTasks(platform);
    while (platform.idles() > 0) await platform.idle();
    expect(stage.chartOnStage?.step.id).toBe('g');
    // Only the faces near g: f's (toilets is set like g).
    expect(warmed).toEqual(['400 30, 700 30 in "Noto Sans CJK SC", serif']);
  });
});
