import { describe, expect, it } from 'vitest';
import type { Tone } from '../charts/chart-scene';
import { INK, INK_2, INK_3, luminance, PRINT_LINES, PRINT_MARKS } from './palette';

const TONES: Tone[] = ['accent', 'accent2', 'ink', 'muted', 'rest'];

describe('print palette in black-and-white ink', () => {
  it('computes luminance', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(() => luminance('red')).toThrow();
  });

  it('prints stressed marks dark', () => {
    for (const tone of ['accent', 'ink'] as const)
      expect(luminance(PRINT_MARKS[tone].fill), tone).toBeLessThan(0.15);
  });

  it('prints the second group tone as a grey apart from the first and from the rest', () => {
    const a = luminance(PRINT_MARKS.accent.fill);
    const b = luminance(PRINT_MARKS.accent2.fill);
    const rest = luminance(PRINT_MARKS.rest.fill);
    expect(b - a).toBeGreaterThan(0.15);
    expect(rest - b).toBeGreaterThan(0.3);
  });

  it('outlines every light mark with a dark line', () => {
    for (const tone of TONES) {
      const paint = PRINT_MARKS[tone];
      if (luminance(paint.fill) < 0.4) continue;
      expect(paint.stroke, tone).not.toBeNull();
      expect(luminance(paint.stroke!), tone).toBeLessThan(0.25);
    }
  });

  it('prints lines and text dark enough to read', () => {
    for (const tone of TONES) expect(luminance(PRINT_LINES[tone]), tone).toBeLessThan(0.25);
    for (const c of [INK, INK_2, INK_3]) expect(luminance(c)).toBeLessThan(0.15);
  });
});
