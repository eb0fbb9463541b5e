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
> &
  Partial<Pick<CanvasRenderingContext2D, 'roundRect'>> & {
    fillStyle: unknown;
    strokeStyle: unknown;
    lineWidth: number;
  };

/** Corners under 1.5 CSS px do not show; plain rects keep thousands of cells cheap. */
const MIN_CORNER = 1.5;

function shape(
  ctx: Paintable,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  minCorner = MIN_CORNER,
): void {
  const rr = Math.min(r, w / 2, h / 2);
  if (rr < minCorner) {
    ctx.rect(x, y, w, h);
    return;
  }
  // The platform's rounded rectangle where there is one (one call; the same corners).
  if (ctx.roundRect) {
    ctx.roundRect(x, y, w, h, rr);
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

/** Drawn at all: not collapsed to nothing, and revealed (see Mark.reveal). */
const drawn = (m: DrawMark, reveal: number) =>
  m.w >= 0.25 && m.h >= 0.25 && m.reveal <= reveal + 1e-9;
const isSolid = (m: DrawMark) => !m.open && m.fill >= 0.999;

/**
 * Paints the marks revealed at `reveal` (all by default). Called on every animation frame, it
 * allocates (almost) nothing: no per-frame lists of marks, only the short list of colours.
 */
export function paintMarks(
  ctx: Paintable,
  marks: readonly DrawMark[],
  width: number,
  height: number,
  dpr: number,
  reveal = Infinity,
): PaintStats {
  const stats: PaintStats = { solid: 0, partial: 0, open: 0 };
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, Math.ceil(width * dpr), Math.ceil(height * dpr));
  const colors: string[] = [];
  for (const m of marks) {
    if (drawn(m, reveal) && isSolid(m) && !colors.includes(m.color)) colors.push(m.color);
  }
  // Solid marks (the thousands), one path and one fill per colour, in device pixels snapped to
  // whole ones: crisp edges and equal gaps.
  const px = (v: number) => Math.round(v * dpr);
  for (const color of colors) {
    ctx.fillStyle = color;
    ctx.beginPath();
    for (const m of marks) {
      if (m.color !== color || !drawn(m, reveal) || !isSolid(m)) continue;
      const x = px(m.x);
      const y = px(m.y);
      shape(ctx, x, y, px(m.x + m.w) - x, px(m.y + m.h) - y, px(m.r), MIN_CORNER * dpr);
      stats.solid++;
    }
    ctx.fill();
  }
  // The few part-filled and open marks in CSS pixels.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineWidth = 1;
  for (const m of marks) {
    if (!drawn(m, reveal) || m.open || isSolid(m)) continue;
    stats.partial++;
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
  for (const m of marks) {
    if (!drawn(m, reveal) || !m.open) continue;
    stats.open++;
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
  return stats;
}
