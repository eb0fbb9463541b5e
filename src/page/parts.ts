/**
 * The parts of the prerendered story the page script works with, found by the `data-part`
 * attributes the story's components write for this purpose (App, Scrolly, ProgressBar,
 * LangSwitch) and the steps' `data-step`. One place, so that a renamed or missing part fails
 * at once with its name.
 */
export interface PageParts {
  /** The story (main.story). */
  story: HTMLElement;
  /** The steps' and stage's box, the scroller's layout box. */
  scrolly: HTMLElement;
  /** Where the live stage goes (the prerendered one is replaced). */
  stage: HTMLElement;
  /** The steps' container. */
  steps: HTMLElement;
  /** Each step's section, in story order. */
  sections: HTMLElement[];
  /** The reading progress bar and its fill (absent from a page without one). */
  progress: { bar: HTMLElement; fill: HTMLElement } | null;
  /** The links to the other editions. */
  links: HTMLAnchorElement[];
}

function one<T extends HTMLElement>(root: ParentNode, part: string): T {
  const el = root.querySelector<T>(`[data-part="${part}"]`);
  if (!el) throw new Error(`the prerendered page lacks its ${part} (data-part="${part}")`);
  return el;
}

export function pageParts(app: HTMLElement): PageParts {
  const story = one(app, 'story');
  const scrolly = one(story, 'scrolly');
  const steps = one(scrolly, 'steps');
  const sections = Array.from(steps.querySelectorAll<HTMLElement>('[data-step]'));
  if (sections.length === 0) throw new Error('the prerendered page has no steps (data-step)');
  const bar = story.querySelector<HTMLElement>('[data-part="progress"]');
  return {
    story,
    scrolly,
    stage: one(scrolly, 'stage'),
    steps,
    sections,
    progress: bar ? { bar, fill: one(bar, 'progress-fill') } : null,
    links: Array.from(story.querySelectorAll<HTMLAnchorElement>('a[data-part="edition-link"]')),
  };
}
