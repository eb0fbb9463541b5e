import { describe, it, expect } from 'vitest';
import type { Step } from '../content/types';
import { lastMapStepUpTo, mapIsNear, mapStepAt } from './links';

function step(id: string, map?: Step['map']): Step {
  return { id, section: 's', paragraphs: ['x'], stage: map ? 'map' : 'numbers', figures: [], map };
}

const STEPS: Step[] = [
  step('a'),
  step('b'),
  step('c'),
  step('tour', { view: 'province', highlight: ['jingshan', 'pujiang'] }),
  step('d'),
  step('sites', { view: 'tourism', highlight: ['qinba-garden'], fit: ['donggou'] }),
  step('villages', { view: 'tourism', highlight: ['donggou', 'yingzi'] }),
  step('e'),
  step('f'),
  step('g'),
];

describe('mapIsNear', () => {
  it.each([
    [0, false],
    [1, true], // two steps before the first map step
    [2, true],
    [3, true], // a map step is current
    [6, true],
    [8, true], // two steps after the last
    [9, false],
  ])('at step %i: %s', (index, near) => {
    expect(mapIsNear(STEPS, index)).toBe(near);
  });

  it('takes a reach and survives out-of-range indices', () => {
    expect(mapIsNear(STEPS, 0, 3)).toBe(true);
    expect(mapIsNear(STEPS, 3, 0)).toBe(true);
    expect(mapIsNear(STEPS, 4, 0)).toBe(false);
    expect(mapIsNear(STEPS, 99)).toBe(false);
    expect(mapIsNear([], 0)).toBe(false);
  });
});

describe('mapStepAt', () => {
  it.each([
    [0, 'tour'], // no map step behind: the first one ahead
    [1, 'tour'], // within reach ahead
    [3, 'tour'], // a map step itself
    [4, 'sites'], // the next one is one step ahead
    [5, 'sites'],
    [6, 'villages'],
    [7, 'villages'], // after the last: stays at the last
    [9, 'villages'],
  ])('at step %i: %s', (index, id) => {
    expect(mapStepAt(STEPS, index)?.id).toBe(id);
  });

  it('prefers the last map step when the next is out of reach', () => {
    const steps = [
      step('m', { view: 'district' }),
      step('a'),
      step('b'),
      step('c'),
      step('n', { view: 'tourism' }),
    ];
    expect(mapStepAt(steps, 1)?.id).toBe('m');
    expect(mapStepAt(steps, 2)?.id).toBe('n');
    expect(mapStepAt(steps, 1, 3)?.id).toBe('n');
  });

  it('is null without map steps', () => {
    expect(mapStepAt([step('a'), step('b')], 0)).toBeNull();
    expect(mapStepAt([], 0)).toBeNull();
  });
});

describe('lastMapStepUpTo', () => {
  it.each([
    [0, null],
    [2, null],
    [3, 'tour'], // the map step itself
    [4, 'tour'],
    [6, 'villages'],
    [9, 'villages'],
    [99, 'villages'],
  ])('at step %i: %s', (index, id) => {
    expect(lastMapStepUpTo(STEPS, index)?.id ?? null).toBe(id);
  });
});
