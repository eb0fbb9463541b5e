/**
 * Where the simulated first paint waits: one Lighthouse run (mobile preset, simulated
 * throttling) on the story and one on the floor page, each with its trace kept, then the
 * graphs Lighthouse's simulation ("Lantern") built for their LCP, node by node: the requests
 * and main-thread tasks each page's simulated LCP waits for, with their simulated start and
 * end. Lighthouse's LCP is the mean of the optimistic and the pessimistic graph's end.
 * After `npm run build`: `npx tsx scripts/bench/lantern-graph.ts` (BENCH_DIST=<dir> for
 * another build; BENCH_RUNS runs of each, default 1). Node-only; Lighthouse 12.2.3 internals.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
// Lighthouse's own modules for saved runs and its computed LCP.
import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { writeFloor } from './lcp';
import { graphRows, type GraphNode, type NodeTiming } from './lantern-rows';
import { runLighthouse } from './lighthouse';
import { alternating, round } from './stats';
import { serveStatic } from './static-server';

interface Estimate {
  timeInMs: number;
  nodeTimings: Map<GraphNode, NodeTiming>;
}

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const out = resolve(root, 'bench/out');
const floorDir = resolve(out, 'floor');
writeFloor(dist, floorDir);
const { server, origin } = await serveStatic({ '/': dist, '/floor/': floorDir });
try {
  let i = 0;
  for (const which of alternating('story', 'floor', Number(process.env.BENCH_RUNS ?? 1))) {
    const dir = resolve(out, `lantern-${which}-${i++}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const figures = await runLighthouse(
      which === 'story' ? `${origin}/` : `${origin}/floor/`,
      undefined,
      dir,
    );
    const artifacts = loadArtifacts(dir);
    const settings = { ...artifacts.settings, throttlingMethod: 'simulate' };
    const lcp = (await LanternLargestContentfulPaint.request(
      {
        trace: artifacts.Trace,
        devtoolsLog: artifacts.DevtoolsLog,
        gatherContext: artifacts.GatherContext,
        settings,
        URL: artifacts.URL,
      },
      { computedCache: new Map(), settings },
    )) as { optimisticEstimate: Estimate; pessimisticEstimate: Estimate };
    console.info(
      `\n${which}: LCP ${round(figures.lcp)} ms, FCP ${round(figures.fcp)} ms (trace in ${dir})`,
    );
    for (const [name, estimate] of [
      ['optimistic', lcp.optimisticEstimate],
      ['pessimistic', lcp.pessimisticEstimate],
    ] as const) {
      console.info(`  ${name} LCP graph, ends at ${round(estimate.timeInMs)} ms:`);
      for (const row of graphRows(estimate.nodeTimings, origin)) console.info(`    ${row}`);
    }
  }
} finally {
  server.close();
}
