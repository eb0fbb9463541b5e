/**
 * The reader's place in the story and the page furniture that shows it: the current step's
 * `aria-current`, the progress bar, the URL hash (on the standalone page, once the reader
 * stays on a step) and the links to the other editions (at the step in view). One wiring for
 * every way the story runs: the standalone page gives it the prerendered elements
 * (src/page/island.svelte.ts), the embeds the elements their components bind (App.svelte,
 * Scrolly, ProgressBar, LangSwitch). The scroller's readings come in through `update`; what
 * to show is pure (page-state.ts); only what changed is written, since this runs on every
 * scroll frame.
 */
import { untrack } from 'svelte';
import type { Lang, Step } from '../content/types';
import type { Active } from '../scroll/active';
import { followHash } from '../scroll/hash';
import { pageState } from './page-state';

/** The progress bar (role=progressbar) and the fill it scales. */
export interface ProgressParts {
  bar: HTMLElement;
  fill: HTMLElement;
}

export interface ReadingOptions {
  /** The steps shown (they change with the edition). */
  steps: () => readonly Pick<Step, 'id'>[];
  /** Keep the URL hash on the step in view (the standalone page; never an embed's host). */
  hash?: boolean;
}

const NOT_ENTERED: Active = { index: 0, progress: 0, entered: false };

/** Sets an attribute only when its value differs (a write costs a style check even when not). */
function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export class ReadingPosition {
  /** The scroller's last reading. */
  active = $state<Active>(NOT_ENTERED);
  /** False until the scroller has read once. */
  measured = $state(false);

  #steps: () => readonly Pick<Step, 'id'>[];
  #hashTo: ((id: string | null) => void) | null;
  #sections: readonly HTMLElement[] = [];
  #progress: ProgressParts | null = null;
  #links: readonly HTMLAnchorElement[] = [];
  #current: HTMLElement | null = null;

  constructor({ steps, hash = false }: ReadingOptions) {
    this.#steps = steps;
    this.#hashTo = hash ? followHash() : null;
  }

  /** A scroller reading (attach.ts's onActive). */
  update = (active: Active): void => {
    this.active = active;
    this.measured = true;
    this.#write();
  };

  /** The steps' sections, in story order; returns the detach. */
  sections(sections: readonly HTMLElement[]): () => void {
    // The markup marks the first step current (for a page without its script): the reading decides.
    for (const s of sections) s.removeAttribute('aria-current');
    this.#sections = sections;
    this.#current = null;
    this.#write();
    return () => {
      if (this.#sections !== sections) return;
      this.#current?.removeAttribute('aria-current');
      this.#sections = [];
      this.#current = null;
    };
  }

  /** The progress bar; returns the detach. */
  progress(parts: ProgressParts): () => void {
    this.#progress = parts;
    this.#write();
    return () => {
      if (this.#progress === parts) this.#progress = null;
    };
  }

  /** The steps' sections' boxes, in story order (a layout read: for a tap, not a scroll frame). */
  sectionBoxes(): DOMRect[] {
    return this.#sections.map((s) => s.getBoundingClientRect());
  }

  /** Links to the other editions (their `hreflang` names the edition); returns the detach. */
  links(links: readonly HTMLAnchorElement[]): () => void {
    this.#links = links;
    this.#write();
    return () => {
      if (this.#links === links) this.#links = [];
    };
  }

  /**
   * Writes the page furniture for the last reading. Untracked: the scroller may read (and the
   * parts attach) inside a component's effect, which must not come to depend on the reading.
   */
  #write(): void {
    untrack(() => this.#writeNow());
  }

  #writeNow(): void {
    const others = this.#links.map((a) => a.hreflang as Lang);
    const state = pageState(this.active, this.#steps(), others);
    // Until the first reading, the first step (as the prerendered page has it).
    const section = this.#sections[state.current] ?? null;
    if (section !== this.#current) {
      this.#current?.removeAttribute('aria-current');
      section?.setAttribute('aria-current', 'step');
      this.#current = section;
    }
    if (this.#progress) {
      const { bar, fill } = this.#progress;
      setIfChanged(bar, 'aria-valuenow', String(Math.round(state.progress * 100)));
      const scale = `scaleX(${Math.round(state.progress * 1000) / 1000})`;
      if (fill.style.transform !== scale) fill.style.transform = scale;
    }
    for (const a of this.#links) {
      const href = state.links[a.hreflang as Lang];
      if (href) setIfChanged(a, 'href', href);
    }
    if (this.measured) this.#hashTo?.(state.hashId);
  }
}
