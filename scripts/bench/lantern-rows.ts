/**
 * The nodes of Lighthouse's simulated load ("Lantern") as table rows: which requests and which
 * main-thread tasks a simulated first paint waits for, and when each starts and ends in the
 * simulation. Pure; scripts/bench/lantern-graph.ts feeds it.
 */

/** What the rows need of a Lantern node and its simulated timing. */
export interface GraphNode {
  type: string;
  /** Network nodes: the request. */
  request?: { url: string; priority: string };
  /** CPU nodes: the task's trace events (names only are read) and its observed length (µs). */
  childEvents?: { name: string }[];
  duration?: number;
}

export interface NodeTiming {
  startTime: number;
  endTime: number;
}

/** Trace events that say what a task did for the first paint. */
const KINDS = [
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'EvaluateScript',
  'v8.evaluateModule',
];

/** "  629–  638 ms  task 2.2 ms observed: UpdateLayoutTree, Paint", by start time. */
export function graphRows(timings: Iterable<[GraphNode, NodeTiming]>, origin = ''): string[] {
  return [...timings]
    .sort((a, b) => a[1].startTime - b[1].startTime || a[1].endTime - b[1].endTime)
    .map(([node, t]) => {
      const span = `${String(Math.round(t.startTime)).padStart(5)}–${String(Math.round(t.endTime)).padStart(5)} ms`;
      if (node.type === 'network' && node.request) {
        const url = origin ? node.request.url.replace(origin, '') : node.request.url;
        return `${span}  request ${url} (${node.request.priority})`;
      }
      const kinds = [
        ...new Set((node.childEvents ?? []).map((e) => e.name).filter((n) => KINDS.includes(n))),
      ];
      const observed = ((node.duration ?? 0) / 1000).toFixed(1);
      return `${span}  task ${observed} ms observed${kinds.length ? `: ${kinds.join(', ')}` : ' (no parse, style, layout, paint or script)'}`;
    });
}
