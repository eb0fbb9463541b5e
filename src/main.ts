/** Standalone page entry: hydrates the prerendered story (or mounts it in dev). */
import { hydrate, mount } from 'svelte';
import content from 'virtual:content';
import App from './App.svelte';
import { DEFAULT_LANG, EDITIONS } from './lib/content/editions';
import type { Lang } from './lib/content/types';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from the page');
const wanted = target.dataset.lang as Lang | undefined;
const lang = wanted && EDITIONS.includes(wanted) ? wanted : DEFAULT_LANG;
const hash = decodeURIComponent(location.hash.slice(1));
const props = { content, lang, mode: 'page' as const, start: hash || null };

if (target.firstElementChild) hydrate(App, { target, props });
else mount(App, { target, props });
