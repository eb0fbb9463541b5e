/**
 * Makes dist/share.png (1200×630), the Open Graph / Twitter image, from the story's own
 * graphics: a unit chart of one exact figure, drawn with the same layout code as the stage
 * (unitsPerMark, unitMarks, unitGrid), with the headline beside it.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadContent } from '../content/load-content';
import { EDITIONS } from '../../src/lib/content/editions';
import { shareImageName } from '../../src/lib/i18n/editions-url';
import { unitGrid, unitMarks, unitsPerMark } from '../../src/lib/charts/units';
import { formatFigure } from '../../src/lib/format/number';
import { shareSvg } from './share-svg';

const root = resolve(import.meta.dirname, '../..');
const { figures, stories } = loadContent(root);
const byId = new Map(figures.map((f) => [f.id, f]));

/** The figure drawn: 2000 party cadres paired with poor households (exact in the report). */
const SHARE_FIGURE = 'cadres-paired';
const figure = byId.get(SHARE_FIGURE);
if (!figure || figure.kind !== 'count') {
  throw new Error(`share image: data/figures.json has no count figure "${SHARE_FIGURE}"`);
}
const perMark = unitsPerMark([figure.value], 300);
const count = unitMarks(figure.value, perMark);
const marks = unitGrid(count.total, { width: 520, height: 430, gap: 3 });

for (const lang of EDITIONS) {
  const story = stories[lang];
  if (!story) throw new Error(`share image: no ${lang} story`);
  if (!story.steps.some((s) => s.figures.includes(SHARE_FIGURE))) {
    throw new Error(`share image: no ${lang} step shows "${SHARE_FIGURE}"`);
  }
  const zh = lang === 'zh-CN';
  const svg = shareSvg({
    title: story.meta.title,
    titleLine: zh ? 10 : 24,
    figureText: formatFigure(figure, lang),
    label: zh ? figure.label.zh : figure.label.en,
    legend: zh
      ? `每格代表${perMark}${figure.unit.zh}`
      : `Each square stands for ${perMark} ${figure.unit.en}`,
    credit: zh ? '数据来源：原报道（记者王雁博）' : 'Source: news report by Wang Yanbo (王雁博)',
    marks,
    partial: count.partial,
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  }).render();
  const name = shareImageName(lang);
  writeFileSync(resolve(root, 'dist', name), png.asPng());
  console.info(`share image: dist/${name} (${marks.length} marks, ${perMark} per mark)`);
}
