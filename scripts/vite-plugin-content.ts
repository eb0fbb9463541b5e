/**
 * Vite plugin: `import content from 'virtual:content'` gives the validated figures and
 * stories. Validation runs at build (and dev) time, so a bad data file stops the build.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';

const ID = 'virtual:content';
const RESOLVED = '\0' + ID;

export function contentPlugin(root: string): Plugin {
  return {
    name: 'story-content',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(resolve(root, 'data/figures.json'));
      const content = loadContent(root);
      for (const lang of Object.keys(content.stories)) {
        this.addWatchFile(resolve(root, `data/story.${lang}.aml`));
      }
      return `export default ${JSON.stringify(content)};`;
    },
  };
}
