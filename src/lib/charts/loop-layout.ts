/**
 * A closed loop of n parts (四位一体 n = 4, 五位一体 n = 5): nodes on a circle from 12 o'clock
 * clockwise, and arcs from each node to the next, the last returning to the first.
 */

export interface LoopBox {
  width: number;
  height: number;
  /** Space between the circle and the box edge, for labels. Default 20% of the shorter side. */
  padding?: number;
  /** Angle (radians) left open at each end of an arc, clear of the nodes. Default 0. */
  gapAngle?: number;
  /** Space at the left and right, and at the top and bottom, instead of `padding`: the ring
   * becomes an ellipse (wide nodes in a wide box). */
  padX?: number;
  padY?: number;
}

export interface LoopNode {
  index: number;
  /** Radians clockwise from 12 o'clock. */
  angle: number;
  x: number;
  y: number;
}

export interface LoopArc {
  source: number;
  target: number;
  startAngle: number;
  endAngle: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** SVG path drawing the arc clockwise. */
  path: string;
}

export interface LoopLayout {
  cx: number;
  cy: number;
  /** The smaller radius; rx and ry are the ring's radii across and down. */
  r: number;
  rx: number;
  ry: number;
  nodes: LoopNode[];
  arcs: LoopArc[];
}

const round = (v: number): number => Math.round(v * 1000) / 1000 + 0;

export function loopLayout(n: number, box: LoopBox): LoopLayout {
  if (!Number.isInteger(n) || n < 2)
    throw new RangeError(`A loop needs at least 2 parts, got ${n}`);
  const { width, height, gapAngle = 0 } = box;
  const short = Math.min(width, height);
  const padding = box.padding ?? short * 0.2;
  const rx = box.padX !== undefined ? width / 2 - box.padX : short / 2 - padding;
  const ry = box.padY !== undefined ? height / 2 - box.padY : short / 2 - padding;
  const r = Math.min(rx, ry);
  if (!(r > 0)) throw new RangeError('Loop box too small for its padding');
  const span = (2 * Math.PI) / n - 2 * gapAngle;
  if (!(gapAngle >= 0) || !(span > 0)) throw new RangeError(`Invalid gapAngle ${gapAngle}`);
  const cx = width / 2;
  const cy = height / 2;
  const at = (angle: number): [number, number] => [
    cx + rx * Math.sin(angle),
    cy - ry * Math.cos(angle),
  ];
  const nodes: LoopNode[] = Array.from({ length: n }, (_, index) => {
    const angle = (2 * Math.PI * index) / n;
    const [x, y] = at(angle);
    return { index, angle, x, y };
  });
  const arcs: LoopArc[] = nodes.map((node) => {
    const target = (node.index + 1) % n;
    const startAngle = node.angle + gapAngle;
    const endAngle = node.angle + (2 * Math.PI) / n - gapAngle;
    const [x1, y1] = at(startAngle);
    const [x2, y2] = at(endAngle);
    const large = span > Math.PI ? 1 : 0;
    const path = `M${round(x1)},${round(y1)}A${round(rx)},${round(ry)} 0 ${large} 1 ${round(x2)},${round(y2)}`;
    return { source: node.index, target, startAngle, endAngle, x1, y1, x2, y2, path };
  });
  return { cx, cy, r, rx, ry, nodes, arcs };
}
