/**
 * Printing the prerendered page: before the browser's print snapshot, each step's print slot
 * (rendered empty by Scrolly) gets a static picture of the step's stage. Pictures are drawn
 * once, on the first print, and stay (the slots show only on paper).
 */
import { flushSync, mount } from 'svelte';
import type { StageData } from '../lib/content/stage-data';
import { UI } from '../lib/i18n/ui';
import { figureMap } from '../lib/story/derive';
import StagePicture from '../components/print/StagePicture.svelte';

export function preparePrint(root: ParentNode, data: StageData): () => void {
  const figures = figureMap(data.figures);
  const ui = UI[data.lang];
  const draw = () => {
    flushSync(() => {
      for (const step of data.steps) {
        const slot = root.querySelector<HTMLElement>(`[data-print-slot="${step.id}"]`);
        if (!slot || slot.firstElementChild) continue;
        mount(StagePicture, { target: slot, props: { step, figures, lang: data.lang, ui } });
      }
    });
  };
  window.addEventListener('beforeprint', draw);
  return () => window.removeEventListener('beforeprint', draw);
}
