/**
 * After `vite build` (client) and `vite build --ssr` (server entry), writes each edition's
 * full text into its page (zh-CN: dist/index.html, en: dist/en.html), so readers without
 * JavaScript, search engines and slow phones see it at once. The iframe embed's page
 * (dist/embed.html) gets the Chinese edition's flat layout the same way. The page is not hydrated: after
 * its first paint, src/page/ starts the stage on it (so hydration markers are dropped).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LANG, EDITIONS } from '../../src/lib/content/editions';
import type { Lang } from '../../src/lib/content/types';
import { stripMarkers } from './markers';
import { checkTemplate, fillPage, pageFile, pageScript } from './page-html';

const root = resolve(import.meta.dirname, '../..');
/** The client build to fill: dist/, or the folder given as the first argument. */
const dist = resolve(root, process.argv[2] ?? 'dist');

const server = (await import(pathToFileURL(resolve(root, '.ssr/entry-server.js')).href)) as {
  renderStory: (lang: Lang) => { head: string; body: string };
  renderFrame: (lang: Lang) => { head: string; body: string };
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
checkTemplate(template);

/** Vite's manifest: source entry → built file. */
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  { file: string }
>;
function built(source: string): string {
  const entry = manifest[source];
  if (!entry) throw new Error(`the client build has no ${source}`);
  return `./${entry.file}`;
}

for (const lang of EDITIONS) {
  const html = fillPage(template, lang, server.renderStory(lang), built(pageScript(lang)));
  const file = pageFile(lang);
  writeFileSync(resolve(dist, file), html);
  console.info(`prerendered ${file} (${lang}, ${(html.length / 1024).toFixed(1)} kB)`);
}

// The iframe embed: the flat story (its no-JavaScript reading), replaced by the live one.
const frameFile = resolve(dist, 'embed.html');
const frame = readFileSync(frameFile, 'utf8');
const slot = '<div id="app"></div>';
if (!frame.includes(slot)) throw new Error(`embed.html lacks ${slot}`);
const frameHtml = frame.replace(
  slot,
  () => `<div id="app">${stripMarkers(server.renderFrame(DEFAULT_LANG).body)}</div>`,
);
writeFileSync(frameFile, frameHtml);
console.info(
  `prerendered embed.html (${DEFAULT_LANG}, ${(frameHtml.length / 1024).toFixed(1)} kB)`,
);
