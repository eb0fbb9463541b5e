import { describe, expect, it } from 'vitest';
import { hasHan, stripAllowedHan, stripQuotedHan } from './han';

describe('hasHan', () => {
  it.each([
    ['plain English', false],
    ['“curly quotes” and ’apostrophes’, 78.3%', false],
    ['Class III', false],
    ['东沟', true],
    ['one Chinese comma，here', true],
    ['an ideographic full stop。', true],
    ['full-width percent ８０％', true],
  ])('%s → %s', (text, expected) => {
    expect(hasHan(text)).toBe(expected);
  });
});

describe('stripAllowedHan', () => {
  it.each([
    ['Donggou (东沟) is a village.', 'Donggou is a village.'],
    ['Maojian District (茅箭区), Shiyan (十堰)', 'Maojian District, Shiyan'],
    ['Jingshan (京山), Pujiang (蒲江) and Nanbu (南部).', 'Jingshan, Pujiang and Nanbu.'],
    [
      'the Qinba Ecological Botanical Garden (秦巴生态植物园);',
      'the Qinba Ecological Botanical Garden;',
    ],
    ['Wang Yanbo (王雁博), reporter', 'Wang Yanbo, reporter'],
    ['Taoyuan Renjia (桃源人家)', 'Taoyuan Renjia'],
  ])('allows %s', (text, expected) => {
    expect(stripAllowedHan(text)).toBe(expected);
    expect(hasHan(stripAllowedHan(text))).toBe(false);
  });

  it.each([
    ['a term explained in Chinese: four-in-one (四位一体)'], // lowercase word before
    ['Donggou(东沟) without a space'],
    ['Donggou (Dong 东沟)'], // Latin inside the parentheses
    ['Donggou (东沟 village)'],
    ['东沟 (Donggou)'], // Chinese first, pinyin after
    ['a bare 农家乐 in the text'],
    ['Maojian District (茅箭区，十堰)'], // Chinese comma
    ['“四议两公开” in quotes'], // quotations are only for notes and sources
  ])('leaves Chinese in %s', (text) => {
    expect(hasHan(stripAllowedHan(text))).toBe(true);
  });

  it('strips only the allowed parentheses and keeps the rest', () => {
    const text = 'Donggou (东沟) and a 网红 village';
    expect(stripAllowedHan(text)).toBe('Donggou and a 网红 village');
  });
});

describe('stripQuotedHan', () => {
  it.each([
    ['The report prints “泰巴生态植物园” (Taiba Ecological Botanical Garden).'],
    ['we read “泰” (Tai) as a misprint of “秦” (Qin)'],
    ['precise effort for revitalisation (建强堡垒强引领 精准发力促振兴). Maojian District'],
    ['Wang Yanbo (王雁博), reporter'],
  ])('allows quotations and titles in %s', (text) => {
    expect(hasHan(stripQuotedHan(text))).toBe(false);
  });

  it('keeps quotations without Chinese', () => {
    expect(stripQuotedHan('a “capable people” database')).toBe('a “capable people” database');
  });

  it.each([['an unquoted 泰巴 name'], ['(泰巴) at the start']])('leaves Chinese in %s', (text) => {
    expect(hasHan(stripQuotedHan(text))).toBe(true);
  });
});
