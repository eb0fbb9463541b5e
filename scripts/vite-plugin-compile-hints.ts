/**
 * Build plugin: every script chunk but the page's first script starts with V8's explicit
 * compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and later; other engines read a
 * comment). V8 then compiles all of the chunk's functions when the chunk loads, on a background
 * thread while it streams in, instead of compiling each one on the main thread the first time it
 * runs. Without it, the first chart of each kind, the map and the first marker tap compiled
 * their code lazily inside the very tasks the reader waits on (the commit of the story's first
 * chart change held about 40 of its 100–110 ms of CPU time at 6x in compilation: docs/bench.md).
 * The first script (under 1 kB, the one script before the first paint) is left as it is.
 * Client build only; added after minification, which would drop the comment.
 */
import type { Plugin } from 'vite';

/** The magic comment; it must be the file's very first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunk of the page's first script (vite.config.ts names index.html's entry `main`). */
export const FIRST_SCRIPT = 'main';

export interface ChunkLike {
  type: 'chunk' | 'asset';
  name?: string;
  isEntry?: boolean;
}

/** Whether a bundle item gets the hint: a script chunk, not the first script's. */
export function wantsCompileHint(item: ChunkLike): boolean {
  return item.type === 'chunk' && !(item.isEntry && item.name === FIRST_SCRIPT);
}

/** The code with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code;
}

export function compileHintsPlugin(): Plugin {
  let ssr = false;
  return {
    name: 'compile-hints',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    generateBundle(_options, bundle) {
      if (ssr) return;
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk' && wantsCompileHint(item)) item.code = withCompileHint(item.code);
      }
    },
  };
}
