/**
 * Per-step emphasis: what a step's chart stresses when the figures alone do not say it, e.g.
 * two consecutive steps that show the same figure. The choices are the story's data (the
 * `emphasis.…` lines of a step in data/story.*.aml, checked by src/lib/content/story-emphasis.ts).
 */
import type { Emphasis, Step } from '../content/types';

export type { Emphasis };

const NONE: Emphasis = {};

/** The step's emphasis; a step without one stresses every figure alike. */
export function emphasisFor(step: Pick<Step, 'emphasis'>): Emphasis {
  return step.emphasis ?? NONE;
}

/** Whether a figure is stressed in a step. */
export function isStressed(emphasis: Emphasis, figureId: string): boolean {
  return !emphasis.figures || emphasis.figures.includes(figureId);
}
