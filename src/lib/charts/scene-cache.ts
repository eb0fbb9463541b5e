/**
 * Scenes already built, so a step the reader scrolls back to (or one built ahead in idle time,
 * see ChartLayer) draws without building its scene again. A scene is pure in its input, so a
 * cached one is the one buildScene would give: an entry is used only for the same step and
 * figure objects, language, box, lit count and text scale. Least recently used entries go first.
 */
import { buildScene, type SceneInput } from './build';
import type { Scene } from './chart-scene';

export interface SceneCache {
  /** The scene for `input`, built now unless cached; `built` says which. */
  get(input: SceneInput): { scene: Scene; built: boolean };
  /** Whether `input`'s scene is cached (does not build it, does not count as a use). */
  has(input: SceneInput): boolean;
  readonly size: number;
}

interface Entry {
  input: SceneInput;
  scene: Scene;
}

/** The parts of an input that are plain values (objects are compared by identity). */
export function sceneKey(input: SceneInput): string {
  const { step, lang, width, height, lit, textScale = 1 } = input;
  return `${lang}|${step.id}|${width}x${height}|${lit ?? '-'}|${textScale}`;
}

function sameObjects(a: SceneInput, b: SceneInput): boolean {
  return (
    a.step === b.step &&
    a.ui === b.ui &&
    a.figures.length === b.figures.length &&
    a.figures.every((f, i) => f === b.figures[i])
  );
}

export function createSceneCache(limit = 16, build = buildScene): SceneCache {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Invalid limit ${limit}`);
  const entries = new Map<string, Entry>();
  const find = (input: SceneInput): [string, Entry | undefined] => {
    const key = sceneKey(input);
    const entry = entries.get(key);
    return [key, entry && sameObjects(entry.input, input) ? entry : undefined];
  };
  return {
    get(input) {
      const [key, entry] = find(input);
      entries.delete(key);
      if (entry) {
        entries.set(key, entry);
        return { scene: entry.scene, built: false };
      }
      const scene = build(input);
      entries.set(key, { input, scene });
      for (const old of entries.keys()) {
        if (entries.size <= limit) break;
        entries.delete(old);
      }
      return { scene, built: true };
    },
    has: (input) => find(input)[1] !== undefined,
    get size() {
      return entries.size;
    },
  };
}
