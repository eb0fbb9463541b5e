/**
 * A chain of levels (区委常委包片 → 县级领导联乡 → 区直单位包村 → 乡镇、村具体落实): nodes in
 * equal slots, top to bottom in a narrow box and left to right in a wide one, linked in order.
 */

export interface CascadeBox {
  width: number;
  height: number;
  /** Share (0..1] of each slot along the chain taken by its node; the rest is the link. Default 0.6. */
  nodeRatio?: number;
  /** Force a direction; by default 'vertical' when the box is taller than wide. */
  orientation?: 'vertical' | 'horizontal';
}

export interface CascadeNode {
  index: number;
  /** The node's box, for its label. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Its centre. */
  cx: number;
  cy: number;
}

export interface CascadeLink {
  source: number;
  target: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** SVG path from the source node's edge to the target node's edge. */
  path: string;
}

export interface CascadeLayout {
  orientation: 'vertical' | 'horizontal';
  nodes: CascadeNode[];
  links: CascadeLink[];
}

export function cascadeLayout(n: number, box: CascadeBox): CascadeLayout {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`A cascade needs at least 1 level, got ${n}`);
  const { width, height, nodeRatio = 0.6 } = box;
  if (!(width > 0) || !(height > 0)) throw new RangeError('Cascade box must have a positive size');
  if (!(nodeRatio > 0 && nodeRatio <= 1)) throw new RangeError(`Invalid nodeRatio ${nodeRatio}`);
  const orientation = box.orientation ?? (height > width ? 'vertical' : 'horizontal');
  const vertical = orientation === 'vertical';
  const slot = (vertical ? height : width) / n;
  const along = slot * nodeRatio;
  const nodes: CascadeNode[] = Array.from({ length: n }, (_, index) => {
    const start = index * slot + (slot - along) / 2;
    return vertical
      ? { index, x: 0, y: start, width, height: along, cx: width / 2, cy: start + along / 2 }
      : { index, x: start, y: 0, width: along, height, cx: start + along / 2, cy: height / 2 };
  });
  const links: CascadeLink[] = nodes.slice(1).map((to, i) => {
    const from = nodes[i] ?? to;
    const [x1, y1, x2, y2] = vertical
      ? [from.cx, from.y + from.height, to.cx, to.y]
      : [from.x + from.width, from.cy, to.x, to.cy];
    return { source: i, target: i + 1, x1, y1, x2, y2, path: `M${x1},${y1}L${x2},${y2}` };
  });
  return { orientation, nodes, links };
}
