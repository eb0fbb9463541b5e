/**
 * Wrong shapes as ArchieML can write them (it has only text, lists and objects): a field
 * given as an object, a [list] or a {scope} where text is expected, a list of the wrong kind,
 * a missing field, and the ArchieML traps (a prose line read as a key, a misspelt key).
 * Each story is edited from story.full.aml and must fail with one named ContentError.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './story';
import {
  FIGURES,
  FULL_STORY,
  PLACES,
  errorOf,
  expectNamed,
  replaceOnce,
} from '../../../tests/support/content/test-corpus';

const FILE = 'data/story.zh-CN.aml';
const parse = (text: string) => parseStory(text, FILE, FIGURES, PLACES);

/** The text between "[name]" and its closing "[]", replaced by `by`. */
function replaceBlock(text: string, name: string, by: string): string {
  const start = text.indexOf(`[${name}]\n`);
  const end = text.indexOf('\n[]\n', start);
  if (start < 0 || end < 0) throw new Error(`no [${name}] block`);
  return text.slice(0, start) + by + text.slice(end + 4);
}

const step = (id: string) => `step "${id}"`;

describe('ArchieML shapes where text is expected', () => {
  it.each([
    ['title as an object', 'title: 标题', 'title.zh: 标题', null, 'title'],
    ['title as a [list]', 'title: 标题', '[title]\n* 标题\n[]', null, 'title'],
    ['dek as a {scope}', 'dek: 导语', '{dek}\nzh: 导语\n{}', null, 'dek'],
    [
      'published as an object',
      'published: 2026-11-29',
      'published.on: 2026-11-29',
      null,
      'published',
    ],
    [
      'a step text as an object',
      'text: 森林覆盖率{forest}。',
      'text.zh: 森林覆盖率{forest}。',
      step('district'),
      'text',
    ],
    [
      'a step text as a nested [list]',
      'text: 森林覆盖率{forest}。',
      '[.text]\n* 森林覆盖率{forest}。\n[]',
      step('district'),
      'text',
    ],
    [
      'figures as a nested [list]',
      'figures: households, villages',
      '[.figures]\n* households\n* villages\n[]',
      step('first'),
      'figures',
    ],
    ['map as text', 'map.view: district', 'map: district', step('district'), 'map'],
    [
      'map.view as an object',
      'map.view: district',
      'map.view.name: district',
      step('district'),
      'map.view',
    ],
    ['a section title as an object', 'title: 地方', 'title.zh: 地方', 'section "places"', 'title'],
    [
      'a source url as an object',
      'url: https://example.org/map',
      'url.href: https://example.org/map',
      'source #2',
      'url',
    ],
  ])('%s', (_what, from, to, item, field) => {
    expectNamed(
      errorOf(() => parse(replaceOnce(FULL_STORY, from, to))),
      FILE,
      item,
      field,
    );
  });
});

describe('ArchieML shapes where a list is expected', () => {
  it.each([
    ['sections as text', 'sections', 'sections: 开篇', null, 'sections'],
    ['steps as "* text" lines', 'steps', '[steps]\n* 第一步\n* 第二步\n[]', 'step #1', 'step'],
    ['steps as an empty list', 'steps', '[steps]\n[]', null, 'steps'],
    ['notes as key lines', 'notes', '[notes]\ntext: 一条说明\n[]', 'note #1', 'note'],
    ['sources as "* text" lines', 'sources', '[sources]\n* 原报道\n[]', 'source #1', 'source'],
  ])('%s', (_what, block, by, item, field) => {
    expectNamed(
      errorOf(() => parse(replaceBlock(FULL_STORY, block, by))),
      FILE,
      item,
      field,
    );
  });

  it('steps as a {scope}', () => {
    const text = replaceBlock(FULL_STORY, 'steps', '{steps}\nid: first\n{}');
    expectNamed(
      errorOf(() => parse(text)),
      FILE,
      null,
      'steps',
    );
  });
});

describe('missing fields', () => {
  it.each(['lang', 'title', 'dek', 'byline', 'published', 'description'])(
    'the story without %s',
    (key) => {
      const line = FULL_STORY.split('\n').find((l) => l.startsWith(`${key}: `)) ?? '';
      const err = errorOf(() => parse(replaceOnce(FULL_STORY, `${line}\n`, '')));
      expectNamed(err, FILE, null, key);
      expect(err.message).toMatch(/: missing$/);
    },
  );

  it.each([
    ['stage: units\n', step('first'), 'stage'],
    ['figures: forest\n', step('district'), 'figures'],
    ['text: 森林覆盖率{forest}。\n', step('district'), 'text'],
    ['map.fit: donggou, maojian\n', step('villages'), 'map'],
    ['title: 地方\n', 'section "places"', 'title'],
    ['by: 数据来源\n', 'source #2', 'by'],
  ])('without %j', (line, item, field) => {
    const [first] = line.split('\n');
    // Removing a block's first key would merge it into the one before; keep its other lines.
    const kept = line.slice(first.length + 1);
    const err = errorOf(() => parse(replaceOnce(FULL_STORY, line, kept)));
    expectNamed(err, FILE, item, field);
  });
});

describe('ArchieML traps', () => {
  it('a prose line that looks like a key, inside a multi-line text', () => {
    const text = replaceOnce(
      FULL_STORY,
      '示范村{villages}。',
      'Note: 见说明。\n示范村{villages}。',
    );
    const err = errorOf(() => parse(text));
    expectNamed(err, FILE, step('first'), 'Note');
    expect(err.message).toContain('unknown field');
  });

  const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

  it('a step that lost its "id:" line (ArchieML would merge it into the step before)', () => {
    const at = FULL_STORY.indexOf('id: villages');
    const text = replaceOnce(FULL_STORY, 'id: villages\nsection: places\n', 'section: places\n');
    const err = errorOf(() => parse(text));
    expectNamed(err, FILE, `line ${lineOf(text, at)}`, 'section');
    expect(err.message).toContain(
      `first at line ${lineOf(text, FULL_STORY.indexOf('section: places'))}`,
    );
  });

  it.each([
    ['in a step', 'stage: units', 'stage: units\nstage: bars', 'stage'],
    ['at the top level', 'dek: 导语', 'dek: 导语\ntitle: 又一个标题', 'title'],
    ['in a source', 'note: 边界', 'note: 边界\nnote: 又一条', 'note'],
  ])('a key written twice %s', (_where, from, to, key) => {
    const text = replaceOnce(FULL_STORY, from, to);
    const second = text.indexOf(`${key}: `, text.indexOf(from) + 1);
    expectNamed(
      errorOf(() => parse(text)),
      FILE,
      `line ${lineOf(text, second)}`,
      key,
    );
  });

  it('a misspelt key', () => {
    const err = errorOf(() => parse(replaceOnce(FULL_STORY, 'stage: units', 'stgae: units')));
    expectNamed(err, FILE, step('first'), 'stgae');
  });

  it('a misspelt list name', () => {
    const err = errorOf(() => parse(replaceOnce(FULL_STORY, '[sources]', '[source]')));
    expectNamed(err, FILE, null, 'source');
  });

  it('the unedited fixture is valid (so each failure above is the edit)', () => {
    const story = parse(FULL_STORY);
    expect(story.steps.map((s) => s.id)).toEqual(['first', 'district', 'villages']);
    expect(story.steps[1].map).toEqual({
      view: 'district',
      highlight: ['donggou', 'yingzi'],
      layers: ['outline', 'rivers'],
    });
    expect(story.steps[2].map).toEqual({ fit: ['donggou', 'maojian'] });
    expect(story.sources[1].url).toBe('https://example.org/map');
  });
});
