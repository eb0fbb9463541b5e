/**
 * The house style's mechanical rules (style-check.ts, data/style-rules.json): each rule has a
 * failing fixture and a passing one, and the real content passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../../../scripts/content/load-content';
import { charCount, printedText } from './printed-text';
import { checkContentStyle, checkFigureStyle, checkStyle } from './style-check';
import { validateStyleRules } from './style-rules-file';
import {
  RULES_FILE,
  STYLE_FIGURES as FIGURES,
  STYLE_RULES,
  storyOf,
} from '../../../tests/support/content/style-fixtures';
import { countFigure } from '../../../tests/support/content/test-figures';
import {
  changedRoots,
  errorOf,
  expectNamed,
  replaceOnce,
} from '../../../tests/support/content/test-corpus';
import type { Lang, Story } from './types';

const ROOT = resolve(import.meta.dirname, '../../..');
const file = (lang: Lang) => `data/story.${lang}.aml`;
const check = (s: Story) => () => checkStyle(s, FIGURES, STYLE_RULES, file(s.meta.lang));

describe('card length budget (printed text, figures filled in)', () => {
  it('passes a card at the budget and fails one character over it', () => {
    const at = storyOf('zh-CN', [['一二三四五六七八九十', '一二三四五六七八九十']]);
    expect(check(at)).not.toThrow();
    const over = storyOf('zh-CN', [['一二三四五六七八九十', '一二三四五六七八九十一']]);
    const err = errorOf(check(over));
    expectNamed(err, file('zh-CN'), 'step "step-1"', 'text');
    expect(err.message).toContain('21 characters');
    expect(err.message).toContain('at most 20');
  });

  it('fails a card that a figure pushes over the budget', () => {
    // 13 characters typed around the figure, 20 printed: the figure adds seven.
    expect(check(storyOf('zh-CN', [['共改建{toilets}，工作组一二三四五六']]))).not.toThrow();
    expectNamed(
      errorOf(check(storyOf('zh-CN', [['共改建{toilets}，工作组一二三四五六七']]))),
      file('zh-CN'),
      'step "step-1"',
      'text',
    );
  });
});

describe('English numerals one to nine', () => {
  it('fails a note of the English edition, not the Chinese', () => {
    const en = storyOf('en', [['Fine.']], ['It covers 3 villages.']);
    const err = errorOf(check(en));
    expectNamed(err, file('en'), 'note #1', 'note');
    expect(err.message).toContain('numeral "3"');
    expect(check(storyOf('zh-CN', [['好。']], ['共3个村。']))).not.toThrow();
  });

  it('exempts figures, which the formatting code spells out', () => {
    expect(check(storyOf('en', [['{groups} met.']]))).not.toThrow();
  });
});

describe('banned phrases', () => {
  it('allows a praise word inside quotation marks only', () => {
    expect(check(storyOf('zh-CN', [['表扬了“优秀党员”。']]))).not.toThrow();
    const err = errorOf(check(storyOf('zh-CN', [['好。'], ['他是优秀党员。']])));
    expectNamed(err, file('zh-CN'), 'step "step-2"', 'text');
    expect(err.message).toContain('"优秀"');
    expect(err.message).toContain('only inside quotation marks');
    expect(check(storyOf('en', [['They named “outstanding members”.']]))).not.toThrow();
    expectNamed(
      errorOf(check(storyOf('en', [['They were Outstanding.']]))),
      file('en'),
      'step "step-1"',
      'text',
    );
  });

  it('refuses a phrase that is never allowed, also in a quotation', () => {
    expectNamed(
      errorOf(check(storyOf('zh-CN', [['“据称”如此。']]))),
      file('zh-CN'),
      'step "step-1"',
      'text',
    );
    expectNamed(
      errorOf(check(storyOf('en', [['Half are living off tourism.']]))),
      file('en'),
      'step "step-1"',
      'text',
    );
  });

  it('counts a limited phrase over the whole edition and names the step that goes over', () => {
    expect(check(storyOf('zh-CN', [['据报道，甲。'], ['据报道，乙。']]))).not.toThrow();
    const err = errorOf(
      check(storyOf('zh-CN', [['据报道，甲。'], ['据报道，乙。'], ['丙。'], ['据报道，丁。']])),
    );
    expectNamed(err, file('zh-CN'), 'step "step-4"', 'text');
    expect(err.message).toContain('at most 2 times');
  });

  it('checks the title, dek and description too', () => {
    const s = storyOf('zh-CN', [['好。']]);
    s.meta.dek = '优秀的做法';
    expectNamed(errorOf(check(s)), file('zh-CN'), null, 'dek');
  });

  it('checks the words of the figures (chart headings and legends)', () => {
    const praised = countFigure('x', 28, { unit: { zh: '名优秀干部', en: 'cadres' } });
    const err = errorOf(() => checkFigureStyle([praised], STYLE_RULES, 'data/figures.json'));
    expectNamed(err, 'data/figures.json', 'figure "x"', 'unit.zh');
    const quoted = countFigure('x', 28, {
      unit: { zh: '名“优秀干部”', en: '“outstanding” cadres' },
    });
    expect(() => checkFigureStyle([quoted], STYLE_RULES, 'data/figures.json')).not.toThrow();
  });
});

describe('the real content', () => {
  const content = loadContent(ROOT, ['zh-CN', 'en']);
  const figures = new Map(content.figures.map((f) => [f.id, f]));

  it('keeps every card within its edition’s budget', () => {
    const rules = validateStyleRules(
      JSON.parse(readFileSync(resolve(ROOT, RULES_FILE), 'utf8')) as unknown,
      RULES_FILE,
    );
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const s of content.stories[lang]!.steps) {
        const chars = charCount(printedText(s.paragraphs, figures, lang));
        expect(chars, `${lang} ${s.id}`).toBeLessThanOrEqual(rules[lang].cardBudget);
      }
    }
    expect(() => checkContentStyle(content.stories, figures, rules)).not.toThrow();
  });

  it('spells out counts under ten in English cards', () => {
    const en = content.stories.en!;
    const text = en.steps.map((s) => printedText(s.paragraphs, figures, 'en')).join('\n');
    expect(text).toContain('three working groups');
    expect(text).toContain('one village party organisation');
    expect(text).not.toMatch(/(?<![\d,.])[1-9] (?!%)[a-z“]/);
  });
});

describe('loadContent applies the rules', () => {
  const roots = changedRoots('style');
  afterAll(() => roots.remove());
  const load = roots.load;

  it('loads the valid root', () => {
    expect(Object.keys(load(() => {})().stories)).toEqual(['zh-CN', 'en']);
  });

  it('stops at a praise word outside quotation marks, naming edition, step and field', () => {
    const run = load((f) => {
      f['data/story.zh-CN.aml'] = replaceOnce(
        f['data/story.zh-CN.aml'],
        '结对帮扶{households}。',
        '优秀结对帮扶{households}。',
      );
    });
    expectNamed(errorOf(run), 'data/story.zh-CN.aml', 'step "first"', 'text');
  });

  it('stops at a card over the budget', () => {
    const run = load((f) => {
      f['data/style-rules.json'] = f['data/style-rules.json'].replace(
        '"cardBudget": 400',
        '"cardBudget": 20',
      );
    });
    expectNamed(errorOf(run), 'data/story.zh-CN.aml', 'step "first"', 'text');
  });

  it('needs data/style-rules.json', () => {
    const run = load((f) => delete f['data/style-rules.json']);
    expect(errorOf(run).message).toBe(
      'data/style-rules.json: field "file": cannot be read (ENOENT)',
    );
  });

  it('stops at a bad rules file', () => {
    const run = load((f) => (f['data/style-rules.json'] = '{ "zh-CN": {} }'));
    expectNamed(errorOf(run), 'data/style-rules.json', null, 'zh-CN.cardBudget');
  });
});
