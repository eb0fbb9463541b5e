import { describe, expect, it } from 'vitest';
import { chartBox } from './chart-box';

describe('chartBox', () => {
  it('keeps whole pixels, rounding down (a mark never spills past the box)', () => {
    expect(chartBox(358.9, 404.2, 16)).toEqual({
      width: 358,
      height: 404,
      textScale: 1,
      family: '',
    });
  });
  it('keeps the font stack, trimmed', () => {
    expect(chartBox(300, 400, 16, ' "Noto Sans CJK SC", sans-serif ').family).toBe(
      '"Noto Sans CJK SC", sans-serif',
    );
  });
  it("gives the reader's text size over 16px, to the hundredth", () => {
    expect(chartBox(300, 400, 32).textScale).toBe(2);
    expect(chartBox(300, 400, 18.4).textScale).toBe(1.15);
  });
  it('takes the default text size where the font size is unknown', () => {
    expect(chartBox(300, 400, NaN).textScale).toBe(1);
    expect(chartBox(300, 400, 0).textScale).toBe(1);
  });
});
