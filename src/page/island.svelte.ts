/**
 * The standalone page after its first paint. The prerendered text is left as it is (no
 * hydration: the reader can already read and scroll it); this attaches the scroller to its
 * steps, mounts the live stage in the prerendered stage's place, and lets the reading
 * (ReadingPosition, the same wiring as the embeds') keep the current step's aria-current, the
 * progress bar, the URL hash (once the reader stays on a step) and the language links in step,
 * and (once idle) gets ready to draw the stage pictures when the page is printed. The work is
 * split into short tasks so the page stays responsive while it starts; `data-live` on the
 * story marks the live stage (until then the prerendered page hides it), `data-ready` the end.
 */
import { mount } from 'svelte';
import type { StageData } from '../lib/content/stage-data';
import type { Active } from '../lib/scroll/active';
import { attachSteps } from '../lib/scroll/attach';
import { focusMapPlaces } from '../lib/story/focus-map';
import { ReadingPosition } from '../lib/story/reading-position.svelte';
import { pageParts } from './parts';
import StageIsland from './StageIsland.svelte';
import { StageController } from '../lib/stage/stage-controller.svelte';
import { figureMap } from '../lib/story/derive';
import { UI } from '../lib/i18n/ui';
import { stageScheduler } from '../lib/stage/scheduler';

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
  const parts = pageParts(app);
  const reading = new ReadingPosition({ steps: () => data.steps, hash: true });
  let stage: StageController | null = null;
  const onActive = (active: Active) => {
    reading.update(active);
    stage?.setActive(active);
  };

  // The modules were just evaluated: set up in a task of their own.
  await stageScheduler.task();
  reading.sections(parts.sections);
  if (parts.progress) reading.progress(parts.progress);
  reading.links(parts.links);
  // The browser has jumped to the hash's step itself; in dev, where the styles arrive by
  // script after that jump, bring the step to the trigger line again.
  const start = import.meta.env.DEV ? decodeURIComponent(location.hash.slice(1)) : null;
  attachSteps({
    box: parts.scrolly,
    stepsEl: parts.steps,
    onActive,
    start,
    topInset: parts.progress?.bar.offsetHeight ?? 0,
  });
  await stageScheduler.task();

  parts.stage.replaceChildren();
  // The stage opens on the step the scroller reads now, drawn at once.
  const edition = {
    steps: data.steps,
    figures: figureMap(data.figures),
    lang: data.lang,
    ui: UI[data.lang],
  };
  stage = new StageController({ edition: () => edition, active: reading.active });
  // Its idle and map work start from this reading, as after any scroller event.
  stage.setActive(reading.active);
  mount(StageIsland, { target: parts.stage, props: { stage } });
  // The stage (and the map buttons) show from now on: the prerendered page hides them, so a
  // page whose script is off or failed never pins a stale graphic (Scrolly.svelte).
  parts.story.dataset.live = '';
  await stageScheduler.task();

  parts.steps.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-part="to-map"]')) void focusMapPlaces(parts.stage);
  });
  // The print pictures' code, only needed on paper, comes when the browser is idle.
  await stageScheduler.idle(undefined, 1000);
  await import('./print')
    .then((print) => print.preparePrint(parts.steps, data))
    .catch((e: unknown) => console.warn('print pictures failed to load', e))
    .finally(() => (parts.story.dataset.ready = 'true'));
}
