/** Pure derivations from the story config: what the stage shows, where sections start. */
import type { Figure, Step, Story } from '../content/types';

/** The name of the stage state a step asks for; also the stage's data-state attribute. */
export function stageState(step: Step): string {
  return `${step.stage}:${step.id}`;
}

export function figureMap(figures: readonly Figure[]): Map<string, Figure> {
  return new Map(figures.map((f) => [f.id, f]));
}

/** The figures a step's stage draws, in order. */
export function stepFigures(step: Step, figures: ReadonlyMap<string, Figure>): Figure[] {
  return step.figures.map((id) => {
    const fig = figures.get(id);
    if (!fig) throw new Error(`step "${step.id}" refers to unknown figure "${id}"`);
    return fig;
  });
}

/** Section title shown above a step, when the step opens a new section. */
export function sectionHeading(story: Story, index: number): string | null {
  const step = story.steps[index];
  if (!step) return null;
  if (index > 0 && story.steps[index - 1].section === step.section) return null;
  return story.sections.find((s) => s.id === step.section)?.title ?? null;
}

/** Overall reading progress 0..1 from the active step and the progress within it. */
export function overallProgress(index: number, within: number, count: number, entered: boolean) {
  if (!entered || count === 0) return 0;
  return Math.min(1, (index + within) / count);
}

/**
 * The step the chart layer draws: the step itself, or on a map step the nearest chart step
 * before it (else after it), so the chart layer stays mounted through map steps.
 */
export function chartStepAt(steps: readonly Step[], index: number): Step | null {
  for (let i = Math.min(index, steps.length - 1); i >= 0; i--) {
    if (steps[i].stage !== 'map') return steps[i];
  }
  return steps.slice(index + 1).find((s) => s.stage !== 'map') ?? null;
}

/**
 * The chart steps a reader reaches next from step `index`, either way, other than the one the
 * chart layer draws there: the first chart step after it and the last one before it (so their
 * charts can be made ready ahead, in idle time).
 */
export function chartStepsNear(steps: readonly Step[], index: number): Step[] {
  const shown = chartStepAt(steps, index);
  const after = steps.slice(index + 1).find((s) => s.stage !== 'map' && s !== shown);
  const before = steps
    .slice(0, Math.max(0, index))
    .reverse()
    .find((s) => s.stage !== 'map' && s !== shown);
  return [after, before].filter((s): s is Step => s !== undefined);
}
