/**
 * After `vite build` (client) and `vite build --ssr` (server entry), writes each edition's
 * full text into its page (zh-CN: dist/index.html, en: dist/en.html), so readers without
 * JavaScript, search engines and slow phones see it at once; the client script hydrates it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EDITIONS } from '../../src/lib/content/editions';
import { editionPage } from '../../src/lib/i18n/editions-url';
import type { Lang } from '../../src/lib/content/types';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');

const server = (await import(pathToFileURL(resolve(root, '.ssr/entry-server.js')).href)) as {
  renderStory: (lang: Lang) => { head: string; body: string };
};

/**
 * The page's stylesheets, inlined: the first paint then needs no second request (the text-only
 * floor page is the benchmark). The CSS files stay in dist/ for the script embed.
 */
function inlineStyles(html: string): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
    (_m, file: string) => {
      const css = readFileSync(resolve(dist, file), 'utf8').replace(/<\/style/gi, '<\\/style');
      return `<style data-from="${file}">${css}</style>`;
    },
  );
}

const template = inlineStyles(readFileSync(resolve(dist, 'index.html'), 'utf8'));
for (const marker of [
  '<!--app-head-->',
  '<!--app-html-->',
  '<html lang="zh-CN">',
  'data-lang="zh-CN"',
]) {
  if (!template.includes(marker)) throw new Error(`index.html lacks ${marker}`);
}

const alternates = EDITIONS.map(
  (l) => `<link rel="alternate" hreflang="${l}" href="${editionPage(l)}" />`,
).join('');

for (const lang of EDITIONS) {
  const { head, body } = server.renderStory(lang);
  const html = template
    .replace('<html lang="zh-CN">', `<html lang="${lang}">`)
    .replace('data-lang="zh-CN"', `data-lang="${lang}"`)
    .replace('<!--app-head-->', () => head + alternates)
    .replace('<!--app-html-->', () => body);
  const file = lang === 'en' ? 'en.html' : 'index.html';
  writeFileSync(resolve(dist, file), html);
  console.info(`prerendered dist/${file} (${lang}, ${(html.length / 1024).toFixed(1)} kB)`);
}
