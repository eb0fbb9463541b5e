/**
 * Node-side: reads data/figures.json, data/places.json and every edition's copy, validates
 * them and checks that the editions agree. Used by the Vite plugin (so a bad file stops the
 * build) and tests. Files are read through readContentFile (size limit, UTF-8, not empty).
 */
import { join } from 'node:path';
import { ContentError, quote } from '../../src/lib/content/errors.ts';
import { EDITIONS } from '../../src/lib/content/editions.ts';
import { validateFigures } from '../../src/lib/content/figures.ts';
import { parseJsonText } from '../../src/lib/content/json-text.ts';
import { validatePlaceIds } from '../../src/lib/content/place-ids.ts';
import { readContentFile } from './read-content-file.ts';
import { checkContentStyle, validateStyleRules } from '../../src/lib/content/style-rules.ts';
import { parseStory } from '../../src/lib/content/story.ts';
import type { Content, Figure, Lang, Story } from '../../src/lib/content/types.ts';

function loadJson(path: string, shown: string): unknown {
  return parseJsonText(readContentFile(path, shown), shown);
}

export function loadFigures(path: string, shown = path): Figure[] {
  return validateFigures(loadJson(path, shown), shown);
}

export function loadPlaceIds(path: string, shown = path): Set<string> {
  return validatePlaceIds(loadJson(path, shown), shown);
}

/** `places`, when given, are the ids map.fit and map.highlight may name. */
export function loadStory(
  path: string,
  figures: ReadonlyMap<string, Figure>,
  shown = path,
  places?: ReadonlySet<string>,
): Story {
  return parseStory(readContentFile(path, shown), shown, figures, places);
}

/** Every edition has the same steps, in the same order, with the same section, stage, figures. */
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
      if (other.section !== step.section) {
        throw new ContentError(
          file,
          where,
          'section',
          `differs (${base[0]}: ${quote(other.section)})`,
        );
      }
      if (other.stage !== step.stage) throw new ContentError(file, where, 'stage', 'differs');
      if (other.figures.join() !== step.figures.join()) {
        throw new ContentError(file, where, 'figures', 'differ between editions');
      }
    });
  }
}

export function loadContent(root: string, editions: readonly Lang[] = EDITIONS): Content {
  const shown = (name: string) => `data/${name}`;
  const figures = loadFigures(join(root, 'data', 'figures.json'), shown('figures.json'));
  const places = loadPlaceIds(join(root, 'data', 'places.json'), shown('places.json'));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const stories: Partial<Record<Lang, Story>> = {};
  for (const lang of editions) {
    const name = `story.${lang}.aml`;
    const story = loadStory(join(root, 'data', name), byId, shown(name), places);
    if (story.meta.lang !== lang) {
      const detail = `is ${quote(story.meta.lang)}, but the file is the ${lang} edition`;
      throw new ContentError(shown(name), null, 'lang', detail);
    }
    stories[lang] = story;
  }
  checkEditionsAgree(stories);
  const rules = shown('style-rules.json');
  checkContentStyle(
    stories,
    byId,
    validateStyleRules(loadJson(join(root, 'data', 'style-rules.json'), rules), rules),
  );
  return { figures, stories };
}
