import { describe, expect, it } from 'vitest';
import { textWidth } from '../charts/text';
import { baseline, canBreak, flowRuns, linesHeight, type Run } from './flow';

const run = (text: string, size = 10, weight = 400): Run => ({ text, size, weight, fill: '#000' });
const texts = (lines: ReturnType<typeof flowRuns>) =>
  lines.map((l) => l.spans.map((s) => s.text).join(''));

describe('canBreak', () => {
  it('breaks between CJK characters and after spaces, not inside words', () => {
    expect(canBreak('党', '员')).toBe(true);
    expect(canBreak(' ', 'c')).toBe(true);
    expect(canBreak('a', 'b')).toBe(false);
    expect(canBreak('0', '多')).toBe(true);
  });

  it('never before closing or after opening punctuation', () => {
    expect(canBreak('村', '，')).toBe(false);
    expect(canBreak('（', '约')).toBe(false);
    expect(canBreak('村', '）')).toBe(false);
  });
});

describe('flowRuns', () => {
  it('keeps a text that fits on one line', () => {
    const lines = flowRuns([run('结对帮扶')], 100);
    expect(texts(lines)).toEqual(['结对帮扶']);
    expect(lines[0]!.width).toBeCloseTo(40);
    expect(lines[0]!.height).toBeCloseTo(13);
  });

  it('wraps CJK text at characters and keeps every character', () => {
    const text = '该区选派驻村工作队进驻贫困村开展帮扶';
    const lines = flowRuns([run(text)], 55);
    expect(lines.length).toBe(4);
    expect(texts(lines).join('')).toBe(text);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(55);
  });

  it('wraps English at spaces and drops the spaces at the break', () => {
    const lines = flowRuns([run('cadres sent to poor villages')], textWidth('cadres sent to', 10));
    expect(texts(lines)).toEqual(['cadres sent to', 'poor villages']);
  });

  it('does not start a line with closing punctuation', () => {
    const lines = flowRuns([run('甲乙丙，丁')], 30);
    expect(texts(lines)).toEqual(['甲乙', '丙，丁']);
  });

  it('keeps the styles of the runs, merging characters of one run into one span', () => {
    const lines = flowRuns(
      [run('2000', 20, 700), run('多名', 16, 700), run('\u2002干部', 12)],
      500,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.spans.map((s) => [s.text, s.size, s.weight])).toEqual([
      ['2000', 20, 700],
      ['多名', 16, 700],
      ['\u2002干部', 12, 400],
    ]);
    expect(lines[0]!.size).toBe(20);
  });

  it('lets a long word overflow, or splits it when told to', () => {
    expect(texts(flowRuns([run('abcdefghij')], 20))).toEqual(['abcdefghij']);
    const split = flowRuns([run('abcdefghij')], 20, { anywhere: true });
    expect(split.length).toBeGreaterThan(1);
    expect(texts(split).join('')).toBe('abcdefghij');
  });

  it('gives nothing for an empty text', () => {
    expect(flowRuns([run('')], 100)).toEqual([]);
    expect(flowRuns([run('   ')], 100)).toEqual([]);
  });
});

describe('line metrics', () => {
  it('adds line heights and puts the baseline below the middle of the line box', () => {
    const lines = flowRuns([run('甲乙丙丁')], 20, { lineHeight: 1.5 });
    expect(linesHeight(lines)).toBeCloseTo(30);
    const y = baseline(0, lines[0]!);
    expect(y).toBeGreaterThan(7.5);
    expect(y).toBeLessThan(15);
  });
});
