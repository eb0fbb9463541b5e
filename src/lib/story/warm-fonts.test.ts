import { describe, expect, it } from 'vitest';
import { editionFontProperty, fontsToWarm, warmFonts, warmTexts } from './warm-fonts';

const style = (fontSize: string, fontWeight = '400', fontStyle = 'normal') => ({
  fontSize,
  fontWeight,
  fontStyle,
});

describe('fontsToWarm', () => {
  it('gives one canvas font per size, weight and style, in the family given', () => {
    const fonts = fontsToWarm(
      [
        style('16px'),
        style('16px'),
        style('16px', '700'),
        style('30.4px', '800'),
        style('14.4px', '400', 'italic'),
      ],
      'system-ui, sans-serif',
    );
    expect(fonts).toEqual([
      'normal 400 16px system-ui, sans-serif',
      'normal 700 16px system-ui, sans-serif',
      'normal 800 30.4px system-ui, sans-serif',
      'italic 400 14.4px system-ui, sans-serif',
    ]);
  });

  it('skips styles with no size (an element not rendered)', () => {
    expect(fontsToWarm([style(''), style('16px')], 'serif')).toEqual(['normal 400 16px serif']);
  });
});

describe('warmFonts', () => {
  it('measures the text once in each font', () => {
    const measured: string[] = [];
    const measurer = {
      font: '',
      measureText(text: string) {
        measured.push(`${this.font} | ${text}`);
      },
    };
    const fonts = warmFonts(
      [style('16px'), style('16px'), style('24px', '700')],
      ' serif ',
      'From',
      measurer,
    );
    expect(fonts).toEqual(['normal 400 16px serif', 'normal 700 24px serif']);
    expect(measured).toEqual(['normal 400 16px serif | From', 'normal 700 24px serif | From']);
  });

  it('does nothing without a canvas or a family', () => {
    const measurer = { font: '', measureText: () => expect.fail('measured') };
    expect(warmFonts([style('16px')], 'serif', 'x', null)).toEqual([]);
    expect(warmFonts([style('16px')], '  ', 'x', measurer)).toEqual([]);
  });
});

describe('warmTexts', () => {
  it('measures each text at its weight and size, in the family given', () => {
    const measured: string[] = [];
    const measurer = {
      font: '',
      measureText(text: string) {
        measured.push(`${this.font} | ${text}`);
      },
    };
    const fonts = warmTexts(
      [
        { weight: 800, size: 52, text: '6000余' },
        { weight: 400, size: 12.48, text: '' },
      ],
      ' "Noto Sans CJK SC", sans-serif ',
      measurer,
    );
    expect(fonts).toEqual([
      'normal 800 52px "Noto Sans CJK SC", sans-serif',
      'normal 400 12.48px "Noto Sans CJK SC", sans-serif',
    ]);
    // An empty text is measured as a space: the face is still looked up (a line's strut).
    expect(measured).toEqual([
      'normal 800 52px "Noto Sans CJK SC", sans-serif | 6000余',
      'normal 400 12.48px "Noto Sans CJK SC", sans-serif |  ',
    ]);
  });

  it('does nothing without a canvas or a family', () => {
    const measurer = { font: '', measureText: () => expect.fail('measured') };
    const texts = [{ weight: 400, size: 16, text: 'x' }];
    expect(warmTexts(texts, 'serif', null)).toEqual([]);
    expect(warmTexts(texts, ' ', measurer)).toEqual([]);
  });
});

describe('editionFontProperty', () => {
  it('gives Chinese editions the CJK stack and the rest the general one', () => {
    expect(editionFontProperty('zh-CN')).toBe('--font-zh');
    expect(editionFontProperty('zh')).toBe('--font-zh');
    expect(editionFontProperty('en')).toBe('--font-ui');
    expect(editionFontProperty('zhx')).toBe('--font-ui');
  });
});
