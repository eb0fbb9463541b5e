/** Build-time entry: renders the story to HTML for prerendering (scripts/build/prerender.ts). */
import { render } from 'svelte/server';
import content from 'virtual:content';
import App from './App.svelte';
import type { Lang } from './lib/content/types';

export { content };

export function renderStory(lang: Lang): { head: string; body: string } {
  return render(App, { props: { content, lang, mode: 'page' } });
}

/** The iframe embed's page (embed.html) as it reads without JavaScript: the flat layout. */
export function renderFrame(lang: Lang): { head: string; body: string } {
  return render(App, { props: { content, lang, mode: 'iframe', layout: 'flat' } });
}
