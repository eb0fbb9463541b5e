/**
 * The standalone page's script. It is tiny and starts nothing before the page's first
 * contentful paint, so the prerendered text shows as fast as a plain page of text; then it
 * loads the stage (and the edition's stage data) and starts it. `?lang=` asking for the other
 * edition goes to that edition's page, keeping the step in the hash.
 */
import type { StageData } from '../lib/content/stage-data';
import type { Lang } from '../lib/content/types';
import { EDITIONS } from '../lib/content/editions';
import { editionPage } from '../lib/i18n/editions-url';
import { afterFirstPaint } from './first-paint';

const STAGE_DATA: Record<Lang, () => Promise<{ default: StageData }>> = {
  'zh-CN': () => import('virtual:stage-data/zh-CN'),
  en: () => import('virtual:stage-data/en'),
};

const app = document.getElementById('app');
const shown = EDITIONS.find((l) => l === app?.dataset.lang);
const wanted = EDITIONS.find((l) => l === new URLSearchParams(location.search).get('lang'));

if (wanted && shown && wanted !== shown) {
  location.replace(editionPage(wanted) + location.hash);
} else if (app && shown) {
  afterFirstPaint(
    () =>
      void Promise.all([import('./island.svelte'), STAGE_DATA[shown]()]).then(([island, data]) =>
        island.start(app, data.default),
      ),
  );
}
