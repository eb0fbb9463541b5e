/**
 * Readies another edition's faces before a reader switches to it. The first switch to an
 * edition otherwise spends most of its tap looking fonts up: for each size and weight its text
 * is set in, the browser finds the face and builds it (on Linux through the browser process).
 * Traced at 4x CPU in the script embed, 25 ms of the tap's 35–42 ms of handlers. A canvas that
 * measures a line of the edition's text at each of those sizes and weights does those lookups
 * ahead, when the page is idle (EditionSwitch.warmWhenIdle), without touching the story's
 * markup. The stage controller does the same for the charts the reader may reach next
 * (`warmTexts` with lib/charts/chart-faces.ts).
 */

/**
 * The custom property on the story that holds an edition's font stack (styles/base.css: the
 * Chinese parts take --font-zh, as `:lang(zh)` matches them; every other edition --font-ui).
 */
export function editionFontProperty(lang: string): '--font-zh' | '--font-ui' {
  return lang === 'zh' || lang.startsWith('zh-') ? '--font-zh' : '--font-ui';
}

/** The parts of a computed style that pick a face. */
export type FaceStyle = Pick<CSSStyleDeclaration, 'fontStyle' | 'fontWeight' | 'fontSize'>;

/** The canvas font shorthands (`italic 700 16px <family>`) for these styles, each once. */
export function fontsToWarm(styles: Iterable<FaceStyle>, family: string): string[] {
  const fonts = new Set<string>();
  for (const s of styles) {
    if (!s.fontSize) continue;
    fonts.add(`${s.fontStyle || 'normal'} ${s.fontWeight || '400'} ${s.fontSize} ${family}`);
  }
  return [...fonts];
}

/** What warmFonts draws with (a 2D canvas context, or a test's stand-in). */
export interface TextMeasurer {
  font: string;
  measureText(text: string): unknown;
}

/** A 2D canvas context to measure with (null where the platform has none). */
const canvasMeasurer = (): TextMeasurer | null => document.createElement('canvas').getContext('2d');

/**
 * Measures `text` in `family` at each face style (the computed styles of the text the switch
 * lays out first): the browser then has those faces ready. Returns the fonts measured.
 */
export function warmFonts(
  styles: Iterable<FaceStyle>,
  family: string,
  text: string,
  measurer: TextMeasurer | null = canvasMeasurer(),
): string[] {
  if (!measurer || !family.trim()) return [];
  const fonts = fontsToWarm(styles, family.trim());
  for (const font of fonts) {
    measurer.font = font;
    measurer.measureText(text);
  }
  return fonts;
}

/** Text in one weight and size (px): lib/charts/chart-faces.ts lists a chart's. */
export interface SizedText {
  weight: number;
  size: number;
  text: string;
}

/**
 * Measures each text in `family` at its weight and size: the browser then has those faces
 * (and the fallbacks their characters need) ready. Returns the fonts measured.
 */
export function warmTexts(
  texts: Iterable<SizedText>,
  family: string,
  measurer: TextMeasurer | null = canvasMeasurer(),
): string[] {
  if (!measurer || !family.trim()) return [];
  const fonts: string[] = [];
  for (const { weight, size, text } of texts) {
    const font = `normal ${weight} ${size}px ${family.trim()}`;
    measurer.font = font;
    measurer.measureText(text || ' ');
    fonts.push(font);
  }
  return fonts;
}
