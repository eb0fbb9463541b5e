/**
 * Shared by the content validators' tests: the fixtures of tests/fixtures/content, temporary
 * data folders, and the check that a failure is one ContentError naming file, item and field.
 */
import { expect } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import archieml from 'archieml';
import { ContentError } from '../../../src/lib/content/errors';
import { loadContent, loadFigures, loadPlaceIds } from '../../../scripts/content/load-content';
import type { Figure } from '../../../src/lib/content/types';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/content');
export const fixture = (name: string): string => join(FIXTURES, name);
export const fixtureText = (name: string): string => readFileSync(fixture(name), 'utf8');

/** figures.all-kinds.json: one figure of each kind, with `of` and `items`. */
export const ALL_KINDS = loadFigures(fixture('figures.all-kinds.json'));
export const FIGURES: ReadonlyMap<string, Figure> = new Map(ALL_KINDS.map((f) => [f.id, f]));
/** places.ok.json's ids. */
export const PLACES = loadPlaceIds(fixture('places.ok.json'));
/** places.ok.json's places (parsed, not validated): for edited copies. */
export const placesRaw = (): Record<string, unknown>[] =>
  JSON.parse(fixtureText('places.ok.json')) as Record<string, unknown>[];
/** A valid place record with this id (a copy of places.ok.json's second place). */
export const placeWithId = (id: string): Record<string, unknown> => ({ ...placesRaw()[1], id });

/** The map's files in a valid content root, from tests/fixtures/content/geo. */
export const GEO_FIXTURES = [
  'shiyan-districts.json',
  'maojian-outline.json',
  'rivers.json',
  'provinces.json',
  'study-tour.json',
  'attribution.json',
];
/** story.full.aml: every story field, two map steps (one with a view, one fitting places). */
export const FULL_STORY = fixtureText('story.full.aml');
/** story.full.aml as ArchieML parses it (before validation). */
export const fullStoryRaw = (): Record<string, unknown> =>
  archieml.load(FULL_STORY) as Record<string, unknown>;

/** Runs `run` and returns its ContentError; any other outcome fails the test. */
export function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw new Error(`expected a ContentError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a ContentError, but validation succeeded');
}

/**
 * The error names `file`, `item` (a step, figure, … or null) and `field`, and says what is
 * wrong in words: never undefined, [object Object] or an empty detail.
 */
export function expectNamed(
  err: ContentError,
  file: string,
  item: string | null,
  field: string,
): void {
  expect({ file: err.file, item: err.item, field: err.field }).toEqual({ file, item, field });
  const prefix = `${file}:${item === null ? '' : ` ${item}`} field "${field}": `;
  expect(err.message.startsWith(prefix), `${err.message}\n  should start with ${prefix}`).toBe(
    true,
  );
  const detail = err.message.slice(prefix.length);
  expect(detail.trim().length).toBeGreaterThan(0);
  expect(detail).not.toMatch(/undefined|\[object Object\]/);
  // valibot's own default words ("Invalid type: Expected …") mean a schema lacks its message.
  expect(detail).not.toMatch(/^Invalid |: Invalid /);
  expect(err.message).not.toContain('\n');
}

/** Replaces the single occurrence of `from`; fails if it occurs 0 or 2+ times. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`"${from}" must occur exactly once in the fixture`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A temporary folder; `write` puts files in it, `remove` deletes it. */
export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, content: string | Uint8Array): string {
      const path = join(dir, name);
      mkdirSync(resolve(path, '..'), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The files of a valid content root (data/…): figures, places, style rules, both editions,
 * the map's layers, credits and config.
 */
export function validRoot(): Record<string, string> {
  return {
    'data/figures.json': fixtureText('figures.all-kinds.json'),
    'data/places.json': fixtureText('places.ok.json'),
    'data/style-rules.json': fixtureText('style-rules.ok.json'),
    'data/story.zh-CN.aml': FULL_STORY,
    'data/story.en.aml': replaceOnce(FULL_STORY, 'lang: zh-CN', 'lang: en'),
    ...Object.fromEntries(GEO_FIXTURES.map((f) => [`data/geo/${f}`, fixtureText(`geo/${f}`)])),
    'data/map.config.json': fixtureText('map.config.json'),
  };
}

/**
 * Content roots made from the valid one, in a temporary folder: `write(change)` writes a fresh
 * copy with `change` applied to its files and gives its path; `load(change)` writes one and
 * gives the call that loads it (loadContent); `remove` deletes them all.
 */
export function changedRoots(prefix: string) {
  const tmp = tempDir(prefix);
  let count = 0;
  function write(change: (files: Record<string, string>) => void = () => {}): string {
    const files = validRoot();
    change(files);
    const name = `root-${count++}`;
    for (const [file, text] of Object.entries(files)) tmp.write(`${name}/${file}`, text);
    return tmp.path(name);
  }
  function load(change: (files: Record<string, string>) => void) {
    const dir = write(change);
    return () => loadContent(dir);
  }
  return { write, load, remove: tmp.remove };
}
