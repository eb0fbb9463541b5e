/** Standalone page entry: hydrates the prerendered edition (or mounts the one ?lang= asks for). */
import { hydrate, mount } from 'svelte';
import content from 'virtual:content';
import App from './App.svelte';
import { DEFAULT_LANG, EDITIONS } from './lib/content/editions';
import type { Lang } from './lib/content/types';
import { langFromSearch } from './lib/i18n/editions-url';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from the page');
const rendered = EDITIONS.find((l) => l === target.dataset.lang) ?? null;
const lang: Lang = langFromSearch(location.search, EDITIONS) ?? rendered ?? DEFAULT_LANG;
const hash = decodeURIComponent(location.hash.slice(1));
const props = { content, lang, mode: 'page' as const, start: hash || null };

if (target.firstElementChild && rendered === lang) {
  hydrate(App, { target, props });
} else {
  target.replaceChildren();
  mount(App, { target, props });
}
