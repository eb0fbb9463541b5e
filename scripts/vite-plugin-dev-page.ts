/**
 * Dev server plugin: serves each edition's page rendered on the server, as the build's
 * prerender does (the page's script expects the story's HTML to be there). `/en.html` is the
 * English edition; every other page path the Chinese one. It also loads every component's
 * styles (src/page/dev-styles.ts), which the build puts in the page's one stylesheet.
 */
import type { Plugin } from 'vite';
import type { Lang } from '../src/lib/content/types.ts';
import { fillPage, pageScript, type Rendered } from './build/page-html.ts';

export function devPagePlugin(): Plugin {
  return {
    name: 'dev-page',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        if (!ctx.server) return html;
        const path = (ctx.originalUrl ?? ctx.path).split(/[?#]/)[0] ?? '';
        const lang: Lang = path.endsWith('/en.html') ? 'en' : 'zh-CN';
        const entry = (await ctx.server.ssrLoadModule('/src/entry-server.ts')) as {
          renderStory: (lang: Lang) => Rendered;
        };
        const page = fillPage(html, lang, entry.renderStory(lang), `/${pageScript(lang)}`);
        // Styles come with their modules in dev: load them all before the page's script.
        return page.replace(
          '</head>',
          '<script type="module" src="/src/page/dev-styles.ts"></script></head>',
        );
      },
    },
  };
}
