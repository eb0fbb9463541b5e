/**
 * A fixture news site on its own origin (another port), for the embed tests:
 * /article?embed=script|iframe|iframe-live|none&css=hostile|plain&lang=zh-CN|en
 * puts the story's snippet in the middle of a long article.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../fixtures/host');

const FILLER = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Host paragraph ${i + 1}. The article around the story keeps its own typography and ` +
    `layout; nothing the story does may change it. 主持页面的正文第${i + 1}段。</p>`,
).join('\n');

export function snippet(kind: string, storyUrl: string, lang: string): string {
  const l = lang === 'en' ? 'en' : 'zh-CN';
  switch (kind) {
    case 'script':
      return (
        `<script type="module" src="${storyUrl}embed.js"></script>\n` +
        `<maojian-story lang="${l}"></maojian-story>`
      );
    case 'iframe':
    case 'iframe-live':
      return (
        `<iframe data-maojian-story src="${storyUrl}embed.html?lang=${l}" title="Maojian data story" ` +
        `style="display:block;width:100%;height:600px;border:0" scrolling="no"></iframe>` +
        (kind === 'iframe-live'
          ? `\n<script type="module" src="${storyUrl}embed-parent.js"></script>`
          : '')
      );
    default:
      return '';
  }
}

export function articleHtml(params: URLSearchParams, storyUrl: string): string {
  const css = params.get('css') === 'hostile' ? 'hostile.css' : 'plain.css';
  const style = `<style>${readFileSync(resolve(dir, css), 'utf8')}</style>`;
  return readFileSync(resolve(dir, 'article.html'), 'utf8')
    .replace('<!--HOST-CSS-->', style)
    .replaceAll('<!--FILLER-->', FILLER)
    .replace(
      '<!--STORY-->',
      snippet(params.get('embed') ?? 'none', storyUrl, params.get('lang') ?? 'zh-CN'),
    );
}

export async function startHost(storyUrl: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    if (url.pathname !== '/article') {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(articleHtml(url.searchParams, storyUrl));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  // "localhost" rather than 127.0.0.1: another origin than the story's, as on a real site.
  return { url: `http://localhost:${address.port}/article`, server };
}
