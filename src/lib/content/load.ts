/**
 * Node-side: reads data/figures.json and every edition's copy, validates them and checks
 * that the editions agree. Used by the Vite plugin (so a bad file stops the build) and tests.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from './errors.ts';
import { EDITIONS } from './editions.ts';
import { validateFigures } from './figures.ts';
import { parseStory } from './story.ts';
import type { Figure, Lang, Story } from './types.ts';

export interface Content {
  figures: Figure[];
  stories: Partial<Record<Lang, Story>>;
}

function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ContentError(shown, null, 'file', 'cannot be read');
  }
}

export function loadFigures(path: string, shown = path): Figure[] {
  const text = readText(path, shown);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ContentError(shown, null, 'json', `not valid JSON (${(e as Error).message})`);
  }
  return validateFigures(raw, shown);
}

export function loadStory(path: string, figures: ReadonlyMap<string, Figure>, shown = path): Story {
  return parseStory(readText(path, shown), shown, figures);
}

/** Every edition has the same steps, in the same order, with the same figures and stage. */
export function checkEditionsAgree(stories: Partial<Record<Lang, Story>>): void {
  const entries = Object.entries(stories) as [Lang, Story][];
  const [base, ...rest] = entries;
  if (!base) return;
  for (const [lang, story] of rest) {
    const file = `data/story.${lang}.aml`;
    const ids = new Set(story.steps.map((s) => s.id));
    for (const step of base[1].steps) {
      if (!ids.has(step.id)) {
        throw new ContentError(file, `step "${step.id}"`, 'id', `missing (it is in ${base[0]})`);
      }
    }
    story.steps.forEach((step, i) => {
      const other = base[1].steps[i];
      const where = `step "${step.id}"`;
      if (!other || other.id !== step.id) {
        throw new ContentError(file, where, 'id', `not in ${base[0]} or not in the same order`);
      }
      if (other.stage !== step.stage) throw new ContentError(file, where, 'stage', 'differs');
      if (other.figures.join() !== step.figures.join()) {
        throw new ContentError(file, where, 'figures', 'differ between editions');
      }
    });
  }
}

export function loadContent(root: string, editions: readonly Lang[] = EDITIONS): Content {
  const figuresPath = join(root, 'data', 'figures.json');
  const figures = loadFigures(figuresPath, relative(root, figuresPath));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const stories: Partial<Record<Lang, Story>> = {};
  for (const lang of editions) {
    const path = join(root, 'data', `story.${lang}.aml`);
    stories[lang] = loadStory(path, byId, relative(root, path));
  }
  checkEditionsAgree(stories);
  return { figures, stories };
}
