/** The share image's SVG: headline and figure on the left, the unit chart on the right. */
import type { UnitMark } from '../../src/lib/charts/units';

export interface ShareInput {
  title: string;
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

/** Splits a headline into lines of at most `max` characters. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += max) lines.push(text.slice(i, i + max));
  return lines;
}

export function shareSvg(input: ShareInput): string {
  const font = `font-family="Noto Sans CJK SC, sans-serif"`;
  const title = wrap(input.title, 10)
    .slice(0, 3)
    .map(
      (line, i) =>
        `<text x="60" y="${130 + i * 64}" font-size="52" font-weight="700" ${font} fill="#1d1d1f">${esc(line)}</text>`,
    )
    .join('');
  const last = input.marks.length - 1;
  const marks = input.marks
    .map((m, i) => {
      const w = i === last && input.partial > 0 ? m.size * input.partial : m.size;
      return `<rect x="${(620 + m.x).toFixed(1)}" y="${(110 + m.y).toFixed(1)}" width="${w.toFixed(1)}" height="${m.size.toFixed(1)}" fill="#b3261e"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fffdf9"/>
<rect x="0" y="0" width="1200" height="10" fill="#b3261e"/>
${title}
<text x="60" y="400" font-size="${Math.min(64, Math.floor(500 / input.figureText.length))}" font-weight="800" ${font} fill="#b3261e">${esc(input.figureText)}</text>
<text x="60" y="450" font-size="30" ${font} fill="#3c3c43">${esc(input.label)}</text>
<text x="60" y="560" font-size="22" ${font} fill="#5f5f66">${esc(input.credit)}</text>
${marks}
<text x="620" y="580" font-size="22" ${font} fill="#5f5f66">${esc(input.legend)}</text>
</svg>`;
}
