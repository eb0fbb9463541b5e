import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { contentPlugin } from './scripts/vite-plugin-content.ts';
import { printMapsPlugin } from './scripts/vite-plugin-print-maps.ts';
import { storyRem } from './scripts/postcss-story-rem.ts';
import { embedCssPlugin } from './scripts/vite-plugin-embed-css.ts';
import { devPagePlugin } from './scripts/vite-plugin-dev-page.ts';
import { quietPreloadPlugin } from './scripts/vite-plugin-quiet-preload.ts';
import { leafletTrustedTypesPlugin } from './scripts/vite-plugin-leaflet-trusted-types.ts';
import { compileHintsPlugin } from './scripts/vite-plugin-compile-hints.ts';
import { EDITIONS } from './src/lib/content/editions.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ isSsrBuild }) => ({
  // Relative base: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [
    svelte(),
    contentPlugin(root),
    printMapsPlugin(root),
    embedCssPlugin(),
    quietPreloadPlugin(),
    leafletTrustedTypesPlugin(),
    compileHintsPlugin(),
    devPagePlugin(),
  ],
  // The chart marks' worker (src/lib/charts/marks-worker.ts): a module, with the compile hint
  // like every script after the page's first.
  worker: { format: 'es', plugins: () => [compileHintsPlugin()] },
  css: { postcss: { plugins: [storyRem()] } },
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
    // One stylesheet for everything: the prerendered page is styled before any script runs,
    // and the page's tiny first script needs no preload helper.
    cssCodeSplit: false,
    modulePreload: false,
    // The prerender reads it to write each page's script address (src/page/start-<lang>.ts).
    manifest: true,
    rollupOptions: isSsrBuild
      ? {}
      : {
          // The page, each edition's page script (boot.ts loads it after the first paint),
          // the iframe page, and two scripts with stable names for hosts to load.
          input: {
            main: resolve(root, 'index.html'),
            ...Object.fromEntries(
              EDITIONS.map((l) => [`page-${l}`, resolve(root, `src/page/start-${l}.ts`)]),
            ),
            frame: resolve(root, 'embed.html'),
            embed: resolve(root, 'src/embed/element.ts'),
            'embed-parent': resolve(root, 'src/embed/parent.ts'),
          },
          output: {
            entryFileNames: (chunk) =>
              chunk.name === 'embed' || chunk.name === 'embed-parent'
                ? '[name].js'
                : 'assets/[name]-[hash].js',
          },
        },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
