import { describe, expect, it } from 'vitest';
import { charCount, printedText } from './printed-text';
import { STYLE_FIGURES as FIGURES } from '../../../tests/support/content/style-fixtures';

describe('printedText', () => {
  it('counts the figures as printed, all paragraphs together', () => {
    expect(printedText(['有{groups}。', '共{toilets}。'], FIGURES, 'zh-CN')).toBe(
      '有3个工作组。共2774座厕所。',
    );
    expect(printedText(['{groups} audited.', 'Next.'], FIGURES, 'en')).toBe(
      'three working groups audited. Next.',
    );
  });

  it('joins paragraphs with a space in English only', () => {
    expect(printedText(['一。', '二。'], FIGURES, 'zh-CN')).toBe('一。二。');
    expect(printedText(['One.', 'Two.'], FIGURES, 'en')).toBe('One. Two.');
  });
});

describe('charCount', () => {
  it('counts code points: a character outside the BMP is one', () => {
    expect(charCount('茅箭区')).toBe(3);
    expect('𠀀a'.length).toBe(3);
    expect(charCount('𠀀a')).toBe(2);
  });
});
