/**
 * Validation with deliberately broken fixtures (tests/fixtures/content): each mistake stops
 * loading with one ContentError naming the file, the step (or figure) and the field.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ContentError } from './errors';
import { checkEditionsAgree, loadFigures, loadStory } from '../../../scripts/content/load-content';
import type { Figure, Story } from './types';

const dir = resolve(import.meta.dirname, '../../../tests/fixtures/content');
const fixture = (name: string) => resolve(dir, name);
const figures = new Map(loadFigures(fixture('figures.ok.json')).map((f) => [f.id, f]));

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return e as ContentError;
  }
  throw new Error('expected a ContentError, but loading succeeded');
}

describe('a valid story', () => {
  it('loads with paragraphs, map fields and notes', () => {
    const story = loadStory(fixture('story.ok.aml'), figures, 'story.ok.aml');
    expect(story.meta.lang).toBe('zh-CN');
    expect(story.steps.map((s) => s.id)).toEqual(['first', 'second']);
    expect(story.steps[0].paragraphs).toEqual(['结对帮扶{households}。', '第二段。']);
    expect(story.steps[1].map).toEqual({ view: 'district' });
    expect(story.notes).toEqual(['一条说明']);
    expect(story.sources[0].by).toBe('记者王雁博');
  });
});

describe('broken stories', () => {
  it.each([
    ['story.unknown-figure.aml', 'second', 'figures', 'unknown figure id "teams-35"'],
    ['story.unknown-token.aml', 'second', 'text', 'unknown figure id "{forest-cover}"'],
    ['story.duplicate-step.aml', 'first', 'id', 'duplicate step id'],
    ['story.unknown-stage.aml', 'second', 'stage', 'unknown stage kind "piechart"'],
    ['story.missing-text.aml', 'second', 'text', 'missing'],
    ['story.malformed-number.aml', 'second', 'text', 'malformed number'],
    ['story.bad-id.aml', 'Second Step', 'id', 'kebab-case'],
    ['story.unknown-section.aml', 'first', 'section', 'unknown section "middle"'],
    [
      'story.bad-map.aml',
      'second',
      'map.zoom',
      'unknown field (known: view, fit, highlight, layers)',
    ],
  ])('%s → step "%s", field "%s"', (file, step, field, detail) => {
    const err = errorOf(() => loadStory(fixture(file), figures, file));
    expect(err.file).toBe(file);
    expect(err.item).toBe(`step "${step}"`);
    expect(err.field).toBe(field);
    expect(err.message).toContain(file);
    expect(err.message).toContain(`step "${step}"`);
    expect(err.message).toContain(`field "${field}"`);
    expect(err.message).toContain(detail);
  });

  it.each([
    ['story.empty.aml', 'file'],
    ['story.not-archieml.aml', 'story'],
  ])('%s names the file and says what is wrong', (file, field) => {
    const err = errorOf(() => loadStory(fixture(file), figures, file));
    expect(err.message).toMatch(new RegExp(`^${file.replace('.', '\\.')}: field "${field}"`));
  });

  it('a missing file is one clear message', () => {
    const err = errorOf(() => loadStory(fixture('nope.aml'), figures, 'data/nope.aml'));
    expect(err.message).toBe('data/nope.aml: field "file": cannot be read (ENOENT)');
  });
});

describe('broken figures', () => {
  it.each([
    ['figures.string-number.json', 'households', 'value', 'JSON number'],
    ['figures.percent-over.json', 'forest', 'value', '0..100'],
    ['figures.duplicate.json', 'households', 'id', 'duplicate figure id'],
    ['figures.count-decimal.json', 'households', 'value', 'whole number'],
    ['figures.fraction-no-of.json', 'forest', 'of', 'denominator'],
    ['figures.missing-label.json', 'households', 'label', ''],
    ['figures.bad-approx.json', 'households', 'approx', '"多", "余" or null'],
    ['figures.bad-kind.json', 'households', 'kind', 'must be one of'],
  ])('%s → figure "%s", field "%s"', (file, id, field, detail) => {
    const err = errorOf(() => loadFigures(fixture(file), file));
    expect(err.message).toContain(`${file}: figure "${id}" field "${field}"`);
    expect(err.message).toContain(detail);
  });

  it('figures.truncated.json is reported as bad JSON', () => {
    const file = 'figures.truncated.json';
    const err = errorOf(() => loadFigures(fixture(file), file));
    expect(err.message).toMatch(/^figures\.truncated\.json: field "json": not valid JSON/);
  });

  it('figures.empty.json is reported as empty', () => {
    const err = errorOf(() => loadFigures(fixture('figures.empty.json'), 'figures.empty.json'));
    expect(err.message).toBe('figures.empty.json: field "file": is empty (0 bytes)');
  });
});

describe('editions agree', () => {
  const base = loadStory(fixture('story.ok.aml'), figures, 'story.ok.aml');
  const other = (change: (s: Story) => void): Story => {
    const copy = structuredClone(base);
    change(copy);
    return copy;
  };

  it('accepts the same steps', () => {
    expect(() => checkEditionsAgree({ 'zh-CN': base, en: other(() => {}) })).not.toThrow();
  });

  it.each([
    ['a missing step', (s: Story) => s.steps.pop(), 'second', 'id'],
    ['another order', (s: Story) => s.steps.reverse(), 'second', 'id'],
    ['another stage', (s: Story) => (s.steps[1].stage = 'numbers'), 'second', 'stage'],
    ['other figures', (s: Story) => (s.steps[0].figures = ['forest']), 'first', 'figures'],
    [
      'another emphasis',
      (s: Story) => (s.steps[0].emphasis = { figures: ['households'] }),
      'first',
      'emphasis',
    ],
  ])('rejects %s', (_what, change, step, field) => {
    const err = errorOf(() => checkEditionsAgree({ 'zh-CN': base, en: other(change) }));
    expect(err.file).toBe('data/story.en.aml');
    expect(err.item).toBe(`step "${step}"`);
    expect(err.field).toBe(field);
  });
});

describe('figure records', () => {
  it('are returned as typed records', () => {
    const list: Figure[] = [...figures.values()];
    expect(list.map((f) => f.id)).toEqual(['households', 'forest']);
  });
});
