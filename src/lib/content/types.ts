/**
 * The story's content model. One config (copy + figures) drives the text, the stage's
 * charts and the map. Files in data/ are parsed and validated into these types at build time.
 */

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Text in both editions. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** How a figure is measured; decides its formatting and which charts can draw it. */
export type FigureKind =
  | 'count' // a whole number of things (value: integer >= 0)
  | 'percent' // a share in percent (value: 0..100)
  | 'fraction' // a fraction of a whole (value: numerator, of: denominator)
  | 'money' // an amount in yuan (value: yuan)
  | 'year' // a calendar year
  | 'grade' // an ordinal grade, e.g. water quality Class III (value: 3)
  | 'list'; // a named set of parts (value: items.length)

export const FIGURE_KINDS: readonly FigureKind[] = [
  'count',
  'percent',
  'fraction',
  'money',
  'year',
  'grade',
  'list',
];

/** Where a figure comes from in ../shared/source/report.md (copied to data/source/report.md). */
export interface FigureSource {
  /** Paragraph number in the report, as numbered by parseReport() (1-based, body paragraphs only). */
  paragraph: number;
  /** Verbatim words of the report that state the figure. Must occur in that paragraph. */
  quote: string;
}

/** A figure of the report, held once. Text and charts refer to it by id. */
export interface Figure {
  id: string;
  kind: FigureKind;
  value: number;
  /** Denominator, for kind 'fraction' only. */
  of?: number;
  /** The report says 多 or 余 ("more than"): never print or draw it as exact. */
  approx: '多' | '余' | null;
  /** Unit words used when formatting, e.g. { zh: '名', en: 'cadres' }; '' where none. */
  unit: Bilingual;
  /** What the figure counts, for chart labels and cards. */
  label: Bilingual;
  /** Parts of a 'list' figure, in the report's order. */
  items?: Bilingual[];
  source: FigureSource;
}

/** The stage kinds a step can ask for. Each kind maps to one stage component. */
export const STAGE_KINDS = [
  'cover', // opening: title figures
  'numbers', // plain big numbers
  'units', // unit chart: one mark per N units
  'bars', // counts on one shared zero-based scale
  'proportion', // percentages as filled parts of a whole
  'villages', // fractions of villages, as villages filling
  'cascade', // a chain of levels (the responsibility chain)
  'loop', // a closed loop of parts (四位一体, 五位一体)
  'honours', // commendations as counted units
  'map', // the Leaflet map
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** The named views a map step can ask for (map.view); geo/view.ts buildPresets makes each. */
export const MAP_VIEWS = ['district', 'shiyan', 'province', 'tourism'] as const;

/** The map's layers, in drawing order; a map step may name some (map.layers). */
export const MAP_LAYERS = [
  'provinces',
  'study-tour',
  'districts',
  'outline',
  'rivers',
  'arcs',
] as const;

/** Map state a step asks for (issue: Leaflet map). */
export interface MapStep {
  /** A named view preset, e.g. 'district', 'province'. */
  view?: string;
  /** Place ids to fit the view to. */
  fit?: string[];
  /** Place ids to highlight. */
  highlight?: string[];
  /** Layer ids to show. */
  layers?: string[];
}

/**
 * What a step's chart stresses when the figures alone do not say it (data/story.*.aml,
 * `emphasis.…` lines of a step; story-emphasis.ts checks them against the step's figures).
 */
export interface Emphasis {
  /** Figures drawn in full colour; the step's other figures are muted. Default: all. */
  figures?: readonly string[];
  /** For a list figure (cascade, loop): the items stressed, counted from 0. Default: all. */
  items?: readonly number[];
  /** A count figure whose marks appear one by one as the reader scrolls through the step. */
  reveal?: string;
  /** Cascade or loop: the stressed items grow with scroll progress, from the first to all. */
  travel?: boolean;
  /** Villages: the fractions are thresholds of one measure, drawn nested on one grid. */
  nested?: boolean;
  /**
   * Units: counts of like things (people and people) that share one units-per-mark scale. Every
   * other count has a scale of its own, stated on the chart: unlike things (organisations and
   * their members, households and the cadres paired with them) never share one.
   */
  sameScale?: readonly (readonly string[])[];
  /**
   * Units: the inner count makes up the outer one (86 cadres form 35 teams): the inner marks
   * are drawn inside the outer ones, spread evenly, since the report gives no breakdown.
   */
  within?: { readonly inner: string; readonly outer: string };
}

export interface Step {
  /** Kebab-case; also the DOM id and the URL hash. */
  id: string;
  /** Section id (see Story.sections). */
  section: string;
  /** Paragraphs. May contain figure tokens {figure-id}. */
  paragraphs: string[];
  stage: StageKind;
  /** Figure ids the stage shows, in order. */
  figures: string[];
  map?: MapStep;
  /** What the chart stresses; none: every figure alike. */
  emphasis?: Emphasis;
}

export interface Section {
  id: string;
  title: string;
}

export interface StoryMeta {
  lang: Lang;
  title: string;
  dek: string;
  byline: string;
  /** ISO date of publication of this story. */
  published: string;
  /** Social-share description. */
  description: string;
}

export interface SourceEntry {
  /** What it is, in the story's language. */
  title: string;
  /** Who made it. */
  by: string;
  /** What we used it for. */
  note: string;
  url?: string;
}

export interface Story {
  meta: StoryMeta;
  sections: Section[];
  steps: Step[];
  /** Notes on sources, shown in the sources section (corrections, caveats). */
  notes: string[];
  sources: SourceEntry[];
}

/** Everything in data/ that the page is built from: the figures and each edition's story. */
export interface Content {
  figures: Figure[];
  stories: Partial<Record<Lang, Story>>;
}
