import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  FIRST_SCRIPT,
  compileHintsPlugin,
  wantsCompileHint,
  withCompileHint,
} from './vite-plugin-compile-hints';

describe('withCompileHint', () => {
  it('puts the hint on the first line, once', () => {
    const code = 'import{a as e}from"./x.js";e();';
    expect(withCompileHint(code)).toBe(`//# allFunctionsCalledOnLoad\n${code}`);
    expect(withCompileHint(withCompileHint(code))).toBe(withCompileHint(code));
  });
});

describe('wantsCompileHint', () => {
  it('hints script chunks, entries included, but not the first script or assets', () => {
    expect(wantsCompileHint({ type: 'chunk', name: 'ui', isEntry: false })).toBe(true);
    expect(wantsCompileHint({ type: 'chunk', name: 'page-en', isEntry: true })).toBe(true);
    expect(wantsCompileHint({ type: 'chunk', name: FIRST_SCRIPT, isEntry: true })).toBe(false);
    // A shared chunk that happens to carry the name is still hinted: only the entry is exempt.
    expect(wantsCompileHint({ type: 'chunk', name: FIRST_SCRIPT, isEntry: false })).toBe(true);
    expect(wantsCompileHint({ type: 'asset', name: 'style.css' })).toBe(false);
  });
});

describe('compileHintsPlugin in a minified build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'main.js'), 'export function boot() { return import("./page.js"); }\n');
  writeFileSync(
    join(dir, 'page.js'),
    '/* a comment the minifier drops */\nexport function draw(n) { return n * 2; }\n' +
      'export const lazy = () => import("./late.js");\n',
  );
  writeFileSync(join(dir, 'late.js'), 'export function later() { return 1; }\n');

  async function chunks(plugins = [compileHintsPlugin()], ssr = false) {
    const out = (await build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins,
      build: {
        write: false,
        ssr,
        minify: true,
        rollupOptions: {
          input: { [FIRST_SCRIPT]: join(dir, 'main.js'), page: join(dir, 'page.js') },
        },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const output = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
    return output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  }

  it('starts every chunk but the first script with the hint, after minification', async () => {
    const built = await chunks();
    expect(built.map((c) => c.name).sort()).toEqual(['late', FIRST_SCRIPT, 'page'].sort());
    for (const c of built) {
      if (c.name === FIRST_SCRIPT) expect(c.code.startsWith('//#'), c.fileName).toBe(false);
      else expect(c.code.startsWith(COMPILE_HINT), c.fileName).toBe(true);
      expect(c.code).not.toContain('a comment the minifier drops');
    }
  });

  it('leaves a build without it, and the server build, as they were', async () => {
    for (const c of await chunks([])) expect(c.code).not.toContain('allFunctionsCalledOnLoad');
    for (const c of await chunks([compileHintsPlugin()], true))
      expect(c.code).not.toContain('allFunctionsCalledOnLoad');
  });
});
