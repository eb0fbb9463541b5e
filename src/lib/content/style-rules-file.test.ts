/** data/style-rules.json's schema: the real file passes; each kind of mistake is named. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleRules } from './style-rules-file';
import { RULES_FILE, STYLE_RULES } from '../../../tests/support/content/style-fixtures';
import { errorOf, expectNamed } from '../../../tests/support/content/test-corpus';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('validateStyleRules', () => {
  it('accepts the real data/style-rules.json, with budgets for both editions', () => {
    const raw: unknown = JSON.parse(readFileSync(resolve(ROOT, RULES_FILE), 'utf8'));
    const rules = validateStyleRules(raw, RULES_FILE);
    expect(rules['zh-CN'].cardBudget).toBe(120);
    expect(rules.en.cardBudget).toBe(280);
    expect(rules['zh-CN'].banned.map((b) => b.phrase)).toEqual(
      expect.arrayContaining(['优秀', '先进', '率先', '网红', '据称']),
    );
    expect(rules.en.banned.map((b) => b.phrase)).toEqual(
      expect.arrayContaining(['outstanding', 'advanced', 'pioneering', 'living off tourism']),
    );
  });

  it('fills the defaults: outside quotes false, max 0', () => {
    expect(STYLE_RULES['zh-CN'].banned[1]).toEqual({
      phrase: '据称',
      outsideQuotes: false,
      max: 0,
      why: 'reads as doubt',
    });
  });

  it.each([
    [
      'a missing budget',
      { 'zh-CN': { banned: [] }, en: { cardBudget: 60, banned: [] } },
      'zh-CN.cardBudget',
    ],
    [
      'a budget as text',
      { 'zh-CN': { cardBudget: '120', banned: [] }, en: { cardBudget: 60, banned: [] } },
      'zh-CN.cardBudget',
    ],
    ['a missing edition', { 'zh-CN': { cardBudget: 120, banned: [] } }, 'en'],
    ['an unknown edition', { fr: {}, 'zh-CN': { cardBudget: 120, banned: [] } }, 'fr'],
    [
      'a phrase without a reason',
      {
        'zh-CN': { cardBudget: 120, banned: [{ phrase: '优秀' }] },
        en: { cardBudget: 60, banned: [] },
      },
      'zh-CN.banned.0.why',
    ],
    [
      'a misspelt key',
      {
        'zh-CN': { cardBudget: 120, banned: [{ phrase: '优秀', why: 'w', outsideQuote: true }] },
        en: { cardBudget: 60, banned: [] },
      },
      'zh-CN.banned.0.outsideQuote',
    ],
    [
      'a repeated phrase',
      {
        'zh-CN': {
          cardBudget: 120,
          banned: [
            { phrase: '优秀', why: 'w' },
            { phrase: '优秀', why: 'x' },
          ],
        },
        en: { cardBudget: 60, banned: [] },
      },
      'zh-CN.banned',
    ],
    ['a list instead of an object', [], 'rules'],
  ])('refuses %s with one message naming the field', (_what, raw, field) => {
    expectNamed(
      errorOf(() => validateStyleRules(raw, RULES_FILE)),
      RULES_FILE,
      null,
      field,
    );
  });
});
