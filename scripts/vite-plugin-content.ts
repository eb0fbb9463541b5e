/**
 * Vite plugin: `import content from 'virtual:content'` gives the validated figures and
 * stories of `root`/data. Validation runs at build (and dev) time, so a bad data file stops
 * the build with the validator's one-line message (a ContentError naming file, step, field).
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { EDITIONS } from '../src/lib/content/editions.ts';
import { ContentError } from '../src/lib/content/errors.ts';
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
      // Watched before loading, so that fixing a bad file reloads too.
      const names = ['figures.json', 'places.json', ...EDITIONS.map((l) => `story.${l}.aml`)];
      for (const name of names) this.addWatchFile(resolve(root, 'data', name));
      try {
        return `export default ${JSON.stringify(loadContent(root))};`;
      } catch (e) {
        // Bad content is the author's mistake, not a bug: the message says where; the
        // validator's stack frames would only bury it.
        if (e instanceof ContentError) e.stack = `${e.name}: ${e.message}`;
        throw e;
      }
    },
  };
}
