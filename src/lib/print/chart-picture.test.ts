import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planPanels } from '../charts/panels';
import { expectedMarks } from '../../../tests/support/charts/expected-marks';
import { unitCount } from '../charts/part-units';
import { emphasisFor } from '../charts/emphasis';
import { loadContent } from '../../../scripts/content/load-content';
import type { Lang, Story } from '../content/types';
import { formatFigure } from '../format/number';
import { UI } from '../i18n/ui';
import { figureMap, stepFigures } from '../story/derive';
import { chartPicture, PRINT_CHART_BOX } from './chart-picture';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const content = loadContent(ROOT);
const figures = figureMap(content.figures);
const editions = Object.entries(content.stories) as [Lang, Story][];

const lineText = (lines: { spans: { text: string }[] }[]) =>
  lines.map((l) => l.spans.map((s) => s.text).join('')).join('');

describe.each(editions)('chart pictures of the %s edition', (lang, story) => {
  const ui = UI[lang];
  const steps = story.steps.filter((s) => s.stage !== 'map');
  const picture = (id: string) => {
    const step = story.steps.find((s) => s.id === id)!;
    return chartPicture({ step, figures: stepFigures(step, figures), lang, ui });
  };

  it.each(steps.map((s) => s.id))('%s: every mark, the numbers, title and source', (id) => {
    const step = story.steps.find((s) => s.id === id)!;
    const figs = stepFigures(step, figures);
    const p = picture(id);
    expect(p.marks.length).toBe(expectedMarks(step, figures, (f) => p.pers.get(f) ?? NaN));
    expect(lineText(p.title).length).toBeGreaterThan(0);
    const paragraphs = [...new Set(figs.map((f) => f.source.paragraph))].sort((a, b) => a - b);
    expect(p.source).toBe(ui.chartSources(paragraphs));
    expect(lineText(p.legend.source).replace(/\s+/g, '')).toBe(p.source.replace(/\s+/g, ''));
    for (const f of figs) expect(p.alt).toContain(formatFigure(f, lang));
    // Everything is placed at finite coordinates, inside the picture.
    const { viewBox } = p;
    for (const m of p.marks) {
      expect(Number.isFinite(m.x + m.y + m.w + m.h)).toBe(true);
      expect(m.x).toBeGreaterThanOrEqual(-0.5);
      expect(m.x + m.w).toBeLessThanOrEqual(viewBox.width + 0.5);
      expect(m.y).toBeGreaterThanOrEqual(viewBox.y);
      expect(m.y + m.h).toBeLessThanOrEqual(viewBox.y + viewBox.height);
    }
    for (const l of p.labels)
      for (const line of l.lines) expect(Number.isFinite(line.x + line.y)).toBe(true);
  });

  it('marks every approximate count as open, and ends a remainder in a part-filled mark', () => {
    for (const step of steps) {
      const figs = stepFigures(step, figures);
      const p = picture(step.id);
      for (const plan of planPanels(step, figs)) {
        if (plan.kind !== 'units' && plan.kind !== 'honours') continue;
        plan.figures.forEach((f) => {
          const c = unitCount(f, p.pers.get(f.id) ?? NaN);
          const mine = p.marks.filter((m) => m.key.startsWith(`${f.id}:`));
          expect(mine.filter((m) => m.kind === 'open').length, f.id).toBe(f.approx ? 1 : 0);
          expect(mine.filter((m) => m.kind === 'partial').length, f.id).toBe(c.partial > 0 ? 1 : 0);
        });
      }
    }
  });

  it('states approximate figures as approximate in the labels', () => {
    for (const step of steps) {
      const figs = stepFigures(step, figures).filter((f) => f.approx);
      if (figs.length === 0) continue;
      const text = lineText(picture(step.id).labels.flatMap((l) => l.lines));
      for (const f of figs)
        if (f.kind === 'count') expect(text, f.id).toContain(formatFigure(f, lang).split(' ')[0]);
    }
  });

  it('starts bars at zero', () => {
    for (const step of steps.filter((s) => s.stage === 'bars')) {
      const bars = picture(step.id).marks.filter((m) => m.key.startsWith('bar:'));
      expect(bars.length).toBeGreaterThan(1);
      for (const b of bars) expect(b.x).toBe(0);
    }
  });

  it('draws a travelling highlight at its end: every item stressed', () => {
    for (const step of steps.filter((s) => emphasisFor(s).travel)) {
      const nodes = picture(step.id).marks.filter((m) => m.key.startsWith('node:'));
      expect(nodes.length).toBeGreaterThan(1);
      for (const n of nodes) expect(n.fill, n.key).not.toBe('#f1ede6');
    }
  });

  it('crops the picture to what it draws, within the print box', () => {
    for (const step of steps) {
      const { viewBox } = picture(step.id);
      expect(viewBox.width).toBe(PRINT_CHART_BOX.width);
      expect(viewBox.height).toBeGreaterThan(40);
      // A legend may wrap to a line or two more than the layout reserved for it.
      expect(viewBox.height).toBeLessThanOrEqual(PRINT_CHART_BOX.height * 1.2);
    }
  });
});
