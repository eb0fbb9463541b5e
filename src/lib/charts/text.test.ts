import { describe, it, expect } from 'vitest';
import { textHeight, textLines, textWidth } from './text';

describe('text metrics', () => {
  it('counts CJK characters a full em and Latin ones narrower', () => {
    expect(textWidth('结对帮扶', 10)).toBe(40);
    expect(textWidth('abcd', 10)).toBeLessThan(40);
    expect(textWidth('abcd', 10, true)).toBeGreaterThan(textWidth('abcd', 10));
    expect(textWidth('结对', 10, true)).toBe(20);
  });

  it('counts curly quotes a full em among CJK text (the CJK face sets them full width)', () => {
    expect(textWidth('省级“示范村”', 10)).toBe(70);
    expect(textWidth('the “first secretary”', 10)).toBeLessThan(
      textWidth('the first secretary', 10) + 10,
    );
    // Wrapping measures a lone quote as its line's CJK text sets it.
    expect(textLines('选派驻村的“第一书记”', 10, 100)).toBe(2);
    expect(textLines('选派驻村的第一书记', 10, 100)).toBe(1);
  });

  it('wraps into lines and heights', () => {
    expect(textLines('', 16, 100)).toBe(0);
    expect(textLines('结对帮扶', 10, 100)).toBe(1);
    expect(textLines('结对帮扶的县级领导结对帮扶的党员干部', 10, 100)).toBe(2);
    expect(textHeight('结对帮扶', 10, 100)).toBeCloseTo(13, 9);
  });

  it('counts the lines of wrapping at word breaks when long words waste more of each line', () => {
    // Three 62px words in 120px: one word a line, though their width alone would take two.
    expect(textLines('abcdefghij abcdefghij abcdefghij', 10, 120)).toBe(3);
    // A word wider than the line breaks anywhere.
    expect(textLines('abcdefghijabcdefghij', 10, 50)).toBe(3);
    // Between CJK characters any break will do.
    expect(textLines('结对帮扶的县级领导', 10, 45)).toBe(3);
  });
});
