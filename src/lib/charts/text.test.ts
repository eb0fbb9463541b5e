import { describe, it, expect } from 'vitest';
import { textHeight, textLines, textWidth } from './text';

describe('text metrics', () => {
  it('counts CJK characters a full em and Latin ones narrower', () => {
    expect(textWidth('结对帮扶', 10)).toBe(40);
    expect(textWidth('abcd', 10)).toBeLessThan(40);
    expect(textWidth('abcd', 10, true)).toBeGreaterThan(textWidth('abcd', 10));
    expect(textWidth('结对', 10, true)).toBe(20);
  });

  it('wraps into lines and heights', () => {
    expect(textLines('', 16, 100)).toBe(0);
    expect(textLines('结对帮扶', 10, 100)).toBe(1);
    expect(textLines('结对帮扶的县级领导结对帮扶的党员干部', 10, 100)).toBe(2);
    expect(textHeight('结对帮扶', 10, 100)).toBeCloseTo(13, 9);
  });
});
