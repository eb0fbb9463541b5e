/**
 * Build plugin: a chunk that contains the string '__EMBED_CSS__' (the script embed) gets the
 * text of the CSS that it and its static imports need, so the custom element can adopt it as
 * a constructable stylesheet inside its shadow root (Vite would otherwise put a <link> in the
 * host document's head, and a <style> would need the host's CSP to allow inline styles). With
 * `build.cssCodeSplit: false` there is one stylesheet for everything, and that is the text.
 * A relative url() would resolve against the host page in a constructed sheet: it stops the
 * build.
 */
import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  code: string;
  fileName: string;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

export function embedCssPlugin(): Plugin {
  let split = true;
  return {
    name: 'embed-css',
    apply: 'build',
    // After Vite's own CSS step, which emits the single stylesheet in this same hook.
    enforce: 'post',
    configResolved(config) {
      split = config.build.cssCodeSplit;
    },
    generateBundle(_options, bundle) {
      const all = Object.keys(bundle).filter((f) => f.endsWith('.css'));
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk') as ChunkLike[];
      for (const chunk of chunks) {
        if (!chunk.code.includes('__EMBED_CSS__')) continue;
        const css = new Set<string>();
        const seen = new Set<string>();
        const visit = (name: string) => {
          const c = bundle[name] as ChunkLike | undefined;
          if (!c || c.type !== 'chunk' || seen.has(name)) return;
          seen.add(name);
          c.viteMetadata?.importedCss.forEach((f) => css.add(f));
          c.imports.forEach(visit);
        };
        if (split) visit(chunk.fileName);
        else all.forEach((f) => css.add(f));
        if (css.size === 0) this.error(`embed-css: no CSS found for ${chunk.fileName}`);
        const text = [...css]
          .map((f) => {
            const asset = bundle[f];
            return asset?.type === 'asset' ? String(asset.source) : '';
          })
          .join('\n');
        if (/url\(\s*['"]?(?!data:)/.test(text))
          this.error(`embed-css: a url() in the CSS would resolve against the host page`);
        const placeholder = /(["'`])__EMBED_CSS__\1/;
        if (!placeholder.test(chunk.code))
          this.error(`embed-css: placeholder not found in ${chunk.fileName}`);
        chunk.code = chunk.code.replace(placeholder, () => JSON.stringify(text));
      }
    },
  };
}
