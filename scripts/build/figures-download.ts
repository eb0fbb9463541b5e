/**
 * Writes every figure of the story into dist/ for readers (run by npm run build): dist/
 * figures.csv and dist/figures.json, linked from the sources section of both editions.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../content/load-content';
import { FIGURES_CSV, FIGURES_JSON } from '../../src/lib/content/downloads';
import { figureRow, toCsv, toJson } from './figures-table';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const { figures, stories } = loadContent(root);
const rows = figures.map(figureRow);
/** The report, as each edition credits it (the first entry of its sources). */
const source = Object.fromEntries(
  Object.entries(stories).map(([lang, story]) => [lang, story.sources[0] ?? null]),
);
writeFileSync(resolve(dist, FIGURES_CSV), toCsv(rows));
writeFileSync(resolve(dist, FIGURES_JSON), toJson(rows, source));
console.info(
  `figures download: dist/${FIGURES_CSV}, dist/${FIGURES_JSON} (${rows.length} figures)`,
);
