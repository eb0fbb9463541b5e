/**
 * Counts on one shared, zero-based linear scale: one horizontal bar per figure under its head
 * label, gridlines and tick values below. Bars of figures the step does not stress are muted.
 */
import type { Figure } from '../content/types';
import { formatNumber } from '../format/number';
import { barScale } from './bars';
import { isStressed } from './emphasis';
import { headLabel, type Ctx, type Part } from './part';
import { label, mark, type Label, type Line, type Mark } from './chart-scene';

export function barsPanel(
  figures: readonly Figure[],
  width: number,
  maxHeight: number,
  ctx: Ctx,
): Part {
  const scale = barScale(
    figures.map((f) => f.value),
    [0, width],
  );
  // The unit names what a bar counts ("15个观光采摘基地"): no second label.
  const heads = figures.map((f) =>
    headLabel(f, `head:${f.id}`, 0, 0, width, ctx, { withLabel: false }),
  );
  const axisHeight = ctx.type.axis * 1.3 + 6;
  const rowGap = ctx.compact ? 8 : 14;
  const headsHeight = heads.reduce((a, h) => a + h.height + 3, 0);
  // The axis sits 4px under the last bar.
  const room = maxHeight - axisHeight - headsHeight - rowGap * (figures.length - 1) - 4;
  const thick = Math.max(8, Math.min(ctx.compact ? 24 : 40, room / figures.length));
  const marks: Mark[] = [];
  const labels: Label[] = [];
  let y = 0;
  figures.forEach((fig, i) => {
    const stressed = isStressed(ctx.emphasis, fig.id);
    const tone = stressed ? 'accent' : 'muted';
    const head = heads[i]!;
    labels.push({ ...head.label, y, tone, muted: !stressed });
    y += head.height + 3;
    marks.push(mark({ key: `bar:${fig.id}`, x: 0, y, w: scale(fig.value), h: thick, r: 1, tone }));
    y += thick + rowGap;
  });
  const bottom = y - rowGap + 4;
  // An axis under the bars, ticks from zero; no gridlines through the labels.
  const lines: Line[] = [
    {
      key: 'axis',
      d: `M0,${bottom}H${width}`,
      x: 0,
      y: 0,
      tone: 'muted',
      width: 1,
      arrow: false,
      dashed: false,
    },
  ];
  const ticks = scale.ticks(ctx.compact ? 4 : 6);
  for (const t of ticks) {
    const x = Math.min(width - 0.5, Math.round(scale(t)) + 0.5);
    lines.push({
      key: `tick:${t}`,
      d: `M${x},${bottom}V${bottom + 4}`,
      x: 0,
      y: 0,
      tone: 'muted',
      width: 1,
      arrow: false,
      dashed: false,
    });
    labels.push(
      label({
        key: `tick:${t}`,
        x: scale(t),
        y: bottom + 5,
        w: 64,
        align: t === 0 ? 'start' : 'center',
        role: 'axis',
        size: ctx.type.axis,
        strong: formatNumber(t, ctx.lang),
      }),
    );
  }
  // The last tick label must not run past the right edge.
  const last = labels[labels.length - 1];
  if (last && last.role === 'axis' && last.x + 32 > width) last.align = 'end';
  const legend: Part['legend'] = [{ kind: 'note', text: ctx.ui.chartBars }];
  return { marks, lines, labels, legend, width, height: bottom + axisHeight };
}
