/**
 * Parses the source news report (data/source/report.md) into numbered body paragraphs, so
 * that every figure can name the paragraph it comes from and tests can check the quote.
 *
 * Rules (they fit how the report was received):
 * - only the text after the first `---` line counts;
 * - blocks are separated by blank lines; `#` lines are titles, `##` lines start a section;
 * - the dash subtitle (——…) and the byline (记者…) are metadata, not paragraphs;
 * - a short block with no sentence punctuation is an image caption;
 * - a body block that does not end a sentence was cut by a page break: the next body
 *   block continues it;
 * - body paragraphs are numbered from 1 through the whole report.
 */

export interface ReportParagraph {
  /** 1-based number among body paragraphs. */
  n: number;
  /** The `##` heading above it, or null before the first one. */
  section: string | null;
  text: string;
}

export interface Report {
  titles: string[];
  subtitle: string | null;
  byline: string | null;
  sections: string[];
  paragraphs: ReportParagraph[];
  captions: string[];
}

const SENTENCE_END = /[。！？!?”」）)]$/u;
const HAS_SENTENCE_PUNCT = /[。！？，；!?,;]/u;
const CAPTION_MAX = 40;

export function parseReport(markdown: string): Report {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.trim() === '---');
  const body = (start >= 0 ? lines.slice(start + 1) : lines).join('\n');
  const blocks = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);

  const report: Report = {
    titles: [],
    subtitle: null,
    byline: null,
    sections: [],
    paragraphs: [],
    captions: [],
  };
  let section: string | null = null;
  let open = false; // the last paragraph was cut by a page break

  for (const block of blocks) {
    if (block.startsWith('## ')) {
      section = block.slice(3).trim();
      report.sections.push(section);
      open = false;
    } else if (block.startsWith('# ')) {
      report.titles.push(block.slice(2).trim());
    } else if (block.startsWith('——')) {
      report.subtitle = block.replace(/^——/, '').trim();
    } else if (/^记者\S+$/u.test(block)) {
      report.byline = block;
    } else if (!open && block.length <= CAPTION_MAX && !HAS_SENTENCE_PUNCT.test(block)) {
      report.captions.push(block);
    } else if (open) {
      const last = report.paragraphs[report.paragraphs.length - 1];
      last.text += block;
      open = !SENTENCE_END.test(last.text);
    } else {
      report.paragraphs.push({ n: report.paragraphs.length + 1, section, text: block });
      open = !SENTENCE_END.test(block);
    }
  }
  return report;
}
