import { describe, it, expect, vi } from 'vitest';
import { resolve } from 'node:path';
import { loadFigures, loadStory } from '../../../scripts/content/load-content';
import { UI } from '../i18n/ui';
import { stepFigures } from '../story/derive';
import { buildScene, type SceneInput } from './build';
import { createSceneCache, sceneKey } from './scene-cache';

const data = resolve(import.meta.dirname, '../../../data');
const figures = new Map(loadFigures(resolve(data, 'figures.json')).map((f) => [f.id, f]));
const steps = loadStory(resolve(data, 'story.zh-CN.aml'), figures).steps.filter(
  (s) => s.stage !== 'map',
);
const [a, b, c] = steps;

function input(step = a!, extra: Partial<SceneInput> = {}): SceneInput {
  return {
    step,
    figures: stepFigures(step, figures),
    lang: 'zh-CN',
    ui: UI['zh-CN'],
    width: 358,
    height: 404,
    ...extra,
  };
}

describe('createSceneCache', () => {
  it('gives the scene buildScene gives, built once per input', () => {
    const build = vi.fn(buildScene);
    const cache = createSceneCache(4, build);
    const first = cache.get(input());
    expect(first.built).toBe(true);
    expect(first.scene).toEqual(buildScene(input()));
    // A new but equal input (new figures array, same figure objects) is a hit.
    const again = cache.get(input());
    expect(again).toEqual({ scene: first.scene, built: false });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds again for any other box, lit count, text scale, language or step', () => {
    const build = vi.fn(buildScene);
    const cache = createSceneCache(16, build);
    const variants = [
      input(),
      input(a, { width: 359 }),
      input(a, { height: 300 }),
      input(a, { lit: 1 }),
      input(a, { textScale: 1.5 }),
      input(a, { lang: 'en', ui: UI.en }),
      input(b),
    ];
    for (const v of variants) expect(cache.get(v).built).toBe(true);
    expect(new Set(variants.map(sceneKey)).size).toBe(variants.length);
    for (const v of variants) expect(cache.get(v).built).toBe(false);
    expect(build).toHaveBeenCalledTimes(variants.length);
  });

  it('does not use an entry made from other step or figure objects under the same key', () => {
    const cache = createSceneCache();
    cache.get(input());
    const changed = { ...a! };
    expect(cache.has(input(changed))).toBe(false);
    const otherFigures = input(a, { figures: input().figures.map((f) => ({ ...f })) });
    expect(cache.get(otherFigures).built).toBe(true);
  });

  it('keeps at most `limit` scenes, dropping the least recently used', () => {
    const cache = createSceneCache(2);
    cache.get(input(a));
    cache.get(input(b));
    cache.get(input(a)); // a is now the most recent
    cache.get(input(c));
    expect(cache.size).toBe(2);
    expect(cache.has(input(a))).toBe(true);
    expect(cache.has(input(b))).toBe(false);
    expect(cache.has(input(c))).toBe(true);
  });

  it('rejects a limit below one', () => {
    expect(() => createSceneCache(0)).toThrow(RangeError);
  });
});
