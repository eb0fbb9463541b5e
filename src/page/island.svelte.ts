/**
 * The standalone page after its first paint. The prerendered text is left as it is (no
 * hydration: the reader can already read and scroll it); this attaches the scroller to its
 * steps, mounts the live stage in the prerendered stage's place, and keeps the progress bar,
 * the current step's aria-current, the URL hash (once the reader stays on a step) and the language links in step, and (once
 * idle) gets ready to draw the stage pictures when the page is printed. The work is split into
 * short tasks so the page stays responsive while it starts; `data-live` on the story marks
 * the live stage (until then the prerendered page hides it), `data-ready` the end.
 */
import { mount } from 'svelte';
import type { StageData } from '../lib/content/stage-data';
import type { Lang } from '../lib/content/types';
import type { Active } from '../lib/scroll/active';
import { attachSteps } from '../lib/scroll/attach';
import { followHash } from '../lib/scroll/hash';
import { focusMapPlaces } from '../lib/story/focus-map';
import { pageState } from './page-state';
import StageIsland from './StageIsland.svelte';
import { nextTask, whenIdle } from '../lib/tasks';
import { StageController } from '../lib/stage/stage-controller.svelte';
import { figureMap } from '../lib/story/derive';
import { UI } from '../lib/i18n/ui';

/** Sets an attribute only when its value differs (a write costs a style check even when not). */
function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`the prerendered page lacks ${selector}`);
  return el;
}

/** Starts the page's edition on the prerendered #app (see start-<lang>.ts). */
export function startPage(data: StageData): void {
  const app = document.getElementById('app');
  if (!app) throw new Error('the page lacks #app');
  if (app.dataset.lang !== data.lang) {
    throw new Error(`#app holds the ${app.dataset.lang} edition, not ${data.lang}`);
  }
  void start(app, data);
}

async function start(app: HTMLElement, data: StageData): Promise<void> {
  const story = find<HTMLElement>(app, '.story');
  const box = find<HTMLElement>(story, '.scrolly');
  const stageWrap = find<HTMLElement>(box, '.stage-wrap');
  const stepsEl = find<HTMLElement>(box, '.steps');
  const sections = Array.from(stepsEl.querySelectorAll<HTMLElement>('[data-step]'));
  const bar = story.querySelector<HTMLElement>('.progress');
  const links = Array.from(story.querySelectorAll<HTMLAnchorElement>('a[hreflang]'));
  const others = links.map((a) => a.hreflang as Lang);

  let active: Active = { index: 0, progress: 0, entered: false };
  let stage: StageController | null = null;
  let current = -1;
  const hashTo = followHash();

  const onActive = (next: Active) => {
    active = next;
    stage?.setActive(active);
    const state = pageState(active, data.steps, others);
    if (state.current !== current) {
      sections[current]?.removeAttribute('aria-current');
      sections[state.current]?.setAttribute('aria-current', 'step');
      current = state.current;
    }
    // Only what changed is written: this runs on every scroll frame.
    if (bar) {
      setIfChanged(bar, 'aria-valuenow', String(Math.round(state.progress * 100)));
      const scale = `scaleX(${Math.round(state.progress * 1000) / 1000})`;
      const fill = bar.querySelector<HTMLElement>('.bar');
      if (fill && fill.style.transform !== scale) fill.style.transform = scale;
    }
    for (const a of links) setIfChanged(a, 'href', state.links[a.hreflang as Lang] ?? a.href);
    hashTo(state.hashId);
  };

  // The modules were just evaluated: set up in a task of their own.
  await nextTask();
  // The prerendered page marks the first step current; the scroller reads the real one.
  sections.forEach((s) => s.removeAttribute('aria-current'));
  // The browser has jumped to the hash's step itself; in dev, where the styles arrive by
  // script after that jump, bring the step to the trigger line again.
  const start = import.meta.env.DEV ? decodeURIComponent(location.hash.slice(1)) : null;
  attachSteps({ box, stepsEl, onActive, start, topInset: bar?.offsetHeight ?? 0 });
  await nextTask();

  stageWrap.replaceChildren();
  // The stage opens on the step the scroller reads now, drawn at once.
  const edition = {
    steps: data.steps,
    figures: figureMap(data.figures),
    lang: data.lang,
    ui: UI[data.lang],
  };
  stage = new StageController({ edition: () => edition, active });
  stage.setActive(active);
  mount(StageIsland, { target: stageWrap, props: { stage } });
  // The stage (and the map buttons) show from now on: the prerendered page hides them, so a
  // page whose script is off or failed never pins a stale graphic (Scrolly.svelte).
  story.dataset.live = '';
  await nextTask();

  stepsEl.addEventListener('click', (event) => {
    if ((event.target as Element).closest('.to-map')) void focusMapPlaces(stageWrap);
  });
  // The print pictures' code, only needed on paper, comes when the browser is idle.
  whenIdle(() => {
    import('./print')
      .then((print) => print.preparePrint(stepsEl, data))
      .catch((e: unknown) => console.warn('print pictures failed to load', e))
      .finally(() => (story.dataset.ready = 'true'));
  }, 1000);
}
