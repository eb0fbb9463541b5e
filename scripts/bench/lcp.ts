/**
 * The story's first paint against the text-only floor page: Lighthouse (mobile preset,
 * simulated throttling) on each, alternating story, floor, story, floor, … so that the
 * machine's load falls on both alike; the LCP ratio is taken per pair.
 * Alone (after `npm run build`): `npx tsx scripts/bench/lcp.ts` (BENCH_RUNS pairs, default 5;
 * BENCH_DIST=<dir> for another build). `npm run bench` runs it as its first part.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { floorPage, floorText } from './floor';
import { runLighthouse, type LighthouseFigures } from './lighthouse';
import { alternating, median, pairRatios, round, spread } from './stats';
import { serveStatic } from './static-server';

export interface LcpComparison {
  runs: number;
  story: LighthouseFigures[];
  floor: LighthouseFigures[];
  /** story LCP / floor LCP, per pair. */
  ratios: number[];
}

/** Writes the floor page of `dist`'s index.html into `dir`. */
export function writeFloor(dist: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  writeFileSync(resolve(dir, 'index.html'), floorPage(floorText(html)));
}

/** Alternating Lighthouse runs on the story and the floor page, both served with gzip. */
export async function compareLcp(
  dist: string,
  floorDir: string,
  runs: number,
  log: (line: string) => void = () => {},
): Promise<LcpComparison> {
  writeFloor(dist, floorDir);
  const { server, origin } = await serveStatic({ '/': dist, '/floor/': floorDir });
  const story: LighthouseFigures[] = [];
  const floor: LighthouseFigures[] = [];
  try {
    for (const which of alternating('story', 'floor', runs)) {
      const figures = await runLighthouse(which === 'story' ? `${origin}/` : `${origin}/floor/`);
      (which === 'story' ? story : floor).push(figures);
      log(
        `${which}: LCP ${round(figures.lcp)} ms, FCP ${round(figures.fcp)} ms, TBT ${round(figures.tbt)} ms`,
      );
    }
  } finally {
    server.close();
  }
  return {
    runs,
    story,
    floor,
    ratios: pairRatios(
      story.map((s) => s.lcp),
      floor.map((f) => f.lcp),
    ),
  };
}

/** Medians of every figure of a page's runs. */
export function medianFigures(list: readonly LighthouseFigures[]) {
  const of = (k: 'score' | 'lcp' | 'fcp' | 'tbt' | 'cls') => median(list.map((x) => x[k]));
  return { score: of('score'), lcp: of('lcp'), fcp: of('fcp'), tbt: of('tbt'), cls: of('cls') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '../..');
  const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const result = await compareLcp(dist, resolve(root, 'bench/out/floor'), runs, console.info);
  const s = spread(result.ratios);
  console.info(
    `LCP story/floor: median ${median(result.ratios).toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)}); ` +
      `story ${round(median(result.story.map((x) => x.lcp)))} ms, floor ${round(median(result.floor.map((x) => x.lcp)))} ms`,
  );
  console.info(`story LCP element: ${result.story[0]?.lcpElement}`);
  console.info(`story main thread: ${JSON.stringify(result.story[0]?.mainThread)}`);
  console.info(`floor main thread: ${JSON.stringify(result.floor[0]?.mainThread)}`);
  mkdirSync(resolve(root, 'bench/out'), { recursive: true });
  writeFileSync(resolve(root, 'bench/out/lcp.json'), JSON.stringify(result, null, 2) + '\n');
}
