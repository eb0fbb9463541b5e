import { describe, expect, it } from 'vitest';
import { graphRows, type GraphNode, type NodeTiming } from './lantern-rows';

describe('graphRows', () => {
  const doc: GraphNode = { type: 'network', request: { url: 'http://h:1/', priority: 'VeryHigh' } };
  const script: GraphNode = {
    type: 'network',
    request: { url: 'http://h:1/assets/main.js', priority: 'High' },
  };
  const commit: GraphNode = {
    type: 'cpu',
    childEvents: [{ name: 'CommitLoad' }],
    duration: 87_472,
  };
  const paint: GraphNode = {
    type: 'cpu',
    childEvents: [
      { name: 'UpdateLayoutTree' },
      { name: 'Layout' },
      { name: 'Layout' },
      { name: 'Paint' },
    ],
    duration: 25_300,
  };

  it('lists requests and tasks by simulated start, with what each task did', () => {
    const timings: [GraphNode, NodeTiming][] = [
      [paint, { startTime: 1032.4, endTime: 1504 }],
      [script, { startTime: 988, endTime: 1167 }],
      [doc, { startTime: 0, endTime: 629 }],
      [commit, { startTime: 638, endTime: 988 }],
    ];
    expect(graphRows(timings, 'http://h:1')).toEqual([
      '    0–  629 ms  request / (VeryHigh)',
      '  638–  988 ms  task 87.5 ms observed (no parse, style, layout, paint or script)',
      '  988– 1167 ms  request /assets/main.js (High)',
      ' 1032– 1504 ms  task 25.3 ms observed: UpdateLayoutTree, Layout, Paint',
    ]);
  });

  it('keeps full URLs without an origin, and orders equal starts by end', () => {
    const rows = graphRows([
      [script, { startTime: 5, endTime: 9 }],
      [doc, { startTime: 5, endTime: 6 }],
    ]);
    expect(rows).toEqual([
      '    5–    6 ms  request http://h:1/ (VeryHigh)',
      '    5–    9 ms  request http://h:1/assets/main.js (High)',
    ]);
  });
});
