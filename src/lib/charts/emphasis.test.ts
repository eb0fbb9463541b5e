import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { loadFigures, loadStory } from '../../../scripts/content/load-content';
import type { Story } from '../content/types';
import { EMPHASIS, emphasisFor, isStressed } from './emphasis';

const data = resolve(import.meta.dirname, '../../../data');
const figures = new Map(loadFigures(resolve(data, 'figures.json')).map((f) => [f.id, f]));
const stories: [string, Story][] = [
  ['story.zh-CN.aml', loadStory(resolve(data, 'story.zh-CN.aml'), figures)],
];
try {
  stories.push(['story.en.aml', loadStory(resolve(data, 'story.en.aml'), figures)]);
} catch {
  // the English edition is optional
}

describe.each(stories)('EMPHASIS against %s', (_file, story) => {
  const steps = new Map(story.steps.map((s) => [s.id, s]));

  it.each(Object.entries(EMPHASIS))(
    '%s is a real chart step, naming only its own figures',
    (id, e) => {
      const step = steps.get(id);
      expect(step, `no step "${id}"`).toBeDefined();
      expect(step!.stage).not.toBe('map');
      for (const f of e.figures ?? []) expect(step!.figures).toContain(f);
      if (e.reveal) {
        expect(step!.figures).toContain(e.reveal);
        expect(figures.get(e.reveal)?.kind).toBe('count');
      }
      const list = step!.figures.map((f) => figures.get(f)).find((f) => f?.kind === 'list');
      if (e.items) {
        expect(list, 'items need a list figure').toBeDefined();
        for (const i of e.items) expect(i).toBeLessThan(list!.items!.length);
      }
      if (e.travel) expect(['cascade', 'loop']).toContain(step!.stage);
      if (e.nested) expect(step!.stage).toBe('villages');
      for (const group of e.sameScale ?? []) {
        expect(['units', 'honours', 'numbers']).toContain(step!.stage);
        expect(group.length).toBeGreaterThan(1);
        for (const f of group) {
          expect(step!.figures).toContain(f);
          expect(figures.get(f)?.kind).toBe('count');
        }
      }
      if (e.within) {
        expect(['units', 'numbers']).toContain(step!.stage);
        for (const f of [e.within.inner, e.within.outer]) {
          expect(step!.figures).toContain(f);
          expect(figures.get(f)?.kind).toBe('count');
        }
        // More inner things than outer ones: each outer mark holds at least one.
        expect(figures.get(e.within.inner)!.value).toBeGreaterThanOrEqual(
          figures.get(e.within.outer)!.value,
        );
      }
    },
  );

  it('gives consecutive steps that show the same figures a different emphasis', () => {
    for (let i = 1; i < story.steps.length; i++) {
      const [a, b] = [story.steps[i - 1]!, story.steps[i]!];
      if (a.stage !== b.stage || a.figures.join() !== b.figures.join()) continue;
      expect(JSON.stringify(emphasisFor(a.id)), `${a.id} → ${b.id}`).not.toBe(
        JSON.stringify(emphasisFor(b.id)),
      );
    }
  });
});

describe('emphasisFor', () => {
  it('stresses everything for a step without an entry', () => {
    expect(emphasisFor('no-such-step')).toEqual({});
    expect(isStressed(emphasisFor('no-such-step'), 'any')).toBe(true);
  });

  it('stresses only the listed figures', () => {
    const e = emphasisFor('homestays');
    expect(isStressed(e, 'farm-stays')).toBe(true);
    expect(isStressed(e, 'picking-bases')).toBe(false);
  });
});
