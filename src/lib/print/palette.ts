/**
 * Colours of the printed pictures. Printed in black-and-white ink, every tone must still tell
 * what it tells on screen: stressed marks stay dark; the second group tone prints as a middle
 * grey, so a share nested in another (the villages chart) stays apart from it; light marks
 * (muted, the rest of a whole) get a dark outline, so they never vanish on paper. (Few
 * outlines: each is another path in the PDF, and a unit chart has hundreds of marks.)
 */
import { TONE_COLORS, type Tone } from '../charts/chart-scene';

export interface Paint {
  fill: string;
  /** Outline, for light fills. */
  stroke: string | null;
}

export const PRINT_MARKS: Readonly<Record<Tone, Paint>> = {
  accent: { fill: TONE_COLORS.accent, stroke: null },
  accent2: { fill: '#5e9c8a', stroke: null },
  ink: { fill: TONE_COLORS.ink, stroke: null },
  muted: { fill: '#bfb8ad', stroke: '#6b655c' },
  rest: { fill: '#f1ede6', stroke: '#8a8478' },
};

/** Lines (links, arcs, axes): a muted line prints dark enough to see. */
export const PRINT_LINES: Readonly<Record<Tone, string>> = {
  ...TONE_COLORS,
  muted: '#6b655c',
  rest: '#8a8478',
};

/** Text colours, as the story's CSS tokens. */
export const INK = '#1d1d1f';
export const INK_2 = '#3c3c43';
export const INK_3 = '#5f5f66';

/** Relative luminance (WCAG) of a #rrggbb colour, 0 (black) to 1 (white): its grey in ink. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
