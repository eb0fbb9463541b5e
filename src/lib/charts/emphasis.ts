/**
 * Per-step emphasis: what a step's chart stresses when the figures alone do not say it, e.g.
 * two consecutive steps that show the same figure. Keyed by step id; emphasis.test.ts checks
 * every key and figure id against the story.
 */

export interface Emphasis {
  /** Figures drawn in full colour; the step's other figures are muted. Default: all. */
  figures?: readonly string[];
  /** For a list figure (cascade, loop): the items stressed. Default: all. */
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

export const EMPHASIS: Readonly<Record<string, Emphasis>> = {
  // Responsibility is pressed down level by level as the reader scrolls …
  'political-duty': { travel: true },
  // … and lands on the level that carries out the task lists.
  'task-lists': { items: [3] },
  // The loop closes as the reader scrolls: the last arc returns to the first part.
  'closed-loop': { travel: true },
  'farm-tourism': { figures: ['picking-bases', 'workshops'] },
  homestays: { figures: ['homestays', 'farm-stays'] },
  // Counts that accumulated: members joining, toilets rebuilt, a database filled.
  cooperatives: { reveal: 'coop-poor-members' },
  // "86名干部组成35支驻村工作队": the cadres drawn inside their teams.
  'village-teams': { within: { inner: 'village-team-cadres', outer: 'village-teams' } },
  // Helpers are people on one scale; the households they were paired with have their own.
  'paired-households': { sameScale: [['county-leaders-paired', 'cadres-paired']] },
  'first-secretaries': { sameScale: [['first-secretaries', 'reserve-cadres']] },
  // "将28名大学生村官选派到11个……贫困村": the officials drawn inside the villages.
  'graduate-officials': { within: { inner: 'graduate-officials', outer: 'graduate-villages' } },
  commendations: { sameScale: [['party-workers', 'model-members']] },
  toilets: { reveal: 'toilets' },
  'talent-database': { reveal: 'talent-database' },
  // Villages over 500,000 yuan are also over 100,000 yuan.
  'collective-income': { nested: true },
  // The rules of village governance have no figure: the honours of the next step wait muted.
  'village-governance': { figures: [] },
  // One step each for the audit groups and the party secretaries (one chart, two figures).
  'election-audit': { figures: ['audit-groups'] },
  'party-secretaries': { figures: ['secretaries-adjusted'] },
};

const NONE: Emphasis = {};

export function emphasisFor(stepId: string): Emphasis {
  return EMPHASIS[stepId] ?? NONE;
}

/** Whether a figure is stressed in a step. */
export function isStressed(emphasis: Emphasis, figureId: string): boolean {
  return !emphasis.figures || emphasis.figures.includes(figureId);
}
