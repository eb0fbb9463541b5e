/**
 * Ids checked across the content files by loadContent: a story's language and its file name,
 * places the story names against data/places.json, a step's section in both editions.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  FULL_STORY,
  errorOf,
  expectNamed,
  placeWithId,
  replaceOnce,
  changedRoots,
} from '../../../tests/support/content/test-corpus';

const step = (id: string) => `step "${id}"`;

describe('across files (loadContent)', () => {
  const roots = changedRoots('ids');
  afterAll(() => roots.remove());
  const load = roots.load;

  it('the valid root loads (so each failure below is its change)', () => {
    expect(Object.keys(load(() => {})().stories)).toEqual(['zh-CN', 'en']);
  });

  it('a story whose lang is not its file name', () => {
    const run = load((f) => (f['data/story.en.aml'] = FULL_STORY));
    expectNamed(errorOf(run), 'data/story.en.aml', null, 'lang');
  });

  it('a place the story names that data/places.json lacks', () => {
    const places = JSON.stringify([placeWithId('donggou'), placeWithId('yingzi')]);
    const run = load((f) => (f['data/places.json'] = places));
    const err = errorOf(run);
    expectNamed(err, 'data/story.zh-CN.aml', step('villages'), 'map.fit');
    expect(err.message).toContain('unknown place id "maojian"');
  });

  it('a step whose section differs between the editions', () => {
    const run = load((f) => {
      const en = f['data/story.en.aml'];
      f['data/story.en.aml'] = replaceOnce(
        en,
        'id: district\nsection: places',
        'id: district\nsection: opening',
      );
    });
    expectNamed(errorOf(run), 'data/story.en.aml', step('district'), 'section');
  });

  it('a missing data/places.json', () => {
    const run = load((f) => delete f['data/places.json']);
    const err = errorOf(run);
    expect(err.message).toBe('data/places.json: field "file": cannot be read (ENOENT)');
  });
});
