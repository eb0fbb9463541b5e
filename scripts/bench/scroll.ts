/**
 * Scroll benchmark: run by `npm run bench` (scripts/bench/run.ts, which builds first), or alone
 * after `npm run build`: `npx tsx scripts/bench/scroll.ts` (BENCH_DIST=<dir> measures another build,
 * BENCH_PAGE=en.html the English edition).
 * Serves dist/ on loopback, opens it in Debian's Chromium at 390x844 with 4x CPU throttling
 * (BENCH_CPU=6 for 6x),
 * scrolls through every step like a thumb (a little each frame, then ~700 ms on the step) and
 * records long tasks (PerformanceObserver 'longtask', with attribution; and from a trace, what
 * each task over 50 ms of CPU time spent its time on) and frame times
 * (requestAnimationFrame deltas). Prints a table and writes bench/out/scroll-<rate>x.json.
 * A measurement, not a test: it never fails on slow numbers.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { launch } from '../browser/chromium';
import { mainThreadTasks, type TraceEvent } from './trace-tasks';

const root = resolve(import.meta.dirname, '../..');
/** BENCH_DIST: another build to measure (e.g. to compare a change); default dist/. */
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
/** BENCH_PAGE: the page to scroll through, e.g. en.html for the English edition; default the
 * Chinese edition (index.html). */
const pagePath = (process.env.BENCH_PAGE ?? '').replace(/^\//, '');
const VIEWPORT = { width: 390, height: 844 };
/** BENCH_CPU: the CPU throttling rate (default 4; `npm run bench` runs 4 and 6). */
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU ?? 4);
const DWELL_MS = 700;
/** Thumb speed, px per second of wall time. */
const SPEED = 1400;

interface LongTask {
  start: number;
  duration: number;
  step: string;
  attribution: string;
}

interface StepRun {
  id: string;
  stage: string;
  scrollMs: number;
  longTasks: number;
  maxLongTask: number;
  /** Tasks over 50 ms of main-thread CPU time (from the trace). */
  cpuLongTasks: number;
}

interface PageResult {
  steps: { id: string; stage: string; from: number; to: number; scrollMs: number }[];
  frames: number[];
  longTasks: LongTask[];
  totalMs: number;
  /** performance.now() when the run started (marked in the trace as 'bench:t0'). */
  t0: number;
}

declare global {
  interface Window {
    __bench: { longTasks: { start: number; duration: number; attribution: string }[] };
  }
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? 0;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

async function serve(): Promise<{ server: Server; url: string }> {
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
  }
  const handler = sirv(dist, { dev: false });
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

const { server, url } = await serve();
const browser = await launch();
const context = await browser.newContext({
  viewport: VIEWPORT,
  deviceScaleFactor: 2,
  hasTouch: true,
  isMobile: false,
});
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));

// tsx (esbuild) names functions with a __name helper that the page does not have.
await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
// Long tasks from the very start (hydration included), with what Chromium attributes them to.
await page.addInitScript(() => {
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const attribution = (
        (e as PerformanceEntry & { attribution?: PerformanceEntry[] }).attribution ?? []
      )
        .map((a) => {
          const t = a as PerformanceEntry & { containerType?: string; containerName?: string };
          return [a.name, t.containerType, t.containerName].filter(Boolean).join('/');
        })
        .join(', ');
      window.__bench.longTasks.push({ start: e.startTime, duration: e.duration, attribution });
    }
  }).observe({ type: 'longtask', buffered: true });
});

const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
await cdp.send('Performance.enable');
await page.goto(url + pagePath, { waitUntil: 'load' });
await page.waitForTimeout(1000);

// A trace of the main thread alongside: its tasks' CPU time (thread time) does not grow when
// other processes share the machine, unlike the wall-clock long tasks above.
// The trace is kept in the browser until the run ends (ReturnAsStream), not sent as it is
// recorded: shipping and parsing it here during the scroll would take CPU time from the page
// being measured on a small machine.
await cdp.send('Tracing.start', {
  categories: 'toplevel,devtools.timeline',
  transferMode: 'ReturnAsStream',
});

