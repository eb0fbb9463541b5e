import { describe, expect, it } from 'vitest';
import {
  alternating,
  displayWidth,
  markdownTable,
  median,
  pairRatios,
  round,
  spread,
  withSpread,
} from './stats';

describe('bench stats', () => {
  it('takes the median of odd and even counts, ignoring NaN', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, NaN, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('gives the spread as min and max', () => {
    expect(spread([1.2, 0.9, 1.4])).toEqual({ min: 0.9, max: 1.4 });
    expect(spread([])).toEqual({ min: NaN, max: NaN });
  });

  it('pairs story and floor runs into ratios, dropping broken pairs', () => {
    expect(pairRatios([800, 700, 900], [640, 700, NaN])).toEqual([1.25, 1]);
    expect(pairRatios([800], [0])).toEqual([]);
  });

  it('alternates the two pages', () => {
    expect(alternating('s', 'f', 3)).toEqual(['s', 'f', 's', 'f', 's', 'f']);
  });

  it('rounds and prints a median with its spread', () => {
    expect(round(1.2345, 2)).toBe(1.23);
    expect(withSpread([1.06, 1.34, 1.25, 1.2, 1.3])).toBe('1.25 (1.06–1.34)');
    expect(withSpread([])).toBe('-');
  });

  it('counts CJK characters as two columns', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('≤ 1.10')).toBe(6);
  });

  it('formats a padded Markdown table with yes/NO only where a budget applies', () => {
    const table = markdownTable([
      ['LCP / floor', '1.05', '1.00', '≤ 1.10', true],
      ['TBT (ms)', '60', '0', '≤ 50', false],
      ['FCP (ms)', '700', '650', '', true],
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toBe('| Measure     | Story | Floor | Budget | Within |');
    expect(lines[1]).toBe('| ----------- | ----- | ----- | ------ | ------ |');
    expect(lines[2]).toBe('| LCP / floor | 1.05  | 1.00  | ≤ 1.10 | yes    |');
    expect(lines[3]).toContain('| NO     |');
    expect(lines[4]).toBe('| FCP (ms)    | 700   | 650   |        |        |');
  });
});
