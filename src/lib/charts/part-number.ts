/**
 * Single numbers that are not counts of things: a year or an amount of money as one big
 * number (an approximate amount keeps its 余 and gets a note), and a grade on its scale
 * (water quality Class Ⅲ among Classes Ⅰ–Ⅴ).
 */
import type { Figure } from '../content/types';
import { figureLabel, figureText } from './figure-text';
import { HEAD_GAP, headLabel, type Ctx, type Part } from './part';
import { label, mark, type Label, type Mark } from './chart-scene';
import { BIG_REST, MIN_TEXT } from './legibility';
import { textHeight, textWidth } from './text';

/** A big number; `withLabel` adds what it counts (when the title names several figures). */
export function bigPanel(fig: Figure, width: number, ctx: Ctx, withLabel: boolean): Part {
  const t = figureText(fig, ctx.lang);
  const sub = withLabel ? figureLabel(fig, ctx.lang) : '';
  // One line: the number shrinks to fit ("more than 60 million yuan" on a phone).
  // The unit is set at 0.36em, never under MIN_TEXT: it keeps its size while the number shrinks.
  const rest = textWidth(t.sep + t.rest, Math.max(MIN_TEXT, ctx.type.big * BIG_REST), true);
  const strong = textWidth(t.strong, ctx.type.big, true);
  const size = Math.min(ctx.type.big, (ctx.type.big * (width * 0.95 - rest)) / strong);
  const height = size * 1.3 + (sub ? 6 + textHeight(sub, ctx.type.head, width) : 0);
  const big = label({
    key: `big:${fig.id}`,
    x: width / 2,
    y: 0,
    w: width,
    align: 'center',
    role: 'big',
    size,
    ...t,
    sub,
    tone: 'accent',
  });
  const legend: Part['legend'] = fig.approx ? [{ kind: 'note', text: ctx.ui.approxNote }] : [];
  return { marks: [], lines: [], labels: [big], legend, width, height };
}

/** Grades on the scale: Ⅰ to Ⅴ. */
export const GRADE_LEVELS = 5;

export function gradePanel(fig: Figure, width: number, ctx: Ctx): Part {
  const head = headLabel(fig, `head:${fig.id}`, 0, 0, width, ctx, { tone: 'accent' });
  const top = head.height + HEAD_GAP;
  const pitch = Math.min(width / GRADE_LEVELS, ctx.compact ? 64 : 88);
  const gap = Math.max(3, pitch * 0.08);
  const marks: Mark[] = [];
  const labels = [head.label];
  for (let g = 1; g <= GRADE_LEVELS; g++) {
    const x = (g - 1) * pitch;
    const tone = g === fig.value ? 'accent' : 'rest';
    marks.push(mark({ key: `grade:${g}`, x, y: top, w: pitch - gap, h: pitch * 0.8, r: 4, tone }));
    labels.push(
      label({
        key: `grade:${g}`,
        x: x + (pitch - gap) / 2,
        y: top + pitch * 0.4,
        w: pitch - gap,
        align: 'center',
        valign: 'middle',
        role: 'item',
        size: ctx.type.item,
        // The numeral only ("Ⅲ", "III"): the head already says "类" / "Class".
        strong: figureText({ ...fig, value: g }, ctx.lang).strong.replace(/^Class\s+/, ''),
        tone,
        invert: tone === 'accent',
      }),
    );
  }
  const height = top + pitch * 0.8;
  return {
    marks,
    lines: [],
    labels,
    legend: [{ kind: 'note', text: ctx.ui.chartGradeScale }],
    width,
    height,
  };
}

/**
 * Counts stated as plain labelled numbers, side by side where they fit: how a step draws its
 * counts beside a percentage, so a count grid never stands next to a waffle as if the two
 * measured the same thing (87 plants beside 85 %).
 */
export function statsPanel(figures: readonly Figure[], width: number, ctx: Ctx): Part {
  const size = ctx.type.head * 1.25;
  const gap = ctx.compact ? 12 : 20;
  // Side by side where that is no taller than fewer columns (long labels stack instead).
  const layout = (cols: number) => {
    const colW = (width - gap * (cols - 1)) / cols;
    const labels: Label[] = [];
    let y = 0;
    let rowHeight = 0;
    for (const [i, fig] of figures.entries()) {
      const col = i % cols;
      if (col === 0 && i > 0) {
        y += rowHeight + gap;
        rowHeight = 0;
      }
      const head = headLabel(fig, `head:${fig.id}`, col * (colW + gap), y, colW, ctx, {
        tone: 'ink',
        size,
      });
      labels.push(head.label);
      rowHeight = Math.max(rowHeight, head.height);
    }
    return { labels, height: y + rowHeight };
  };
  let best = layout(1);
  for (let cols = 2; cols <= Math.min(3, figures.length); cols++) {
    const tried = layout(cols);
    if (tried.height <= best.height + 0.5) best = tried;
  }
  const legend: Part['legend'] = figures.some((f) => f.approx)
    ? [{ kind: 'note', text: ctx.ui.approxNote }]
    : [];
  return { marks: [], lines: [], labels: best.labels, legend, width, height: best.height };
}
