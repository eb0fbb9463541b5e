import { describe, expect, it } from 'vitest';
import { countPhrase, outsideQuotes } from './phrase-count';

describe('outsideQuotes', () => {
  it('blanks quotations of every kind, keeping positions', () => {
    const text = 'a “b” ‘c’ "d" 「e」 f';
    const blank = (q: string) => ' '.repeat(q.length);
    expect(outsideQuotes(text)).toBe(
      `a ${blank('“b”')} ${blank('‘c’')} ${blank('"d"')} ${blank('「e」')} f`,
    );
  });
});

describe('countPhrase', () => {
  it('counts every occurrence in Chinese, as written', () => {
    expect(countPhrase('据报道，甲；据报道，乙。', '据报道', 'zh-CN')).toBe(2);
    expect(countPhrase('据悉如此。', '据报道', 'zh-CN')).toBe(0);
  });

  it('counts whole words in English, whatever the case', () => {
    expect(countPhrase('A Model village, a model.', 'model', 'en')).toBe(2);
    expect(countPhrase('models and remodelled', 'model', 'en')).toBe(0);
    expect(countPhrase('a model-village', 'model', 'en')).toBe(0);
  });

  it('takes the phrase as text, not as a pattern', () => {
    expect(countPhrase('costs (est.) rose', '(est.)', 'en')).toBe(1);
    expect(countPhrase('costs rose', '(est.)', 'en')).toBe(0);
  });
});
