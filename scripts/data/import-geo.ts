/**
 * Builds the story's geographic data from ../shared/geo (see its PROVENANCE.md), as
 * scripts/data/geo/manifest.json describes it:
 *
 *   data/geo/shiyan-districts.json  the 8 districts of 十堰市
 *   data/geo/maojian-outline.json   detailed 茅箭区 outline
 *   data/geo/rivers.json            汉江, 丹江, 长江 (Natural Earth)
 *   data/geo/provinces.json         湖北省 and 四川省, simplified
 *   data/geo/study-tour.json        京山市, 蒲江县, 南部县: outlines and seats
 *   data/geo/attribution.json       credits for the map's attribution control
 *   data/geo/PROVENANCE.md          where every file comes from
 *   data/places.json                every place the story needs (type Place)
 *
 * Every layer is GCJ-02. No coordinate is typed in: each one is read from a shared file by
 * name or code, or (the schematic region labels only) derived from such points. The steps
 * are in scripts/data/geo/ (pipeline.ts), each a tested function.
 * Run: npx tsx scripts/data/import-geo.ts   (SHARED_DIR overrides ../shared)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from './geo/manifest';
import { readInputs, runGeoImport } from './geo/pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');

const manifest = readManifest();
const { files, places } = await runGeoImport(
  readInputs(join(SHARED, 'geo'), manifest),
  manifest,
  ROOT,
);
for (const [path, text] of files) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
}
console.info(`Wrote ${places.length} places to data/places.json`);
for (const [path, text] of files) {
  if (path.startsWith('data/geo/') && path.endsWith('.json') && !path.endsWith('attribution.json'))
    console.info(`  ${path}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} kB`);
}
