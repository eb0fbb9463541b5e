/**
 * Shared by the style rules' tests (src/lib/content/style-*.test.ts, printed-text.test.ts):
 * two figures, a small set of rules for both editions, and a story made of given paragraphs.
 */
import { validateStyleRules, type StyleRules } from '../../../src/lib/content/style-rules-file';
import type { Figure, Lang, Story } from '../../../src/lib/content/types';
import { countFigure } from './test-figures';

export const RULES_FILE = 'data/style-rules.json';

/** {groups}: 3 working groups (spelled out in English); {toilets}: 2774 toilets. */
export const STYLE_FIGURES = new Map<string, Figure>([
  ['groups', countFigure('groups', 3, { unit: { zh: '个工作组', en: 'working groups' } })],
  ['toilets', countFigure('toilets', 2774, { unit: { zh: '座厕所', en: 'toilets' } })],
]);

/** Budgets of 20 (zh-CN) and 60 (en) characters; a praise word, a banned and a limited phrase. */
export const STYLE_RULES: StyleRules = validateStyleRules(
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

/** An edition whose steps are `steps` (each a list of paragraphs), with `notes`. */
export function storyOf(lang: Lang, steps: string[][], notes: string[] = []): Story {
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
