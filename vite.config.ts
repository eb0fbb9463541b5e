import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { contentPlugin } from './scripts/vite-plugin-content.ts';
import { storyRem } from './scripts/postcss-story-rem.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Relative base: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [svelte(), contentPlugin(root)],
  css: { postcss: { plugins: [storyRem()] } },
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
