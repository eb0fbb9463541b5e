import { describe, it, expect } from 'vitest';
import { cascadeLayout } from './cascade-layout';

describe('cascadeLayout', () => {
  it.each<[string, number, number, 'vertical' | 'horizontal']>([
    ['phone', 340, 600, 'vertical'],
    ['desktop', 900, 400, 'horizontal'],
    ['square', 500, 500, 'horizontal'],
  ])('%s box runs %s', (_name, width, height, orientation) => {
    const { orientation: o, nodes, links } = cascadeLayout(4, { width, height });
    expect(o).toBe(orientation);
    expect(nodes).toHaveLength(4);
    expect(links).toHaveLength(3);
    const axis = orientation === 'vertical' ? 'cy' : 'cx';
    for (let i = 1; i < nodes.length; i++)
      expect(nodes[i]![axis]).toBeGreaterThan(nodes[i - 1]![axis]);
    for (const node of nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(width + 1e-9);
      expect(node.y + node.height).toBeLessThanOrEqual(height + 1e-9);
    }
  });

  it('links join consecutive nodes edge to edge', () => {
    const { nodes, links } = cascadeLayout(4, { width: 300, height: 800 });
    links.forEach((link, i) => {
      const a = nodes[i]!;
      const b = nodes[i + 1]!;
      expect([link.source, link.target]).toEqual([i, i + 1]);
      expect([link.x1, link.y1]).toEqual([a.cx, a.y + a.height]);
      expect([link.x2, link.y2]).toEqual([b.cx, b.y]);
      expect(link.y2).toBeGreaterThan(link.y1);
      expect(link.path).toBe(`M${link.x1},${link.y1}L${link.x2},${link.y2}`);
    });
  });

  it('horizontal links run left to right', () => {
    const { links } = cascadeLayout(4, { width: 800, height: 200 });
    for (const l of links) {
      expect(l.y1).toBe(100);
      expect(l.y2).toBe(100);
      expect(l.x2).toBeGreaterThan(l.x1);
    }
  });

  it('can be forced to one orientation', () => {
    expect(cascadeLayout(3, { width: 800, height: 200, orientation: 'vertical' }).orientation).toBe(
      'vertical',
    );
  });

  it('a single level has no links', () => {
    expect(cascadeLayout(1, { width: 10, height: 10 }).links).toEqual([]);
  });

  it.each([0, 2.5, -1])('rejects %d levels', (n) => {
    expect(() => cascadeLayout(n, { width: 10, height: 10 })).toThrow();
  });
});
