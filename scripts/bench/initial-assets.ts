/**
 * Which files a page loads before the reader scrolls: its module script, the module
 * preloads, the page script its first script loads after the first paint (`data-island`),
 * their static imports (read from the built chunks), the workers they start (the chart marks'
 * worker starts with the stage) and its stylesheets, linked or inlined;
 * with their gzip sizes. Used by the size budget test and by the benchmark. (A page's
 * inline scripts are not files: `inlineScriptGzip` gives their size.)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzip: number;
}

const ATTR = /<(script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g;
const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{},\s$]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Local URLs of scripts and stylesheets named by a page's HTML. */
export function htmlAssetUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(ATTR)) {
    const tag = m[0];
    const url = m[2];
    if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) continue;
    if (m[1] === 'script' && /type="module"/.test(tag)) urls.push(url);
    if (m[1] === 'link' && /rel="(stylesheet|modulepreload)"/.test(tag)) urls.push(url);
  }
  for (const m of html.matchAll(/\bdata-island="([^"]+)"/g)) urls.push(m[1]);
  return urls;
}

/** The code of a page's inline scripts (those without src) or its <style> elements, joined. */
export function inlineCode(html: string, kind: Asset['kind']): string {
  const re =
    kind === 'js'
      ? /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g
      : /<style\b[^>]*>([\s\S]*?)<\/style>/g;
  return [...html.matchAll(re)].map((m) => m[1]).join('');
}

/** Scripts of the workers a built chunk starts (`new Worker(new URL('…', import.meta.url))`,
 * as Vite writes it: the address in a nested `new URL`). */
const WORKER_SCRIPT = /new Worker\(\s*new URL\(\s*(?:new URL\(\s*)?[`"']([^`"']+\.js)[`"']/g;

export function workerScripts(code: string): string[] {
  return [...code.matchAll(WORKER_SCRIPT)].map((m) => m[1]);
}

/** Relative static imports of a built ES module (not dynamic import()). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]);
}

function sizes(buf: Buffer): { bytes: number; gzip: number } {
  return { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

export function assetOf(dist: string, file: string): Asset {
  return {
    file,
    kind: file.endsWith('.css') ? 'css' : 'js',
    ...sizes(readFileSync(join(dist, file))),
  };
}

/** Every file the page needs before the first scroll, following static imports. */
export function initialAssets(dist: string, page = 'index.html'): Asset[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const seen = new Set<string>();
  const queue = htmlAssetUrls(html).map((u) => normalize(join(dirname(page), u)));
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(dist, file), 'utf8');
      for (const imp of [...staticImports(code), ...workerScripts(code)]) {
        queue.push(relative(dist, join(dist, dirname(file), imp)));
      }
    }
  }
  const css = inlineCode(html, 'css');
  const styles: Asset[] = css
    ? [{ file: `${page} (inline CSS)`, kind: 'css', ...sizes(Buffer.from(css)) }]
    : [];
  return [...[...seen].map((f) => assetOf(dist, f)), ...styles];
}

export function totals(assets: Asset[]): { js: number; css: number } {
  const sum = (kind: Asset['kind']) =>
    assets.filter((a) => a.kind === kind).reduce((n, a) => n + a.gzip, 0);
  return { js: sum('js'), css: sum('css') };
}

/** Gzip bytes of a page's inline scripts, if it has any (the story's pages have none). */
export function inlineScriptGzip(dist: string, page = 'index.html'): number {
  const code = inlineCode(readFileSync(join(dist, page), 'utf8'), 'js');
  return code ? sizes(Buffer.from(code)).gzip : 0;
}
