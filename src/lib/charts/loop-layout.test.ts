import { describe, it, expect } from 'vitest';
import { loopLayout } from './loop-layout';

function pathEnd(path: string): [number, number] {
  const nums = path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  return [nums[nums.length - 2] ?? NaN, nums[nums.length - 1] ?? NaN];
}

describe('loopLayout', () => {
  it.each<[number, number, number]>([
    [4, 400, 400],
    [5, 340, 600],
    [5, 900, 400],
    [2, 200, 200],
    [3, 300, 300],
  ])('%d parts in %d×%d: n nodes, n arcs, closed', (n, width, height) => {
    const { nodes, arcs, cx, cy, r } = loopLayout(n, { width, height });
    expect(nodes).toHaveLength(n);
    expect(arcs).toHaveLength(n);
    for (const node of nodes) expect(Math.hypot(node.x - cx, node.y - cy)).toBeCloseTo(r, 9);
    arcs.forEach((arc, i) => {
      const from = nodes[i]!;
      const to = nodes[(i + 1) % n]!;
      expect([arc.source, arc.target]).toEqual([i, (i + 1) % n]);
      expect(arc.x1).toBeCloseTo(from.x, 9);
      expect(arc.y1).toBeCloseTo(from.y, 9);
      expect(arc.x2).toBeCloseTo(to.x, 9);
      expect(arc.y2).toBeCloseTo(to.y, 9);
      const [ex, ey] = pathEnd(arc.path);
      expect(ex).toBeCloseTo(to.x, 2);
      expect(ey).toBeCloseTo(to.y, 2);
      expect(arc.path).toMatch(/^M[^A]+A[^ ]+ 0 0 1 /);
    });
    const last = arcs[n - 1]!;
    expect(last.target).toBe(0);
    expect(pathEnd(last.path)[0]).toBeCloseTo(nodes[0]!.x, 2);
    expect(pathEnd(last.path)[1]).toBeCloseTo(nodes[0]!.y, 2);
  });

  it('starts at 12 o’clock and runs clockwise', () => {
    const { nodes, cx, cy, r } = loopLayout(4, { width: 200, height: 200, padding: 0 });
    expect(r).toBe(100);
    const at = nodes.map((p) => [Math.round(p.x - cx), Math.round(p.y - cy)]);
    expect(at).toEqual([
      [0, -100],
      [100, 0],
      [0, 100],
      [-100, 0],
    ]);
  });

  it('gapAngle leaves the arc ends clear of the nodes', () => {
    const gap = 0.2;
    const { nodes, arcs } = loopLayout(5, { width: 400, height: 400, gapAngle: gap });
    arcs.forEach((arc, i) => {
      expect(arc.startAngle).toBeCloseTo(nodes[i]!.angle + gap, 9);
      expect(arc.endAngle).toBeCloseTo(nodes[i]!.angle + (2 * Math.PI) / 5 - gap, 9);
    });
  });

  it.each([
    [1, {}],
    [4, { gapAngle: 1 }],
    [4, { padding: 300 }],
  ])('rejects %d parts with %j', (n, opts) => {
    expect(() => loopLayout(n, { width: 400, height: 400, ...opts })).toThrow();
  });
});
