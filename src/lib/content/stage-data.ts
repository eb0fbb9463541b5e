/**
 * What the standalone page's script needs to run the stage: the figures the steps draw and,
 * per step, what its stage shows. The step text is left out (it is in the prerendered page),
 * and so are the figures' source quotes (the stage names the source paragraph only).
 */
import type { Figure, Lang, Step, Story } from './types.ts';

export interface StageData {
  lang: Lang;
  /** The figures the steps draw, each with `source.quote` emptied. */
  figures: Figure[];
  /** The edition's steps, each with `paragraphs` emptied. */
  steps: Step[];
}

export function stageData(story: Story, figures: readonly Figure[]): StageData {
  const used = new Set(story.steps.flatMap((s) => s.figures));
  return {
    lang: story.meta.lang,
    figures: figures
      .filter((f) => used.has(f.id))
      .map((f) => ({ ...f, source: { ...f.source, quote: '' } })),
    steps: story.steps.map((s) => ({ ...s, paragraphs: [] })),
  };
}
