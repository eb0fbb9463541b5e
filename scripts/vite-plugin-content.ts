/**
 * Vite plugin: `import content from 'virtual:content'` gives the validated figures and
 * stories; `import data from 'virtual:stage-data/<lang>'` gives what the standalone page's
 * script needs for one edition (no step text: that is in the prerendered page). Validation
 * runs at build (and dev) time, so a bad data file stops the build.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadContent, type Content } from '../src/lib/content/load.ts';
import { stageData } from '../src/lib/content/stage-data.ts';
import type { Lang } from '../src/lib/content/types.ts';

const ID = 'virtual:content';
const RESOLVED = '\0' + ID;
const STAGE = 'virtual:stage-data/';

export function contentPlugin(root: string): Plugin {
  return {
    name: 'story-content',
    resolveId(id) {
      if (id === ID || id.startsWith(STAGE)) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED && !id.startsWith('\0' + STAGE)) return undefined;
      this.addWatchFile(resolve(root, 'data/figures.json'));
      const content: Content = loadContent(root);
      for (const lang of Object.keys(content.stories)) {
        this.addWatchFile(resolve(root, `data/story.${lang}.aml`));
      }
      if (id === RESOLVED) return `export default ${JSON.stringify(content)};`;
      const lang = id.slice(STAGE.length + 1) as Lang;
      const story = content.stories[lang];
      if (!story) this.error(`${id.slice(1)}: no edition "${lang}"`);
      return `export default ${JSON.stringify(stageData(story, content.figures))};`;
    },
  };
}
