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
  /** Units: the counts are of unlike things (co-operatives, people); each gets its own units
   * per mark, stated in the legend, instead of one shared scale. */
  separateScales?: boolean;
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
  cooperatives: { reveal: 'coop-poor-members', separateScales: true },
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
