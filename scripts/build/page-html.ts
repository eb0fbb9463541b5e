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

const BOOT = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/;
/** A static import or export-from in built code (dynamic import() is fine inline). */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{},\s$]*from\s*)?["']/;

/**
 * The page's first script (src/page/boot.ts, built), written into the page: the first paint
 * then waits for no request but the page itself (the text-only floor page makes none). The
 * code must import nothing statically (relative imports would resolve against the page).
 * `read` gives a built file's code by its path in dist/.
 */
export function inlineBootScript(html: string, read: (file: string) => string): string {
  const m = BOOT.exec(html);
  if (!m) throw new Error('index.html: no module script to inline');
  const code = read(m[1]!).trim();
  if (STATIC_IMPORT.test(code)) throw new Error(`${m[1]}: the first script must import nothing`);
  if (BOOT.test(html.replace(m[0], ''))) throw new Error('index.html: more than one module script');
  // Text that would end or change the inline script in HTML is refused, not rewritten.
  if (/<\/script|<!--/i.test(code)) throw new Error(`${m[1]}: code that cannot be inlined`);
  return html.replace(m[0], () => `<script type="module">${code}</script>`);
}