const result: PageResult = await page.evaluate(
  async ({ dwell, speed }) => {
    const frames: number[] = [];
    let last = performance.now();
    let recording = true;
    const onFrame = (now: number) => {
      frames.push(now - last);
      last = now;
      if (recording) requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
    const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
    const steps: PageResult['steps'] = [];
    const els = Array.from(document.querySelectorAll<HTMLElement>('[data-step]'));
    const t0 = performance.now();
    // eslint-disable-next-line no-console -- a stamp in the trace, to align its clock with the page's
    console.timeStamp('bench:t0');
    for (const el of els) {
      const trigger = innerHeight * (innerWidth <= 768 ? 0.6 : 0.5);
      const box = el.getBoundingClientRect();
      // Land a third of the way into the step, past its scroll-linked reveal.
      const target = Math.max(0, Math.round(box.top + scrollY - trigger + box.height * 0.35));
      const from = performance.now();
      let prev = from;
      while (Math.abs(scrollY - target) > 1) {
        const now = await frame();
        const dy = Math.max(1, (speed * (now - prev)) / 1000);
        prev = now;
        const next =
          scrollY < target ? Math.min(target, scrollY + dy) : Math.max(target, scrollY - dy);
        scrollTo(0, next);
        if (Math.abs(scrollY - next) > 2) break; // the page ends before the target
      }
      const to = performance.now();
      await wait(dwell);
      const stage = document.querySelector('figure[data-stage]')?.getAttribute('data-kind') ?? '';
      steps.push({
        id: el.dataset.step ?? '',
        stage,
        from,
        to: performance.now(),
        scrollMs: to - from,
      });
    }
    recording = false;
    const longTasks = window.__bench.longTasks
      .filter((t) => t.start >= t0)
      .map((t) => ({
        ...t,
        step: steps.find((s) => t.start >= s.from && t.start < s.to)?.id ?? '',
      }));
    return { steps, frames: frames.slice(1), longTasks, totalMs: performance.now() - t0, t0 };
  },
  { dwell: DWELL_MS, speed: SPEED },
);

const traced = new Promise<string>((done) =>
  cdp.once('Tracing.tracingComplete', (e) => done(e.stream ?? '')),
);
await cdp.send('Tracing.end');
const stream = await traced;
let traceText = '';
for (;;) {
  const chunk = await cdp.send('IO.read', { handle: stream });
  traceText += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
  if (chunk.eof) break;
}
await cdp.send('IO.close', { handle: stream });
const parsedTrace = JSON.parse(traceText) as { traceEvents: TraceEvent[] } | TraceEvent[];
const traceEvents = Array.isArray(parsedTrace) ? parsedTrace : parsedTrace.traceEvents;
const mainTasks = mainThreadTasks(traceEvents);
// Trace time (µs) to page time (ms), through the 'bench:t0' stamp.
const stamp = traceEvents.find(
  (e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:t0',
);
const pageTime = (ts: number) => (stamp ? (ts - stamp.ts) / 1000 + result.t0 : NaN);
/** What a task spent its time on: wall ms per kind of work inside it, largest first. */
const KINDS = new Set([
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'RunMicrotasks',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'ParseHTML',
  'EvaluateScript',
  'v8.evaluateModule',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Commit',
  'MinorGC',
  'MajorGC',
]);
function breakdown(task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const sums = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.tid !== task.tid || e.pid !== task.pid || e.ts < task.ts || e.ts > end) continue;
    if (!KINDS.has(e.name)) continue;
    const kind =
      e.name === 'EventDispatch'
        ? `${e.name} ${e.args?.data?.type ?? ''}`
        : e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint'
          ? 'Microtasks'
          : e.name;
    sums.set(kind, (sums.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...sums]
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${Math.round(ms)}`)
    .join(', ');
}
/** The scroll-through's tasks, largest CPU time first, with what each spent its time on. */
const cpuTasks = mainTasks
  .filter((e) => !stamp || e.ts >= stamp.ts)
  .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
  .map((e) => ({
    start: pageTime(e.ts),
    cpuMs: (e.tdur ?? 0) / 1000,
    wallMs: (e.dur ?? 0) / 1000,
    event: e,
  }))
  .map((t) => ({
    ...t,
    step: result.steps.find((s) => t.start >= s.from && t.start < s.to)?.id ?? '',
  }));
const cpuLongTasks = cpuTasks.filter((t) => t.cpuMs > 50);
/** The largest tasks, long or not: how close the scroll-through comes to the 50 ms line. */
const largest = cpuTasks.slice(0, 5);
const cpuLong = cpuLongTasks.map((t) => t.cpuMs);
const metrics = (await cdp.send('Performance.getMetrics')).metrics;
const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
const startupLongTasks = await page.evaluate(() => window.__bench.longTasks.length);
await browser.close();
server.close();

const frames = [...result.frames].sort((a, b) => a - b);
const perStep: StepRun[] = result.steps.map((s) => {
  const tasks = result.longTasks.filter((t) => t.step === s.id);
  return {
    id: s.id,
    stage: s.stage,
    scrollMs: round(s.scrollMs, 0),
    longTasks: tasks.length,
    cpuLongTasks: cpuLongTasks.filter((t) => t.step === s.id).length,
    maxLongTask: round(Math.max(0, ...tasks.map((t) => t.duration)), 0),
  };
});
const cpuOnCharts = cpuLongTasks.filter(
  (t) => t.step && perStep.find((s) => s.id === t.step)?.stage !== 'map',
);
const chartTasks = result.longTasks.filter(
  (t) => perStep.find((s) => s.id === t.step)?.stage !== 'map',
);
const taskRow = ({ event, ...t }: (typeof cpuTasks)[number]) => ({
  ...t,
  start: round(t.start, 0),
  cpuMs: round(t.cpuMs, 0),
  wallMs: round(t.wallMs, 0),
  work: breakdown(event),
});
const summary = {
  date: new Date().toISOString(),
  viewport: VIEWPORT,
  cpuSlowdown: CPU_SLOWDOWN,
  dwellMs: DWELL_MS,
  steps: result.steps.length,
  scrollSeconds: round(result.totalMs / 1000, 1),
  longTasks: {
    count: result.longTasks.length,
    maxMs: round(Math.max(0, ...result.longTasks.map((t) => t.duration)), 0),
    onChartSteps: chartTasks.length,
    maxOnChartStepsMs: round(Math.max(0, ...chartTasks.map((t) => t.duration)), 0),
    beforeScrolling: startupLongTasks - result.longTasks.length,
  },
  cpuLongTasks: {
    count: cpuLong.length,
    maxMs: round(Math.max(0, ...cpuLong), 0),
    onChartSteps: cpuOnCharts.length,
    maxOnChartStepsMs: round(Math.max(0, ...cpuOnCharts.map((t) => t.cpuMs)), 0),
  },
  frameMs: {
    count: frames.length,
    p50: round(quantile(frames, 0.5)),
    p95: round(quantile(frames, 0.95)),
    max: round(frames[frames.length - 1] ?? 0),
  },
  jsHeapUsedMB: round(heap / 2 ** 20),
  pageErrors: errors,
  perStep,
  cpuLongTaskList: cpuLongTasks.map(taskRow),
  largestTasks: largest.map(taskRow),
  longTaskList: result.longTasks.map((t) => {
    // The traced task the browser reported: its CPU time tells the page's own work from time
    // the main thread spent waiting for a CPU (other processes on a small machine).
    const traced = cpuTasks
      .filter((c) => Math.abs(c.start - t.start) < 2)
      .sort((x, y) => y.wallMs - x.wallMs)[0];
    return {
      ...t,
      start: round(t.start, 0),
      duration: round(t.duration, 0),
      cpuMs: traced ? round(traced.cpuMs, 0) : null,
      work: traced ? breakdown(traced.event) : '',
    };
  }),
};

const rows: [string, string][] = [
  ['steps', String(summary.steps)],
  ['scroll duration', `${summary.scrollSeconds} s`],
  ['long tasks > 50 ms', `${summary.longTasks.count} (max ${summary.longTasks.maxMs} ms)`],
  [
    '  on chart steps',
    `${summary.longTasks.onChartSteps} (max ${summary.longTasks.maxOnChartStepsMs} ms)`,
  ],
  [
    'tasks > 50 ms CPU time',
    `${summary.cpuLongTasks.count} (max ${summary.cpuLongTasks.maxMs} ms)`,
  ],
  [
    '  on chart steps',
    `${summary.cpuLongTasks.onChartSteps} (max ${summary.cpuLongTasks.maxOnChartStepsMs} ms)`,
  ],
  ['frame time p50', `${summary.frameMs.p50} ms`],
  ['frame time p95', `${summary.frameMs.p95} ms`],
  ['frame time max', `${summary.frameMs.max} ms`],
  ['JS heap used (end)', `${summary.jsHeapUsedMB} MB`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.info(
  `Scroll benchmark: /${pagePath}, ${VIEWPORT.width}x${VIEWPORT.height}, ${CPU_SLOWDOWN}x CPU slowdown`,
);
for (const [k, v] of rows) console.info(`${k.padEnd(width)}  ${v}`);
const slow = perStep.filter((s) => s.longTasks > 0 || s.cpuLongTasks > 0);
if (slow.length) {
  console.info('\nsteps with long tasks (wall clock; CPU time):');
  for (const s of slow) {
    console.info(
      `  ${s.id} (${s.stage}): ${s.longTasks}, max ${s.maxLongTask} ms; ${s.cpuLongTasks} over 50 ms CPU`,
    );
    for (const t of summary.longTaskList.filter((l) => l.step === s.id)) {
      console.info(`    ${t.duration} ms (${t.cpuMs ?? '?'} ms CPU): ${t.work}`);
    }
    for (const t of cpuLongTasks.filter((c) => c.step === s.id)) {
      console.info(`    ${Math.round(t.cpuMs)} ms CPU: ${breakdown(t.event)}`);
    }
  }
}
console.info('\nlargest tasks (CPU ms, wall ms, step: what they did):');
for (const t of summary.largestTasks) {
  console.info(`  ${t.cpuMs}, ${t.wallMs}, ${t.step || '-'}: ${t.work}`);
}
if (errors.length) console.error(`page errors:\n${errors.join('\n')}`);

const outDir = resolve(root, 'bench/out');
mkdirSync(outDir, { recursive: true });
const outFile = resolve(outDir, `scroll-${CPU_SLOWDOWN}x.json`);
writeFileSync(outFile, JSON.stringify(summary, null, 2) + '\n');
console.info(`\nwritten to ${outFile}`);
