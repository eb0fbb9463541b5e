import { describe, expect, it } from 'vitest';
import { label } from '../charts/chart-scene';
import { INK_2, INK_3, TONE_COLORS } from '../palette';
import { labelBlock, labelColor, placeLines } from './text-block';

const text = (b: ReturnType<typeof labelBlock>) =>
  b.lines.map((l) => l.spans.map((s) => s.text).join('')).join('|');

describe('labelBlock', () => {
  it('sets a head as number, unit and what it counts, in the tone, from its top left', () => {
    const b = labelBlock(
      label({
        key: 'h',
        x: 10,
        y: 20,
        w: 300,
        strong: '2000',
        rest: '名',
        sub: '驻村干部',
        size: 20,
      }),
    );
    expect(b.anchor).toBe('start');
    expect(b.top).toBe(20);
    expect(text(b)).toBe('2000名\u2002驻村干部');
    const [num, unit, sub] = b.lines[0]!.spans;
    expect(num).toMatchObject({ size: 20, weight: 700, fill: TONE_COLORS.ink });
    expect(unit).toMatchObject({ size: 16, weight: 700 });
    expect(sub).toMatchObject({ weight: 400, fill: INK_2 });
    expect(sub!.size).toBeCloseTo(15.6);
    expect(b.lines[0]!.x).toBe(10);
    expect(b.lines[0]!.y).toBeGreaterThan(20);
    expect(b.lines[0]!.y).toBeLessThan(20 + 26);
  });

  it('wraps a head within its width', () => {
    const b = labelBlock(
      label({ key: 'h', x: 0, y: 0, w: 80, strong: '4000多', rest: '名', sub: '党员参加学习培训' }),
    );
    expect(b.lines.length).toBeGreaterThan(1);
    // The space before what it counts goes where the line breaks.
    expect(text(b).replace(/[|\u2002]/g, '')).toBe('4000多名党员参加学习培训');
  });

  it('centres a middle-aligned item on its point', () => {
    const b = labelBlock(
      label({
        key: 'i',
        x: 100,
        y: 50,
        w: 200,
        align: 'center',
        valign: 'middle',
        role: 'item',
        strong: '区委常委包片',
        size: 14,
        tone: 'accent',
        invert: true,
      }),
    );
    expect(b.anchor).toBe('middle');
    expect(b.top + b.height / 2).toBeCloseTo(50);
    expect(b.lines[0]!.spans[0]!.fill).toBe('#ffffff');
  });

  it('keeps a big number on one line and puts what it counts below it', () => {
    const b = labelBlock(
      label({
        key: 'b',
        x: 150,
        y: 0,
        w: 40,
        align: 'center',
        role: 'big',
        size: 52,
        strong: '6000余',
        rest: '万元',
        sub: '每年投入产业发展资金',
        tone: 'accent',
      }),
    );
    expect(b.lines[0]!.spans.map((s) => s.text).join('')).toBe('6000余万元');
    expect(b.lines.length).toBeGreaterThan(1);
    expect(b.lines[1]!.spans[0]!.size).toBe(15);
    expect(b.lines[1]!.y - b.lines[0]!.y).toBeGreaterThan(52 * 0.3);
  });

  it('indents a head with a swatch and places the swatch on the first line', () => {
    const b = labelBlock(
      label({ key: 's', x: 0, y: 0, w: 300, strong: '1/2', swatch: true, tone: 'accent2' }),
    );
    expect(b.swatch).toMatchObject({ x: 0, tone: 'accent2', size: 12 });
    expect(b.lines[0]!.x).toBeGreaterThan(12);
  });

  it('hangs a bottom-aligned label above its point', () => {
    const b = labelBlock(label({ key: 'a', x: 0, y: 100, w: 60, valign: 'bottom', strong: '1' }));
    expect(b.top + b.height).toBeCloseTo(100);
  });
});

describe('labelColor', () => {
  it('mutes, inverts and tones as the live labels do', () => {
    expect(labelColor(label({ key: 'a', x: 0, y: 0, w: 1, strong: '', muted: true }))).toBe(INK_3);
    expect(
      labelColor(label({ key: 'a', x: 0, y: 0, w: 1, strong: '', tone: 'accent', role: 'big' })),
    ).toBe(TONE_COLORS.accent);
    expect(labelColor(label({ key: 'a', x: 0, y: 0, w: 1, strong: '', role: 'axis' }))).toBe(
      '#1d1d1f',
    );
  });
});

describe('placeLines', () => {
  it('stacks lines and adds the gaps asked for', () => {
    const line = { spans: [], width: 0, height: 10, size: 8 };
    const placed = placeLines([line, line], 5, 0, new Map([[1, 4]]));
    expect(placed[1]!.y - placed[0]!.y).toBeCloseTo(14);
    expect(placed[0]!.x).toBe(5);
  });
});
