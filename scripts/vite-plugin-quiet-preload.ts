/**
 * Build plugin: Vite's dynamic-import helper announces a failed chunk with a `vite:preloadError`
 * event on `window`. In the script embed that window is the host's, whose own code may act on
 * it (a Vite-built host reloads the page on it, as Vite's docs suggest). The story handles its
 * own failures (the map shows "try again"), so the helper only rethrows.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';
const DISPATCH = /window\.dispatchEvent\(\s*e\s*\);?/;

export function quietPreloadPlugin(): Plugin {
  return {
    name: 'quiet-preload',
    apply: 'build',
    transform(code, id) {
      if (id !== HELPER) return null;
      if (!DISPATCH.test(code))
        this.error('quiet-preload: the helper no longer dispatches as expected');
      return { code: code.replace(DISPATCH, ''), map: null };
    },
  };
}
