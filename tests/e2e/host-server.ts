/**
 * A fixture news site on its own origin (another port), for the embed tests:
 * /article?embed=…&css=…&wrap=…&column=wide&router=hash&csp=strict&referrer=none&start=…&lang=…
 * puts the story's snippet in the middle of a long article.
 *
 * - embed: script (the documented snippet, with its fallback link), script-two (two elements,
 *   both editions), iframe (no parent script), iframe-live (with it), iframe-sandbox,
 *   iframe-redirect (the iframe's src is on the host's origin and redirects to the story's,
 *   as an apex→www or http→https redirect does), not-ours (a frame marked data-maojian-story
 *   that is not the story, beside the live one), none.
 * - css: plain, hostile (rules that would break an unshielded story), unset (`* { all: unset }`).
 * - wrap: overflow (an `overflow: hidden` ancestor), transform (a transformed one).
 * - column=wide: the article column as wide as the window (else at most 640 px).
 * - router=hash: a hash router listens to hashchange (window.routes).
 * - csp=strict: a strict Content-Security-Policy with Trusted Types (STRICT_HOST_CSP).
 * - referrer=none: `Referrer-Policy: no-referrer`.
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

/** The nonce of the host's own inline style and script under csp=strict. */
export const HOST_NONCE = 'host-nonce-7f3a';

/**
 * The host's policy under csp=strict: only the story's origin for scripts, styles, images and
 * frames (what the embed docs say a host needs), no inline styles, and Trusted Types for every
 * DOM sink, with only Svelte's policy allowed.
 */
export function strictHostCsp(storyOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${HOST_NONCE}' ${storyOrigin}`,
    `style-src 'nonce-${HOST_NONCE}' ${storyOrigin}`,
    `img-src data: ${storyOrigin}`,
    `frame-src ${storyOrigin}`,
    "require-trusted-types-for 'script'",
    'trusted-types svelte-trusted-html',
  ].join('; ');
}

const fallback = (storyUrl: string, lang: string) =>
  `<a href="${storyUrl}${lang === 'en' ? 'en.html' : ''}" data-fallback>` +
  `${lang === 'en' ? 'Read the data story' : '阅读数据新闻'}</a>`;

const frame = (src: string, extra = '') =>
  `<iframe data-maojian-story src="${src}" title="Maojian data story" ${extra}` +
  `style="display:block;width:100%;height:600px;border:0"></iframe>`;

export function snippet(kind: string, storyUrl: string, lang: string, hostUrl: string): string {
  const l = lang === 'en' ? 'en' : 'zh-CN';
  const script = `<script type="module" src="${storyUrl}embed.js"></script>`;
  const parent = `<script type="module" src="${storyUrl}embed-parent.js"></script>`;
  const src = `${storyUrl}embed.html?lang=${l}`;
  switch (kind) {
    case 'script':
      return `${script}\n<maojian-story lang="${l}">${fallback(storyUrl, l)}</maojian-story>`;
    case 'script-two':
      return (
        `${script}\n<maojian-story lang="zh-CN" id="one">${fallback(storyUrl, 'zh-CN')}</maojian-story>` +
        `\n${FILLER}\n<maojian-story lang="en" id="two">${fallback(storyUrl, 'en')}</maojian-story>`
      );
    case 'iframe':
      return frame(src);
    case 'iframe-live':
      return `${frame(src)}\n${parent}`;
    case 'iframe-sandbox':
      return `${frame(src, 'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" ')}\n${parent}`;
    case 'iframe-redirect':
      return `${frame(`${hostUrl}go?to=${encodeURIComponent(src)}`)}\n${parent}`;
    case 'not-ours':
      return `${frame(`${hostUrl}not-ours.html`, 'id="not-ours" ')}\n${frame(src)}\n${parent}`;
    default:
      return '';
  }
}

export function articleHtml(params: URLSearchParams, storyUrl: string, hostUrl: string): string {
  const cssFile = { hostile: 'hostile.css', unset: 'all-unset.css' }[params.get('css') ?? ''];
  const nonce = `nonce="${HOST_NONCE}"`;
  const style = `<style ${nonce}>${readFileSync(resolve(dir, cssFile ?? 'plain.css'), 'utf8')}</style>`;
  const router =
    params.get('router') === 'hash' ? `<script ${nonce} src="hash-router.js"></script>` : '';
  let story = snippet(
    params.get('embed') ?? 'none',
    storyUrl,
    params.get('lang') ?? 'zh-CN',
    hostUrl,
  );
  const start = params.get('start');
  if (start && /^[a-z0-9-]+$/.test(start))
    story = story.replace('<maojian-story ', `<maojian-story start="${start}" `);
  const wrap = params.get('wrap');
  if (wrap === 'overflow' || wrap === 'transform') {
    // Classes, not style attributes: the host's strict CSP allows no inline styles.
    story = `<div class="wrap-${wrap}" data-wrap>${story}</div>`;
  }
  const wraps =
    `<style ${nonce}>.wrap-overflow { overflow: hidden; } ` +
    `.wrap-transform { transform: translateZ(0); }` +
    (params.get('column') === 'wide' ? ' .article { max-width: none; }' : '') +
    `</style>`;
  return readFileSync(resolve(dir, 'article.html'), 'utf8')
    .replace('<!--HOST-CSS-->', style + wraps + router)
    .replaceAll('<!--FILLER-->', FILLER)
    .replace('<!--STORY-->', story);
}

const FILES: Record<string, string> = {
  '/hash-router.js': 'text/javascript',
  '/not-ours.html': 'text/html; charset=utf-8',
  '/not-ours.js': 'text/javascript',
};

export async function startHost(storyUrl: string): Promise<{ url: string; server: Server }> {
  const storyOrigin = new URL(storyUrl).origin;
  let origin = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const type = FILES[url.pathname];
    if (type) {
      res.setHeader('content-type', type);
      res.end(readFileSync(resolve(dir, url.pathname.slice(1)), 'utf8'));
      return;
    }
    if (url.pathname === '/go') {
      // Redirects only to the story (an open redirect would be a bug in a real site).
      const to = url.searchParams.get('to') ?? '';
      res.statusCode = to.startsWith(storyUrl) ? 302 : 400;
      if (res.statusCode === 302) res.setHeader('location', to);
      res.end();
      return;
    }
    if (url.pathname !== '/article') {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.searchParams.get('csp') === 'strict')
      res.setHeader('content-security-policy', strictHostCsp(storyOrigin));
    if (url.searchParams.get('referrer') === 'none')
      res.setHeader('referrer-policy', 'no-referrer');
    res.end(articleHtml(url.searchParams, storyUrl, `${origin}/`));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  // "localhost" rather than 127.0.0.1: another origin than the story's, as on a real site.
  origin = `http://localhost:${address.port}`;
  return { url: `${origin}/article`, server };
}
