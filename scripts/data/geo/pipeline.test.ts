/**
 * The import, run in memory on the shared folder (SHARED_DIR, else ../shared), must give the
 * committed data/ files byte for byte: the refactor changed nothing, and nobody edited a
 * generated file by hand. Skipped only when the shared folder is absent (CI has it).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readManifest } from './manifest';
import { LAYER_FILES, readInputs, runGeoImport } from './pipeline';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');
const GEO = join(SHARED, 'geo');

describe.skipIf(!existsSync(GEO))('the geodata import on ../shared', () => {
  it('writes exactly the committed data/ files', { timeout: 60_000 }, async () => {
    const manifest = readManifest();
    const { files } = await runGeoImport(readInputs(GEO, manifest), manifest, ROOT);
    expect([...files.keys()].sort()).toEqual(
      [
        ...LAYER_FILES.map(([path]) => path),
        'data/geo/attribution.json',
        'data/geo/PROVENANCE.md',
        'data/places.json',
      ].sort(),
    );
    for (const [path, text] of files) {
      // Whole-text equality: a diff names the first differing line.
      expect(text, path).toBe(readFileSync(join(ROOT, path), 'utf8'));
    }
  });

  it('refuses a layer input in another CRS than the manifest says', () => {
    const manifest = readManifest();
    manifest.inputs.rivers = { ...manifest.inputs.rivers, crs: 'WGS-84' };
    expect(() => readInputs(GEO, manifest)).toThrow(
      /rivers_hubei_ne10m\.gcj02\.geojson: expected WGS-84, metadata says GCJ-02/,
    );
  });
});
