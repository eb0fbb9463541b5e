/**
 * Size budget of the built story (issue 7): what the page loads before the first scroll.
 * Sizes are asserted (they are deterministic); timings are measured by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialAssets, staticImports, totals } from '../../scripts/bench/initial-assets';

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
