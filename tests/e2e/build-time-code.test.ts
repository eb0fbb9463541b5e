/**
 * Code that runs only at build time stays out of what the browser downloads: the print maps
 * are projected by d3-geo when the site is built (virtual:print-maps), so no JavaScript file
 * of the built site carries d3-geo (its stream's geometry types include "Sphere", a key no
 * minifier renames and no data of the story holds).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = process.env.STORY_DIST ?? resolve(import.meta.dirname, '../../dist');

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? scripts(join(dir, e.name))
      : e.name.endsWith('.js')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('the built site', () => {
  const files = scripts(dist);

  it('has scripts to check', () => {
    expect(files.length).toBeGreaterThan(3);
    expect(files.some((f) => readFileSync(f, 'utf8').includes('leaflet-container'))).toBe(true);
  });

  it('carries no d3-geo', () => {
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/\bSphere\b/);
  });
});
