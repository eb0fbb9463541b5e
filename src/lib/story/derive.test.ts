import { describe, expect, it } from 'vitest';
import type { Figure, Step, Story } from '../content/types';
import {
  chartStepAt,
  chartStepsNear,
  figureMap,
  overallProgress,
  sectionHeading,
  stageState,
  stepFigures,
} from './derive';

const step = (id: string, section: string, figures: string[] = ['a']): Step => ({
  id,
  section,
  paragraphs: ['x'],
  stage: 'numbers',
  figures,
});
const story: Story = {
  meta: {
    lang: 'zh-CN',
    title: 't',
    dek: 'd',
    byline: 'b',
    published: '2026-11-29',
    description: 'x',
  },
  sections: [
    { id: 'one', title: 'One' },
    { id: 'two', title: 'Two' },
  ],
  steps: [step('s1', 'one'), step('s2', 'one'), step('s3', 'two'), step('s4', 'two')],
  notes: [],
  sources: [],
};
const fig = (id: string): Figure => ({
  id,
  kind: 'count',
  value: 1,
  approx: null,
  unit: { zh: '', en: '' },
  label: { zh: id, en: id },
  source: { paragraph: 1, quote: 'q' },
});

describe('derive', () => {
  it('names a stage state after the kind and the step', () => {
    expect(stageState(step('village-teams', 'one'))).toBe('numbers:village-teams');
  });

  it('puts a section heading above the first step of each section only', () => {
    expect([0, 1, 2, 3, 4].map((i) => sectionHeading(story, i))).toEqual([
      'One',
      null,
      'Two',
      null,
      null,
    ]);
  });

  it('looks up a step’s figures in order and rejects unknown ids', () => {
    const figures = figureMap([fig('a'), fig('b')]);
    expect(stepFigures(step('x', 'one', ['b', 'a']), figures).map((f) => f.id)).toEqual(['b', 'a']);
    expect(() => stepFigures(step('x', 'one', ['zz']), figures)).toThrow(/unknown figure "zz"/);
  });

  it.each([
    [0, 0, 4, false, 0],
    [0, 0, 4, true, 0],
    [1, 0.5, 4, true, 0.375],
    [3, 1, 4, true, 1],
    [0, 0, 0, true, 0],
  ])('overall progress of step %i at %f of %i (entered %s) is %f', (i, p, n, entered, want) => {
    expect(overallProgress(i, p, n, entered)).toBeCloseTo(want);
  });

  it('keeps the nearest chart step for map steps', () => {
    const mapStep = (id: string): Step => ({ ...step(id, 'one'), stage: 'map' });
    const steps = [
      mapStep('m0'),
      step('c1', 'one'),
      mapStep('m2'),
      mapStep('m3'),
      step('c4', 'one'),
    ];
    expect(steps.map((_, i) => chartStepAt(steps, i)?.id)).toEqual(['c1', 'c1', 'c1', 'c1', 'c4']);
    expect(chartStepAt([mapStep('m')], 0)).toBeNull();
  });

  it('names the chart steps next to a step, either way, other than the one drawn there', () => {
    const mapStep = (id: string): Step => ({ ...step(id, 'one'), stage: 'map' });
    const steps = [
      step('c0', 'one'),
      step('c1', 'one'),
      mapStep('m2'),
      mapStep('m3'),
      step('c4', 'one'),
    ];
    const near = (i: number) => chartStepsNear(steps, i).map((s) => s.id);
    expect(near(0)).toEqual(['c1']);
    expect(near(1)).toEqual(['c4', 'c0']);
    // On a map step the chart layer keeps c1: next is c4, back is c0.
    expect(near(2)).toEqual(['c4', 'c0']);
    expect(near(3)).toEqual(['c4', 'c0']);
    expect(near(4)).toEqual(['c1']);
    expect(chartStepsNear([mapStep('m')], 0)).toEqual([]);
  });
});
