/**
 * Paints marks on a 2D canvas. Solid marks are batched by colour (one path and one fill per
 * colour, so thousands of cells cost a few calls); a part-filled mark gets its outline and its
 * filled share; an open mark (approximate figure) a dashed outline with a small plus sign.
 */
import type { DrawMark } from './morph';

/** The subset of CanvasRenderingContext2D used here (tests pass a recorder). */
export type Paintable = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'rect'
  | 'moveTo'
  | 'lineTo'
  | 'arcTo'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'save'
  | 'restore'
  | 'clip'
  | 'setLineDash'
> & { fillStyle: unknown; strokeStyle: unknown; lineWidth: number };

function shape(ctx: Paintable, x: number, y: number, w: number, h: number, r: number): void {
  const rr = Math.min(r, w / 2, h / 2);
  // Corners under 1.5 px do not show; plain rects keep thousands of cells cheap.
  if (rr < 1.5) {
    ctx.rect(x, y, w, h);
    return;
  }
  ctx.moveTo(x + rr, y);
  ctx.arcTo(x + w, y, x + w, y + h, rr);
  ctx.arcTo(x + w, y + h, x, y + h, rr);
  ctx.arcTo(x, y + h, x, y, rr);
  ctx.arcTo(x, y, x + w, y, rr);
  ctx.closePath();
}

export interface PaintStats {
  solid: number;
  partial: number;
  open: number;
}

export function paintMarks(
  ctx: Paintable,
  marks: readonly DrawMark[],
  width: number,
  height: number,
  dpr: number,
): PaintStats {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const solid = new Map<string, DrawMark[]>();
  const partial: DrawMark[] = [];
  const open: DrawMark[] = [];
  for (const m of marks) {
    if (m.w < 0.25 || m.h < 0.25) continue;
    if (m.open) open.push(m);
    else if (m.fill >= 0.999) {
      const list = solid.get(m.color);
      if (list) list.push(m);
      else solid.set(m.color, [m]);
    } else partial.push(m);
  }
  for (const [color, list] of solid) {
    ctx.fillStyle = color;
    ctx.beginPath();
    for (const m of list) shape(ctx, m.x, m.y, m.w, m.h, m.r);
    ctx.fill();
  }
  ctx.lineWidth = 1;
  for (const m of partial) {
    ctx.strokeStyle = m.color;
    ctx.fillStyle = m.color;
    ctx.beginPath();
    shape(ctx, m.x + 0.5, m.y + 0.5, m.w - 1, m.h - 1, m.r);
    ctx.stroke();
    if (m.fill > 0) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(m.x, m.y, m.w * m.fill, m.h);
      ctx.clip();
      ctx.beginPath();
      shape(ctx, m.x, m.y, m.w, m.h, m.r);
      ctx.fill();
      ctx.restore();
    }
  }
  ctx.lineWidth = 1.25;
  for (const m of open) {
    ctx.strokeStyle = m.color;
    ctx.setLineDash([3, 2]);
    ctx.beginPath();
    shape(ctx, m.x + 0.75, m.y + 0.75, m.w - 1.5, m.h - 1.5, m.r);
    ctx.stroke();
    ctx.setLineDash([]);
    if (m.w >= 9) {
      // A plus sign: "and more".
      const cx = m.x + m.w / 2;
      const cy = m.y + m.h / 2;
      const arm = m.w * 0.22;
      ctx.beginPath();
      ctx.moveTo(cx - arm, cy);
      ctx.lineTo(cx + arm, cy);
      ctx.moveTo(cx, cy - arm);
      ctx.lineTo(cx, cy + arm);
      ctx.stroke();
    }
  }
  let count = partial.length + open.length;
  for (const list of solid.values()) count += list.length;
  return {
    solid: count - partial.length - open.length,
    partial: partial.length,
    open: open.length,
  };
}
