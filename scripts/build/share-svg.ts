/** The share image's SVG: headline and figure on the left, the unit chart on the right. */
import type { UnitMark } from '../../src/lib/charts/units';
import { ACCENT, INK, INK_2, INK_3, PAPER } from '../../src/lib/palette';

export interface ShareInput {
  title: string;
  /** Characters per headline line (CJK: about 10; Latin: about 24). */
  titleLine: number;
  figureText: string;
  label: string;
  legend: string;
  credit: string;
  marks: UnitMark[];
  /** Fraction of the last mark that is filled (0 = the last mark is whole). */
  partial: number;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits a headline into lines of at most `max` characters, at spaces where there are any. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  if (!text.includes(' ')) {
    for (let i = 0; i < text.length; i += max) lines.push(text.slice(i, i + max));
    return lines;
  }
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A font size at which `text` fits `width` px (CJK glyphs are 1 em wide, Latin about 0.55 em). */
export function fitSize(text: string, width: number, max: number): number {
  const ems = [...text].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.56), 0);
  return Math.min(max, Math.floor(width / Math.max(ems, 1)));
}

export function shareSvg(input: ShareInput): string {
  const font = `font-family="Noto Sans CJK SC, sans-serif"`;
  const lines = wrap(input.title.replace(/[‘’]/g, "'"), input.titleLine).slice(0, 4);
  const titleSize = Math.min(52, ...lines.map((l) => fitSize(l, 530, 52)));
  const title = lines
    .map(
      (line, i) =>
        `<text x="60" y="${110 + i * Math.round(titleSize * 1.25)}" font-size="${titleSize}" font-weight="700" ${font} fill="${INK}">${esc(line)}</text>`,
    )
    .join('');
  const last = input.marks.length - 1;
  const marks = input.marks
    .map((m, i) => {
      const w = i === last && input.partial > 0 ? m.size * input.partial : m.size;
      return `<rect x="${(620 + m.x).toFixed(1)}" y="${(110 + m.y).toFixed(1)}" width="${w.toFixed(1)}" height="${m.size.toFixed(1)}" fill="${ACCENT}"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${PAPER}"/>
<rect x="0" y="0" width="1200" height="10" fill="${ACCENT}"/>
${title}
<text x="60" y="400" font-size="${fitSize(input.figureText, 530, 64)}" font-weight="800" ${font} fill="${ACCENT}">${esc(input.figureText)}</text>
<text x="60" y="450" font-size="${fitSize(input.label, 530, 30)}" ${font} fill="${INK_2}">${esc(input.label)}</text>
<text x="60" y="560" font-size="22" ${font} fill="${INK_3}">${esc(input.credit)}</text>
${marks}
<text x="620" y="580" font-size="22" ${font} fill="${INK_3}">${esc(input.legend)}</text>
</svg>`;
}
