/**
 * `npm run bench` (after `npm run build`): the story against its text-only floor page, in
 * Debian's Chromium, in one run. Prints one table and writes bench/out/bench.json:
 * - Lighthouse (mobile preset, simulated throttling), median of BENCH_RUNS runs (default 3):
 *   performance score, LCP, FCP, TBT, CLS, and the story's LCP over the floor's;
 * - JavaScript and CSS (gzip) before the first scroll and after a full scroll-through;
 * - the scroll-through at 4x CPU throttling (scripts/bench/scroll.ts): long tasks, p95 frame
 *   time, JS heap at the end.
 * A measurement, not a test: it never fails on slow numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../content/load-content';
import { DEFAULT_LANG } from '../../src/lib/content/editions';
import { figureMap } from '../../src/lib/story/derive';
import { launch } from '../browser/chromium';
import { floorPage } from './floor';
import { assetOf, initialAssets, totals, type Asset } from './initial-assets';
import { runLighthouse, type LighthouseFigures } from './lighthouse';
import { serveStatic } from './static-server';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
const out = resolve(root, 'bench/out');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export const BUDGET = {
  score: 98,
  lcpRatio: 1.15,
  jsBeforeScrollKB: 80,
  tbt: 50,
  cls: 0.01,
  longTaskMs: 50,
  p95FrameMs: 33,
  heapMB: 25,
};

mkdirSync(resolve(out, 'floor'), { recursive: true });
const content = loadContent(root);
const story = content.stories[DEFAULT_LANG];
if (!story) throw new Error('no story');
writeFileSync(resolve(out, 'floor/index.html'), floorPage(story, figureMap(content.figures)));

const { server, origin } = await serveStatic({ '/': dist, '/floor/': resolve(out, 'floor') });

function median(list: LighthouseFigures[]): LighthouseFigures {
  const pick = (k: keyof LighthouseFigures) => {
    const v = list.map((x) => x[k]).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)] ?? NaN;
  };
  return {
    score: pick('score'),
    lcp: pick('lcp'),
    fcp: pick('fcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
  };
}

async function lighthouseMedian(url: string): Promise<LighthouseFigures> {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(url));
  return median(runs);
}

const storyLh = await lighthouseMedian(`${origin}/`);
const floorLh = await lighthouseMedian(`${origin}/floor/`);

// Bytes: before the first scroll (from the built files), and after scrolling everything.
const before = totals(initialAssets(dist));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const requested = new Set<string>();
page.on('request', (r) => {
  const u = new URL(r.url());
  if (u.origin === origin && /\.(js|css)$/.test(u.pathname)) requested.add(u.pathname.slice(1));
});
await page.goto(`${origin}/`, { waitUntil: 'load' });
const ids = await page.$$eval('[data-step]', (els) =>
  els.map((e) => e.getAttribute('data-step') ?? ''),
);
for (const id of ids) {
  await page.evaluate((stepId) => {
    const el = document.querySelector(`[data-step="${stepId}"]`) as HTMLElement;
    scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 8);
  }, id);
  await page.waitForTimeout(150);
}
await page.waitForTimeout(1500);
await browser.close();
server.close();
const inlined = initialAssets(dist).filter((a) => !requested.has(a.file) && a.kind === 'css');
const all: Asset[] = [...[...requested].map((f) => assetOf(dist, f)), ...inlined];
const after = totals(all);

// The scroll-through at 4x CPU throttling, in its own process.
const scroll = spawnSync('npx', ['tsx', resolve(root, 'scripts/bench/scroll.ts')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (scroll.status !== 0) throw new Error('scripts/bench/scroll.ts failed');
const scrollResult = JSON.parse(readFileSync(resolve(out, 'scroll.json'), 'utf8')) as {
  longTasks: { count: number; maxMs: number };
  largestTasks: { cpuMs: number; step: string }[];
  frameMs: { p95: number };
  jsHeapUsedMB: number;
};

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
const ms = (n: number) => Math.round(n);
const rows: [string, string, string, string, boolean][] = [
  [
    'Lighthouse performance (mobile)',
    `${storyLh.score}`,
    `${floorLh.score}`,
    `≥ ${BUDGET.score}`,
    storyLh.score >= BUDGET.score,
  ],
  [
    'LCP (ms)',
    `${ms(storyLh.lcp)}`,
    `${ms(floorLh.lcp)}`,
    `≤ ${BUDGET.lcpRatio} × floor`,
    storyLh.lcp <= floorLh.lcp * BUDGET.lcpRatio,
  ],
  [
    'LCP story / floor',
    (storyLh.lcp / floorLh.lcp).toFixed(2),
    '1.00',
    `≤ ${BUDGET.lcpRatio}`,
    storyLh.lcp / floorLh.lcp <= BUDGET.lcpRatio,
  ],
  ['FCP (ms)', `${ms(storyLh.fcp)}`, `${ms(floorLh.fcp)}`, '', true],
  [
    'TBT (ms)',
    `${ms(storyLh.tbt)}`,
    `${ms(floorLh.tbt)}`,
    `≤ ${BUDGET.tbt}`,
    storyLh.tbt <= BUDGET.tbt,
  ],
  [
    'CLS',
    storyLh.cls.toFixed(3),
    floorLh.cls.toFixed(3),
    `≤ ${BUDGET.cls}`,
    storyLh.cls <= BUDGET.cls,
  ],
  [
    'JS before first scroll (kB gzip)',
    `${kb(before.js)}`,
    '0',
    `≤ ${BUDGET.jsBeforeScrollKB}`,
    kb(before.js) <= BUDGET.jsBeforeScrollKB,
  ],
  ['CSS before first scroll (kB gzip)', `${kb(before.css)}`, '0', '', true],
  ['JS after full scroll (kB gzip)', `${kb(after.js)}`, '0', '', true],
  ['CSS after full scroll (kB gzip)', `${kb(after.css)}`, '0', '', true],
  [
    'Long tasks > 50 ms in scroll-through (4x CPU)',
    `${scrollResult.longTasks.count} (max ${scrollResult.longTasks.maxMs} ms)`,
    '',
    '0',
    scrollResult.longTasks.count === 0,
  ],
  [
    '  largest task, CPU time (ms)',
    `${scrollResult.largestTasks[0]?.cpuMs ?? 0} (${scrollResult.largestTasks[0]?.step || '-'})`,
    '',
    '',
    true,
  ],
  [
    'Frame time p95 (ms, 4x CPU)',
    `${scrollResult.frameMs.p95}`,
    '',
    `≤ ${BUDGET.p95FrameMs}`,
    scrollResult.frameMs.p95 <= BUDGET.p95FrameMs,
  ],
  [
    'JS heap after full scroll (MB)',
    `${scrollResult.jsHeapUsedMB}`,
    '',
    `≤ ${BUDGET.heapMB}`,
    scrollResult.jsHeapUsedMB <= BUDGET.heapMB,
  ],
];

const table = [
  '| Measure | Story | Floor | Budget | Within |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    ([name, s, f, b, ok]) => `| ${name} | ${s} | ${f} | ${b} | ${b ? (ok ? 'yes' : 'NO') : ''} |`,
  ),
].join('\n');
console.info(table);
writeFileSync(
  resolve(out, 'bench.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      story: storyLh,
      floor: floorLh,
      before,
      after,
      scroll: scrollResult,
      budget: BUDGET,
      table,
    },
    null,
    2,
  ) + '\n',
);
console.info(`\nwritten: bench/out/bench.json (Lighthouse median of ${RUNS} runs each)`);
