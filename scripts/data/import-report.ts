/**
 * Copies the source news report from the shared folder into the repo, unchanged, and records
 * where it came from. Run from anywhere: `npx tsx scripts/data/import-report.ts`.
 *
 * Reads  $SHARED_DIR/source/report.md (SHARED_DIR defaults to ../shared beside the repo root)
 * Writes data/source/report.md and data/source/PROVENANCE.md (deterministic: no timestamps).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedDir = resolve(root, process.env.SHARED_DIR ?? '../shared');
const from = resolve(sharedDir, 'source', 'report.md');
const outDir = resolve(root, 'data', 'source');
const to = resolve(outDir, 'report.md');

const bytes = readFileSync(from);
const sha256 = createHash('sha256').update(bytes).digest('hex');

mkdirSync(outDir, { recursive: true });
writeFileSync(to, bytes);

const provenance = `# data/source: provenance

\`report.md\` is a byte-for-byte copy of \`source/report.md\` in the shared folder (\`../shared\`
beside this repository, or \`$SHARED_DIR\`), made by \`scripts/data/import-report.ts\`.

- sha256: \`${sha256}\`
- size: ${bytes.length} bytes

It is the news report the story is built on: 建强堡垒强引领 精准发力促振兴——茅箭区 党建引领脱贫攻坚加速乡村振兴
(记者王雁博). Every fact and figure of the story comes from it, and \`data/figures.json\` cites
its paragraphs as numbered by \`parseReport()\` in \`tests/support/content/report.ts\`.

**Do not edit \`report.md\` by hand.** If the shared source changes, run
\`npx tsx scripts/data/import-report.ts\` again (set \`SHARED_DIR\` to use another shared folder),
then check that the figure tests still pass.
`;
writeFileSync(resolve(outDir, 'PROVENANCE.md'), provenance);

console.info(`copied ${relative(root, from) || from} -> ${relative(root, to)} (sha256 ${sha256})`);
