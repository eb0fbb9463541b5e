/**
 * After `vite build` (client) and `vite build --ssr` (server entry), writes the story's full
 * text into dist/index.html, so readers without JavaScript, search engines and slow phones
 * see it at once; the client script then hydrates it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LANG } from '../../src/lib/content/editions';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');

const server = (await import(pathToFileURL(resolve(root, '.ssr/entry-server.js')).href)) as {
  renderStory: (lang: string) => { head: string; body: string };
};

const template = readFileSync(resolve(dist, 'index.html'), 'utf8');
if (!template.includes('<!--app-html-->') || !template.includes('<!--app-head-->')) {
  throw new Error('dist/index.html lacks the <!--app-head--> / <!--app-html--> markers');
}
const { head, body } = server.renderStory(DEFAULT_LANG);
const html = template.replace('<!--app-head-->', head).replace('<!--app-html-->', () => body);
writeFileSync(resolve(dist, 'index.html'), html);
console.info(
  `prerendered dist/index.html (${DEFAULT_LANG}, ${(html.length / 1024).toFixed(1)} kB)`,
);
