/**
 * The text-only floor page (issue 20): the prerendered step texts of dist/index.html, each
 * paragraph in a <p>, under an <h1> with the page title. No stylesheet and no script: the
 * 40em column with system-ui at 18px is an inline style attribute on <body> (a <style>
 * element would be a stylesheet). The story should paint about as fast as this.
 *
 * Like the story, it names an empty `data:` icon: without one the browser asks the server for
 * /favicon.ico during the load, and Lighthouse's simulation counts that request, which ends
 * before the first paint, as one more round trip (150 ms) in the floor's LCP (its LCP was then
 * about 150 ms above its FCP). The floor has LCP = FCP.
 */

export interface FloorText {
  lang: string;
  title: string;
  /** Per step, its paragraphs as HTML (inline markup removed, entities kept). */
  steps: string[][];
}

const TAG = /<[^>]*>/g;
const clean = (html: string) => html.replace(TAG, '').replace(/\s+/g, ' ').trim();

/** The title, language and step paragraphs of a prerendered page. */
export function floorText(html: string): FloorText {
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
  const title = clean(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
  const steps: string[][] = [];
  for (const m of html.matchAll(/<section\b[^>]*\bdata-step="[^"]*"[^>]*>([\s\S]*?)<\/section>/g)) {
    const paragraphs = [...m[1]!.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
      .map((p) => clean(p[1]!))
      .filter(Boolean);
    if (paragraphs.length) steps.push(paragraphs);
  }
  if (!title || !steps.length) throw new Error('floor: no title or no step text in the page');
  return { lang, title, steps };
}

/** The floor page's HTML. */
export function floorPage({ lang, title, steps }: FloorText): string {
  const body = steps
    .flat()
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title></head>
<body style="max-width:40em;margin:0 auto;font-family:system-ui;font-size:18px">
<h1>${title}</h1>
${body}
</body></html>
`;
}
