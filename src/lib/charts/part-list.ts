/**
 * The parts of a list figure: a cascade (levels linked top to bottom), a closed loop (parts on
 * a circle, each arc leading to the next, the last back to the first) or plain named boxes.
 * Stressed items are filled; the others stay light.
 */
import type { Figure } from '../content/types';
import { cascadeLayout } from './cascade-layout';
import type { Emphasis } from './emphasis';
import { figureItems } from './figure-text';
import { loopLayout } from './loop-layout';
import { type Ctx, type Part } from './part';
import { label, mark, type Label, type Line, type Tone } from './chart-scene';
import { TONE_TEXT, WHITE } from '../palette';
import { MIN_TEXT } from './legibility';
import { textHeight, textWidth } from './text';

/** Which of n items are stressed: the emphasis' items, the first `lit` of a travelling
 * highlight, or all. */
export function stressedItems(n: number, emphasis: Emphasis, lit?: number): boolean[] {
  return Array.from({ length: n }, (_, i) => {
    if (emphasis.items) return emphasis.items.includes(i);
    if (emphasis.travel && lit !== undefined) return i < lit;
    return true;
  });
}

function itemLabel(
  key: string,
  text: string,
  x: number,
  y: number,
  w: number,
  size: number,
  tone: Tone,
): Label {
  return label({
    key,
    x,
    y,
    w,
    align: 'center',
    valign: 'middle',
    role: 'item',
    size,
    strong: text,
    tone,
    invert: TONE_TEXT[tone] === WHITE,
  });
}

function line(key: string, d: string, lit: boolean): Line {
  return {
    key,
    d,
    x: 0,
    y: 0,
    tone: lit ? 'accent' : 'muted',
    width: 2,
    arrow: true,
    dashed: false,
  };
}

export function cascadePanel(fig: Figure, width: number, maxHeight: number, ctx: Ctx): Part {
  const items = figureItems(fig, ctx.lang);
  const n = items.length;
  const stressed = stressedItems(n, ctx.emphasis, ctx.lit);
  const nodeW = Math.min(width, ctx.compact ? 320 : 420);
  const needAt = (s: number) => Math.max(...items.map((t) => textHeight(t, s, nodeW - 20))) + 14;
  let size = ctx.type.item;
  // At the default text size a box too short for the levels' text shrinks it (as the loop's),
  // down to MIN_TEXT; larger text is not shrunk here: buildScene tries a smaller scale instead.
  if ((ctx.textScale ?? 1) === 1) {
    while (size > MIN_TEXT && (n * needAt(size)) / 0.8 > maxHeight) size -= 0.5;
  }
  const need = needAt(size);
  // A box too short for the levels at the smallest text brings them closer: the arrows between
  // them take 15 % of a level's room instead of 20 % (a phone's band, in English).
  const most = (n * need) / 0.8 > maxHeight ? 0.85 : 0.8;
  // Each level gets room for its text (large text wraps to more lines), as the box allows; a
  // box too short for the text gets it anyway (the scene then no longer fits: see buildScene).
  const fit = (n * need) / most;
  const height = Math.min(
    n * Math.max(ctx.compact ? 78 : 104, need / most),
    Math.max(maxHeight, fit),
  );
  const slot = height / n;
  const nodeRatio = Math.min(most, Math.max(0.55, need / slot));
  const layout = cascadeLayout(n, { width: nodeW, height, orientation: 'vertical', nodeRatio });
  const dx = (width - nodeW) / 2;
  const marks = layout.nodes.map((node) =>
    mark({
      key: `node:${node.index}`,
      x: dx + node.x,
      y: node.y,
      w: node.width,
      h: node.height,
      r: 4,
      tone: stressed[node.index] ? 'accent' : 'rest',
    }),
  );
  const labels = layout.nodes.map((node) =>
    itemLabel(
      `item:${node.index}`,
      items[node.index] ?? '',
      dx + node.cx,
      node.cy,
      nodeW - 16,
      size,
      stressed[node.index] ? 'accent' : 'rest',
    ),
  );
  const lines = layout.links.map((l) =>
    line(
      `link:${l.source}`,
      `M${dx + l.x1},${l.y1 + 2}L${dx + l.x2},${l.y2 - 3}`,
      !!stressed[l.target] && !!stressed[l.source],
    ),
  );
  return {
    marks,
    lines,
    labels,
    legend: [{ kind: 'note', text: ctx.ui.chartCascade }],
    width,
    height,
  };
}

