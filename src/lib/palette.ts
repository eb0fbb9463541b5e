/**
 * The story's colours, named for what they mean: the one source for the charts (canvas marks,
 * SVG lines, labels, legends), the map's styles, the printed pictures and the share image.
 * The story's CSS tokens (src/styles/base.css) repeat the ones CSS needs; palette.test.ts holds
 * them equal to CSS_TOKENS below and checks contrast (WCAG AA) where a colour carries text or
 * marks.
 */

/** Text and grounds. */
export const INK = '#1d1d1f';
/** Secondary text: sub-labels, legend keys, the map's uncertain-position rings in print. */
export const INK_2 = '#3c3c43';
/** Tertiary text: sources, notes, muted labels. */
export const INK_3 = '#5f5f66';
/** Stress: the figure or place a step is about, 茅箭区's outline, focus rings. */
export const ACCENT = '#b3261e';
/** The second group: a figure set against the first, context places, the study tour. */
export const ACCENT_2 = '#1f6f5c';
/** The third group of figures, and a mark's colour where no tone stresses it. */
export const SLATE = '#3f5277';
/** Hairlines between cards and sections. */
export const RULE = '#e3e0da';
/** The page. */
export const PAPER = '#fffdf9';
/** The stage behind charts and map. */
export const STAGE = '#f7f4ef';
export const WHITE = '#ffffff';

/** A #rrggbb colour at an opacity, as CSS writes it: `rgb(r g b / alpha)`. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

/** A text card over the stage: the page's white, nearly opaque. */
export const CARD = withAlpha(WHITE, 0.97);

/** The story's CSS custom properties (on .story in src/styles/base.css), as the palette. */
export const CSS_TOKENS: Readonly<Record<string, string>> = {
  '--ink': INK,
  '--ink-2': INK_2,
  '--ink-3': INK_3,
  '--accent': ACCENT,
  '--accent-2': ACCENT_2,
  '--rule': RULE,
  '--card': CARD,
  '--stage-bg': STAGE,
  '--paper': PAPER,
};

/** Colour roles of chart marks, lines and labels. */
export type Tone = 'accent' | 'accent2' | 'ink' | 'muted' | 'rest';

/** Chart colours of the tones: canvas marks, SVG lines, heads and legend swatches. */
export const TONE_COLORS: Readonly<Record<Tone, string>> = {
  accent: ACCENT,
  accent2: ACCENT_2,
  ink: SLATE,
  /** Figures the step does not stress. */
  muted: '#c4beb4',
  /** The rest of a whole (the part a share leaves). */
  rest: '#e6e1d8',
};

/** Text colour on top of a mark of a tone (labels inside nodes). */
export const TONE_TEXT: Readonly<Record<Tone, string>> = {
  accent: WHITE,
  accent2: WHITE,
  ink: WHITE,
  muted: INK,
  rest: INK,
};

/** A printed mark's paint. */
export interface Paint {
  fill: string;
  /** Outline, for light fills. */
  stroke: string | null;
}

/** Dark outline of a muted mark (and the map's area names). */
const TAUPE = '#6b655c';
/** Outline of a mark of the rest. */
const STONE = '#8a8478';

/**
 * Marks of the printed pictures. Printed in black-and-white ink, every tone must still tell
 * what it tells on screen: stressed marks stay dark; the second group tone prints as a middle
 * grey, so a share nested in another (the villages chart) stays apart from it; light marks
 * (muted, the rest of a whole) get a dark outline, so they never vanish on paper. (Few
 * outlines: each is another path in the PDF, and a unit chart has hundreds of marks.)
 */
export const PRINT_MARKS: Readonly<Record<Tone, Paint>> = {
  accent: { fill: ACCENT, stroke: null },
  accent2: { fill: '#5e9c8a', stroke: null },
  ink: { fill: SLATE, stroke: null },
  muted: { fill: '#bfb8ad', stroke: TAUPE },
  rest: { fill: '#f1ede6', stroke: STONE },
};

/** Lines of the printed charts (links, arcs, axes): a muted line prints dark enough to see. */
export const PRINT_LINES: Readonly<Record<Tone, string>> = {
  ...TONE_COLORS,
  muted: TAUPE,
  rest: STONE,
};

/** The map's grounds, lines and names, on screen (Leaflet) and in print. */
export const MAP = {
  /** Province and district boundaries, the printed map's frame. */
  boundary: '#8a8172',
  /** Provinces around the districts. */
  province: '#fbf9f5',
  /** Districts other than 茅箭区. */
  district: '#f4f1ea',
  /** 茅箭区 among the districts. */
  focusDistrict: WHITE,
  /** Rivers and reservoirs on screen. */
  water: '#5b93c2',
} as const;

/**
 * The printed map (src/components/print/MapPicture.svelte), by what each part shows; its CSS
 * reads them as custom properties (mapPictureVariables).
 */
export const PRINT_MAP = {
  frame: WHITE,
  boundary: MAP.boundary,
  province: MAP.province,
  district: MAP.district,
  focusDistrict: MAP.focusDistrict,
  /** Rivers and reservoirs, darker than on screen so they print. */
  water: '#4a7fae',
  studyTour: withAlpha(ACCENT_2, 0.3),
  studyTourEdge: ACCENT_2,
  /** Inside 茅箭区's outline (the accent, faint). */
  outlineFill: '#fffaf9',
  outline: ACCENT,
  arcs: ACCENT_2,
  /** A pale ground under a place's name, so lines do not cross it out. */
  nameGround: withAlpha(WHITE, 0.75),
  /** A province's or district's name. */
  areaName: TAUPE,
  waterName: '#3f6f99',
  dot: WHITE,
  dotOutline: '#5c564c',
  districtSeat: INK,
  village: ACCENT_2,
  highlight: ACCENT,
  /** The white ring round a highlighted place's dot. */
  highlightRing: WHITE,
  context: ACCENT_2,
  /** The dashed ring of a place whose position is approximate. */
  approximate: INK_2,
  regionBox: withAlpha(WHITE, 0.9),
  regionBoxEdge: ACCENT,
} as const;

/** PRINT_MAP as CSS custom properties (`--map-focus-district: #ffffff; …`), for a style attribute. */
export function mapPictureVariables(): string {
  return Object.entries(PRINT_MAP)
    .map(
      ([name, colour]) =>
        `--map-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${colour}`,
    )
    .join('; ');
}
