import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  ACCENT,
  ACCENT_2,
  CARD,
  CSS_TOKENS,
  INK,
  INK_2,
  INK_3,
  MAP,
  mapPictureVariables,
  PAPER,
  PRINT_LINES,
  PRINT_MAP,
  PRINT_MARKS,
  SLATE,
  STAGE,
  TONE_COLORS,
  TONE_TEXT,
  WHITE,
  withAlpha,
  type Tone,
} from './palette';

const TONES: Tone[] = ['accent', 'accent2', 'ink', 'muted', 'rest'];

/** Relative luminance (WCAG 2) of a #rrggbb colour, 0 (black) to 1 (white): its grey in ink. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The .story custom properties of src/styles/base.css whose value is a colour. */
function cssColourTokens(): Record<string, string> {
  const file = resolve(import.meta.dirname, '../styles/base.css');
  const root = postcss.parse(readFileSync(file, 'utf8'), { from: file });
  const out: Record<string, string> = {};
  root.walkRules('.story', (rule) => {
    rule.walkDecls(/^--/, (d) => {
      if (/^(#|rgba?\(|hsla?\()/.test(d.value)) out[d.prop] = d.value;
    });
  });
  return out;
}

/** #rgb or #rrggbb, lower case and six digits; other colours as written. */
const normal = (c: string) =>
  /^#[0-9a-f]{3}$/i.test(c)
    ? '#' +
      [...c.slice(1)]
        .map((d) => d + d)
        .join('')
        .toLowerCase()
    : c.toLowerCase();

describe('helpers', () => {
  it('computes luminance and contrast as WCAG does', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(() => luminance('red')).toThrow();
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('writes a colour at an opacity as CSS does', () => {
    expect(withAlpha('#1f6f5c', 0.3)).toBe('rgb(31 111 92 / 0.3)');
    expect(CARD).toBe('rgb(255 255 255 / 0.97)');
    expect(() => withAlpha('#fff', 0.5)).toThrow();
  });
});

describe('CSS tokens', () => {
  it('base.css defines exactly the palette’s colour tokens, with the palette’s values', () => {
    const css = cssColourTokens();
    expect(Object.keys(css).sort()).toEqual(Object.keys(CSS_TOKENS).sort());
    for (const [prop, value] of Object.entries(CSS_TOKENS)) {
      expect(normal(css[prop]!), prop).toBe(normal(value));
    }
  });

  it('gives the printed map every colour its styles read', () => {
    const file = resolve(import.meta.dirname, '../components/print/MapPicture.svelte');
    const used = new Set(
      [...readFileSync(file, 'utf8').matchAll(/var\((--map-[a-z-]+)\)/g)].map((m) => m[1]),
    );
    const given = new Set(
      mapPictureVariables()
        .split('; ')
        .map((d) => d.split(':')[0]),
    );
    expect(used.size).toBeGreaterThan(10);
    for (const v of used) expect(given, v).toContain(v);
    expect(mapPictureVariables()).toContain('--map-focus-district: #ffffff');
  });
});

describe('contrast on screen (WCAG AA)', () => {
  const grounds = { paper: PAPER, stage: STAGE, white: WHITE };

  it('text colours reach 4.5:1 on the page, the stage and the cards', () => {
    for (const [name, fg] of Object.entries({ INK, INK_2, INK_3, ACCENT, ACCENT_2, SLATE })) {
      for (const [ground, bg] of Object.entries(grounds)) {
        expect(contrast(fg, bg), `${name} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('text inside a mark reaches 4.5:1 on the mark', () => {
    for (const tone of TONES) {
      expect(contrast(TONE_TEXT[tone], TONE_COLORS[tone]), tone).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('marks and lines of the stressed tones reach 3:1 on the stage', () => {
    for (const tone of ['accent', 'accent2', 'ink'] as const) {
      expect(contrast(TONE_COLORS[tone], STAGE), tone).toBeGreaterThanOrEqual(3);
    }
  });

  it('the map’s boundaries reach 3:1 on the grounds they divide', () => {
    for (const ground of [MAP.province, MAP.district, MAP.focusDistrict]) {
      expect(contrast(MAP.boundary, ground), ground).toBeGreaterThanOrEqual(3);
    }
  });

  /**
   * Below 3:1 by design, for the record (a change of colour must revisit this list): muted and
   * rest marks are the unstressed figures and the rest of a whole, pale so the stressed ones
   * stand out, each named by its label; the live map's rivers on a district's ground (on the
   * provinces they reach 3:1; in print they are darker).
   */
  it('lists the pairs below 3:1', () => {
    const below: [string, string, string][] = [
      ['muted mark on the stage', TONE_COLORS.muted, STAGE],
      ['rest mark on the stage', TONE_COLORS.rest, STAGE],
      ['river on a district', MAP.water, MAP.district],
    ];
    for (const [what, fg, bg] of below) expect(contrast(fg, bg), what).toBeLessThan(3);
    expect(contrast(MAP.water, MAP.province)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast in print', () => {
  it('names on the printed map reach 4.5:1 on its grounds', () => {
    const names = [PRINT_MAP.areaName, PRINT_MAP.waterName, INK, ACCENT, ACCENT_2];
    for (const fg of names) {
      for (const bg of [PRINT_MAP.province, PRINT_MAP.district, PRINT_MAP.focusDistrict]) {
        expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('the printed map’s lines and dots reach 3:1 on its grounds', () => {
    const lines = [
      PRINT_MAP.boundary,
      PRINT_MAP.water,
      PRINT_MAP.outline,
      PRINT_MAP.arcs,
      PRINT_MAP.dotOutline,
      PRINT_MAP.approximate,
    ];
    for (const fg of lines) {
      for (const bg of [PRINT_MAP.district, PRINT_MAP.focusDistrict]) {
        expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('prints lines 3:1 on the paper', () => {
    for (const tone of TONES) {
      expect(contrast(PRINT_LINES[tone], WHITE), tone).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('print palette in black-and-white ink', () => {
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