export function loopPanel(fig: Figure, width: number, maxHeight: number, ctx: Ctx): Part {
  const items = figureItems(fig, ctx.lang);
  const n = items.length;
  const stressed = stressedItems(n, ctx.emphasis, ctx.lit);
  const side = Math.min(width, maxHeight, ctx.compact ? 320 : 440);
  const widest = Math.max(...items.map((t) => textWidth(t, ctx.type.item, true)));
  const radius = Math.max(ctx.compact ? 28 : 40, Math.min(side * 0.16, widest / 1.6 + 8));
  // Words are never broken: the type shrinks until the longest word fits its circle, down to
  // MIN_TEXT.
  const longestWord = Math.max(
    ...items.flatMap((t) => t.split(/\s+/)).map((w) => textWidth(w, 1, true)),
  );
  const size = Math.max(MIN_TEXT, Math.min(ctx.type.item, (radius * 1.7) / longestWord));
  // A word wider than the circle even then ("organisation"): the node becomes a pill as wide
  // as the word, and the ring an ellipse as wide as the panel allows.
  const wide = Math.max(radius, (longestWord * size) / 2 + 5);
  const pill = wide > radius;
  // A pill is as tall as its wrapped text; a circle as its radius.
  const tall = pill
    ? Math.max(...items.map((t) => textHeight(t, size, 2 * wide - 8, true))) / 2 + 6
    : radius;
  const half = wide;
  const boxW = pill ? Math.min(width, ctx.compact ? 360 : 520) : side;
  const boxH = pill ? Math.min(maxHeight, boxW, ctx.compact ? 320 : 440) : side;
  const padding = half + 4;
  const ring = Math.min(boxW / 2 - padding, boxH / 2 - tall - 4);
  const gapAngle = Math.min(
    Math.PI / n - 0.05,
    2 * Math.asin(Math.min(1, (half + 9) / (2 * Math.max(1, ring)))),
  );
  const layout = loopLayout(n, {
    width: boxW,
    height: boxH,
    padding,
    gapAngle,
    ...(pill ? { padX: half + 2, padY: tall + 2 } : {}),
  });
  const dx = (width - boxW) / 2;
  const marks = layout.nodes.map((node) =>
    mark({
      key: `node:${node.index}`,
      x: dx + node.x - half,
      y: node.y - tall,
      w: 2 * half,
      h: 2 * tall,
      r: tall,
      tone: stressed[node.index] ? 'accent' : 'rest',
    }),
  );
  const labels = layout.nodes.map((node) =>
    itemLabel(
      `item:${node.index}`,
      items[node.index] ?? '',
      dx + node.x,
      node.y,
      half === radius ? radius * 1.8 : 2 * half - 8,
      size,
      stressed[node.index] ? 'accent' : 'rest',
    ),
  );
  const all = stressed.every(Boolean);
  const lines = layout.arcs.map((a) => {
    // The closing arc (last → first) lights up only once every part is stressed.
    const lit = a.target === 0 ? all : !!stressed[a.target];
    return { ...line(`arc:${a.source}`, a.path, lit), x: dx };
  });
  return {
    marks,
    lines,
    labels,
    legend: [{ kind: 'note', text: ctx.ui.chartLoop }],
    width,
    height: boxH,
  };
}

/** Named parts without order or links (e.g. the "two leaders"): boxes in a row, or stacked. */
export function chipsPanel(fig: Figure, width: number, ctx: Ctx): Part {
  const items = figureItems(fig, ctx.lang);
  const n = items.length;
  const stressed = stressedItems(n, ctx.emphasis, ctx.lit);
  const size = ctx.type.item + 2;
  const gap = 12;
  const rowW = (width - gap * (n - 1)) / n;
  const row = items.every((t) => textWidth(t, size) + 24 <= rowW);
  const boxW = row ? rowW : Math.min(width, 360);
  const boxH = Math.max(...items.map((t) => textHeight(t, size, boxW - 20))) + 28;
  const marks = items.map((_, i) =>
    mark({
      key: `node:${i}`,
      x: row ? i * (rowW + gap) : (width - boxW) / 2,
      y: row ? 0 : i * (boxH + gap),
      w: boxW,
      h: boxH,
      r: 6,
      tone: stressed[i] ? 'accent' : 'rest',
    }),
  );
  const labels = marks.map((m, i) =>
    itemLabel(`item:${i}`, items[i] ?? '', m.x + m.w / 2, m.y + m.h / 2, boxW - 16, size, m.tone),
  );
  const last = marks[marks.length - 1];
  return { marks, lines: [], labels, legend: [], width, height: last ? last.y + last.h : 0 };
}
