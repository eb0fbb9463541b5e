import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../../../scripts/content/load-content';
import type { Step } from '../content/types';
import { emphasisFor, isStressed } from './emphasis';

const ROOT = resolve(import.meta.dirname, '../../..');
const content = loadContent(ROOT);

describe.each(Object.entries(content.stories))('the emphasis of %s', (_lang, story) => {
  it('stresses something in some steps, and only in chart steps', () => {
    const stressed = story!.steps.filter((s) => s.emphasis);
    expect(stressed.length).toBeGreaterThan(0);
    for (const s of stressed) expect(s.stage, s.id).not.toBe('map');
  });

  it('gives consecutive steps that show the same figures a different emphasis', () => {
    const steps = story!.steps;
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1]!, steps[i]!];
      if (a.stage !== b.stage || a.figures.join() !== b.figures.join()) continue;
      expect(JSON.stringify(emphasisFor(a)), `${a.id} → ${b.id}`).not.toBe(
        JSON.stringify(emphasisFor(b)),
      );
    }
  });
});

describe('emphasisFor', () => {
  const step = (emphasis?: Step['emphasis']): Pick<Step, 'emphasis'> => ({ emphasis });

  it('stresses everything for a step without emphasis', () => {
    expect(emphasisFor(step())).toEqual({});
    expect(isStressed(emphasisFor(step()), 'any')).toBe(true);
  });

  it("reads the step's own emphasis: only the listed figures are stressed", () => {
    const e = emphasisFor(step({ figures: ['homestays', 'farm-stays'] }));
    expect(isStressed(e, 'farm-stays')).toBe(true);
    expect(isStressed(e, 'picking-bases')).toBe(false);
    expect(isStressed(emphasisFor(step({ figures: [] })), 'farm-stays')).toBe(false);
  });

  it('the homestays step of the story stresses two of its figures', () => {
    const homestays = content.stories['zh-CN']!.steps.find((s) => s.id === 'homestays')!;
    expect(emphasisFor(homestays).figures).toEqual(['homestays', 'farm-stays']);
  });
});
