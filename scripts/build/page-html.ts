/**
 * Fills index.html (the template) with one edition's rendered story: its language, its head
 * (title, share metadata) with the editions' alternates, and its body without hydration
 * markers. Used by the prerender (dist/) and by the dev server (scripts/vite-plugin-dev-page).
 */
import { EDITIONS } from '../../src/lib/content/editions.ts';
import { editionPage } from '../../src/lib/i18n/editions-url.ts';
import type { Lang } from '../../src/lib/content/types.ts';
import { stripMarkers } from './markers.ts';

const MARKERS = ['<!--app-head-->', '<!--app-html-->', '<html lang="zh-CN">', 'data-lang="zh-CN"'];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export interface Rendered {
  head: string;
  body: string;
}

export function checkTemplate(template: string): void {
  for (const marker of MARKERS) {
    if (!template.includes(marker)) throw new Error(`index.html lacks ${marker}`);
  }
}

/**
 * `island` is the address of the edition's page script (src/page/start-<lang>.ts, built),
 * which the page's first script loads after the first paint.
 */
export function fillPage(
  template: string,
  lang: Lang,
  { head, body }: Rendered,
  island: string,
): string {
  checkTemplate(template);
  const alternates = EDITIONS.map(
    (l) => `<link rel="alternate" hreflang="${l}" href="${editionPage(l)}" />`,
  ).join('');
  return template
    .replace('<html lang="zh-CN">', `<html lang="${lang}">`)
    .replace('data-lang="zh-CN"', () => `data-lang="${lang}" data-island="${escapeAttr(island)}"`)
    .replace('<!--app-head-->', () => stripMarkers(head) + alternates)
    .replace('<!--app-html-->', () => stripMarkers(body));
}

/** The source of an edition's page script. */
export function pageScript(lang: Lang): string {
  return `src/page/start-${lang}.ts`;
}

/** The page file of an edition in dist/ (and the path the dev server answers for it). */
export function pageFile(lang: Lang): string {
  return lang === 'en' ? 'en.html' : 'index.html';
}
