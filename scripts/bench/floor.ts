/**
 * The text-only floor page: the story's own copy (same text, figures rendered), no scripts,
 * no charts, system fonts. The story should load about as fast as this.
 */
import type { Story } from '../../src/lib/content/types';
import type { Figure } from '../../src/lib/content/types';
import { renderTokens } from '../../src/lib/format/number';
import { sectionHeading } from '../../src/lib/story/derive';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function floorPage(story: Story, figures: ReadonlyMap<string, Figure>): string {
  const lang = story.meta.lang;
  const steps = story.steps
    .map((step, i) => {
      const heading = sectionHeading(story, i);
      const paragraphs = step.paragraphs
        .map((p) => {
          const parts = renderTokens(p, figures, lang)
            .map((part) =>
              part.type === 'figure' ? `<strong>${esc(part.text)}</strong>` : esc(part.text),
            )
            .join('');
          return `<p>${parts}</p>`;
        })
        .join('');
      return `${heading ? `<h2>${esc(heading)}</h2>` : ''}<section>${paragraphs}</section>`;
    })
    .join('\n');
  const sources = story.sources
    .map((s) => `<li><strong>${esc(s.title)}</strong> ${esc(s.by)} ${esc(s.note)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(story.meta.title)}</title>
<style>body{margin:0;background:#fffdf9;color:#1d1d1f;font:17px/1.85 system-ui,-apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif}
main{max-width:40rem;margin:0 auto;padding:3.5rem 1.25rem}h1{font-size:2rem;line-height:1.2}strong{color:#b3261e}</style>
</head><body><main><h1>${esc(story.meta.title)}</h1><p>${esc(story.meta.dek)}</p>
<p>${esc(story.meta.byline)} · ${esc(story.meta.published)}</p>
${steps}
<h2>Sources</h2><ul>${sources}</ul></main></body></html>`;
}
