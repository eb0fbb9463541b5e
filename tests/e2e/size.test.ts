/**
 * Size budget of the built story (issue 7): what the page loads before the first scroll.
 * Sizes are asserted (they are deterministic); timings are measured by `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialAssets, staticImports, totals } from '../../scripts/bench/initial-assets';
import { COMPILE_HINT } from '../../scripts/vite-plugin-compile-hints';

const dist = process.env.STORY_DIST ?? resolve(import.meta.dirname, '../../dist');

/** Budgets in gzip bytes. */
export const BUDGET = { js: 80 * 1024, css: 20 * 1024 };

describe.each(['index.html', 'en.html'])('%s before the first scroll', (page) => {
  const assets = initialAssets(dist, page);
  const sum = totals(assets);

  it(`loads at most ${BUDGET.js / 1024} kB of JavaScript (gzip)`, () => {
    expect(sum.js).toBeLessThanOrEqual(BUDGET.js);
  });

  it(`loads at most ${BUDGET.css / 1024} kB of CSS (gzip)`, () => {
    expect(sum.css).toBeLessThanOrEqual(BUDGET.css);
  });

  it('shows its text before any script but one, which imports nothing', () => {
    const html = readFileSync(resolve(dist, page), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(html).not.toMatch(/<link[^>]+rel="(modulepreload|preload|stylesheet)"/);
    const first = /src="\.\/([^"]+)"/.exec(scripts[0] ?? '')?.[1] ?? '';
    const code = readFileSync(resolve(dist, first), 'utf8');
    expect(staticImports(code)).toEqual([]);
    expect(assets.map((a) => a.file)).toContain(
      /data-island="\.\/([^"]+)"/.exec(html)?.[1] ?? 'the page script',
    );
  });

  it('does not load Leaflet or the map data', () => {
    for (const a of assets.filter((x) => x.kind === 'js')) {
      const text = readFileSync(resolve(dist, a.file), 'utf8');
      expect(text, a.file).not.toContain('leaflet-container');
      expect(text, a.file).not.toContain('FeatureCollection');
    }
  });
});

describe('the map’s Leaflet', () => {
  const chunks = readdirSync(resolve(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const code = chunks.map((f) => readFileSync(resolve(dist, 'assets', f), 'utf8')).join('\n');

  it('loads in three pieces (evaluated one per task), and never as Leaflet’s whole bundle', () => {
    for (const piece of ['leaflet-base', 'leaflet-map', 'leaflet-lib'])
      expect(
        chunks.filter((f) => f.startsWith(`${piece}-`)),
        piece,
      ).toHaveLength(1);
    expect(chunks.filter((f) => f.startsWith('leaflet-src'))).toEqual([]);
  });

  it('holds none of the Leaflet parts the story does not use', () => {
    // Method names survive minification: tooltips, the layers and scale controls, WMS tiles,
    // the other CRSs.
    for (const unused of ['bindTooltip', 'addBaseLayer', '_updateMetric', 'wmsParams', 'EPSG3395'])
      expect(code, unused).not.toContain(unused);
  });
});

describe('compilation off the main thread', () => {
  // V8 compiles a hinted chunk's functions when it loads, on a background thread, instead of on
  // the main thread in the tasks that first run them (scripts/vite-plugin-compile-hints.ts).
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const first = /<script\b[^>]*\bsrc="\.\/([^"]+)"/.exec(html)?.[1] ?? 'the first script';
  const scripts = [
    ...readdirSync(resolve(dist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`),
    'embed.js',
    'embed-parent.js',
  ];

  it('every script but the first carries the compile hint on its first line', () => {
    expect(scripts).toContain(first);
    for (const file of scripts.filter((f) => f !== first)) {
      const code = readFileSync(resolve(dist, file), 'utf8');
      expect(code.startsWith(COMPILE_HINT), file).toBe(true);
    }
  });

  it('the first script, the one before the first paint, is left as it was', () => {
    expect(readFileSync(resolve(dist, first), 'utf8')).not.toContain('allFunctionsCalledOnLoad');
  });
});
