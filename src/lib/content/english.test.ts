/**
 * The English edition (data/story.en.aml) against the Chinese one: same steps in the same
 * order, every figure carried in both, every checklist figure present, and no Chinese
 * characters except a name's characters right after its pinyin ("Donggou (东沟)") or, in notes
 * and sources, a quotation of the report. Loads both editions explicitly, whatever EDITIONS
 * says, so the check runs before the English edition is switched on.
 */
import { resolve } from 'node:path';
import { CHECKLIST } from '../../../tests/support/content/checklist';
import { describe, expect, it } from 'vitest';
import { renderTokens } from '../format/number';
import { hasHan, stripAllowedHan, stripQuotedHan } from '../../../tests/support/content/han';
import { loadContent } from '../../../scripts/content/load-content';
import type { Story } from './types';

const root = resolve(import.meta.dirname, '../../..');
const content = loadContent(root, ['zh-CN', 'en']);
const zh = content.stories['zh-CN'] as Story;
const en = content.stories.en as Story;
const figures = new Map(content.figures.map((f) => [f.id, f]));

const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const tokensOf = (paragraphs: string[]) =>
  new Set(paragraphs.flatMap((p) => [...p.matchAll(TOKEN)].map((m) => m[1] ?? '')));
const rendered = (p: string) =>
  renderTokens(p, figures, 'en')
    .map((part) => part.text)
    .join('');

/** What is left of Chinese once the allowed names are taken out, or '' if none. */
function leftoverHan(text: string, strip: (t: string) => string = stripAllowedHan): string {
  const rest = strip(text);
  return hasHan(rest) ? rest : '';
}

describe('the English edition', () => {
  it('loads and agrees with the Chinese edition', () => {
    expect(en.meta.lang).toBe('en');
    expect(en.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(en.meta.byline.length).toBeGreaterThan(0);
  });

  it('has the same sections, in the same order', () => {
    expect(en.sections.map((s) => s.id)).toEqual(zh.sections.map((s) => s.id));
  });

  it('has the same steps in the same order, with the same section, stage, figures and map', () => {
    expect(en.steps.map((s) => s.id)).toEqual(zh.steps.map((s) => s.id));
    en.steps.forEach((step, i) => {
      const other = zh.steps[i];
      expect({ ...step, paragraphs: [] }, step.id).toEqual({ ...other, paragraphs: [] });
    });
  });

  it.each(zh.steps.map((s, i) => [s.id, s, en.steps[i]] as const))(
    '%s carries the same figure tokens as the Chinese step',
    (_id, zhStep, enStep) => {
      const zhTokens = [...tokensOf(zhStep.paragraphs)].sort();
      const enTokens = [...tokensOf(enStep?.paragraphs ?? [])].sort();
      expect(enTokens).toEqual(zhTokens);
    },
  );

  it('renders every step to text with no token left', () => {
    for (const step of en.steps) {
      for (const p of step.paragraphs) expect(rendered(p), step.id).not.toMatch(/[{}]/);
    }
  });

  it('shows no Chinese in title, dek, description and section titles, except names', () => {
    const texts = [
      en.meta.title,
      en.meta.dek,
      en.meta.description,
      en.meta.byline,
      ...en.sections.map((s) => s.title),
    ];
    expect(texts.map((t) => leftoverHan(t)).filter(Boolean)).toEqual([]);
  });

  it.each(en.steps.map((s) => [s.id, s] as const))(
    '%s shows no Chinese except names after their pinyin',
    (_id, step) => {
      const leftovers = step.paragraphs.map((p) => leftoverHan(rendered(p))).filter(Boolean);
      expect(leftovers).toEqual([]);
    },
  );

  it('shows no Chinese in notes and sources except names and quotations of the report', () => {
    const texts = [...en.notes, ...en.sources.flatMap((s) => [s.title, s.by, s.note, s.url ?? ''])];
    expect(texts.map((t) => leftoverHan(t, stripQuotedHan)).filter(Boolean)).toEqual([]);
  });

  it('names every place in the report’s own characters at least once', () => {
    const all = [en.meta.dek, ...en.steps.flatMap((s) => s.paragraphs)].join('\n');
    for (const name of [
      'Maojian District (茅箭区)',
      'Shiyan (十堰)',
      'Jingshan (京山)',
      'Pujiang (蒲江)',
      'Nanbu (南部)',
      'Donggou (东沟)',
      'Yingzi (营子)',
      'Majiahe (马家河)',
    ]) {
      expect(all, name).toContain(name);
    }
  });

  it('keeps each step short for a phone (at most 60 words once figures are filled in)', () => {
    for (const step of en.steps) {
      const words = step.paragraphs.map(rendered).join(' ').split(/\s+/).filter(Boolean);
      expect(words.length, step.id).toBeLessThanOrEqual(60);
    }
  });

  it('carries every figure of the checklist in its text or figures', () => {
    const ids = CHECKLIST;
    expect(ids.length).toBeGreaterThan(50);
    const used = new Set(en.steps.flatMap((s) => [...tokensOf(s.paragraphs), ...s.figures]));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it('prints every figure that the Chinese text prints', () => {
    const zhUsed = tokensOf(zh.steps.flatMap((s) => s.paragraphs));
    const enUsed = tokensOf(en.steps.flatMap((s) => s.paragraphs));
    expect([...zhUsed].filter((id) => !enUsed.has(id))).toEqual([]);
  });

  it('explains the Qinba garden and the misprint in a note', () => {
    expect(
      en.steps.some((s) => s.paragraphs.join().includes('Qinba Ecological Botanical Garden')),
    ).toBe(true);
    expect(
      en.notes.some(
        (n) =>
          n.includes('泰巴') && n.includes('秦巴') && n.includes('Qinba') && n.includes('Majiahe'),
      ),
    ).toBe(true);
  });

  it('lists the same sources as the Chinese edition', () => {
    expect(en.sources).toHaveLength(zh.sources.length);
    expect(en.sources.map((s) => s.url)).toEqual(zh.sources.map((s) => s.url));
    expect(en.sources[0]?.by).toContain('Wang Yanbo (王雁博)');
    expect(en.sources[0]?.title).toContain('建强堡垒强引领');
  });
});
