/**
 * Vite plugin: `import content from 'virtual:content'` gives the validated figures and
 * stories of `root`/data; `import data from 'virtual:stage-data/<lang>'` gives what the
 * standalone page's script needs for one edition (no step text: that is in the prerendered
 * page); `import config from 'virtual:map-config'` gives the validated map config
 * (data/map.config.json, or the build's VITE_MAP_CONFIG). Validation runs at build (and dev)
 * time, of every file under data/ (the story, figures, places, the map's layers, credits and
 * config), so a bad data file stops the build with the validator's one-line message (a
 * ContentError naming file, item, field). The schemas (valibot) stay in the build: the page
 * gets only their output.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { ContentError } from '../src/lib/content/errors.ts';
import { DATA_FILES, loadContent, loadMapFiles } from './content/load-content.ts';
import { stageData } from '../src/lib/content/stage-data.ts';
import type { Lang } from '../src/lib/content/types.ts';

const ID = 'virtual:content';
const RESOLVED = '\0' + ID;
const STAGE = 'virtual:stage-data/';
const MAP_CONFIG = 'virtual:map-config';

export function contentPlugin(root: string): Plugin {
  /** VITE_MAP_CONFIG as Vite resolved it (.env files and the environment). */
  let mapConfigOverride: string | undefined = process.env.VITE_MAP_CONFIG;
  return {
    name: 'story-content',
    configResolved(config) {
      const value: unknown = config.env.VITE_MAP_CONFIG;
      mapConfigOverride = typeof value === 'string' ? value : undefined;
    },
    resolveId(id) {
      if (id === ID || id === MAP_CONFIG || id.startsWith(STAGE)) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== '\0' + MAP_CONFIG && !id.startsWith('\0' + STAGE)) {
        return undefined;
      }
      // Watched before loading, so that fixing a bad file reloads too.
      for (const file of DATA_FILES) this.addWatchFile(resolve(root, file));
      let content;
      let map;
      try {
        content = loadContent(root);
        map = loadMapFiles(root, mapConfigOverride);
      } catch (e) {
        // Bad content is the author's mistake, not a bug: the message says where; the
        // validator's stack frames would only bury it.
        if (e instanceof ContentError) e.stack = `${e.name}: ${e.message}`;
        throw e;
      }
      if (id === RESOLVED) return `export default ${JSON.stringify(content)};`;
      if (id === '\0' + MAP_CONFIG) return `export default ${JSON.stringify(map.config)};`;
      const lang = id.slice(STAGE.length + 1) as Lang;
      const story = content.stories[lang];
      if (!story) this.error(`${id.slice(1)}: no edition "${lang}"`);
      return `export default ${JSON.stringify(stageData(story, content.figures))};`;
    },
  };
}
