import { describe, expect, it } from 'vitest';
import type { LegendItem } from '../charts/chart-scene';
import { legendBlock } from './legend';
import { INK_3, PRINT_MARKS } from '../palette';

const text = (lines: { spans: { text: string }[] }[]) =>
  lines.map((l) => l.spans.map((s) => s.text).join(''));

const UNIT: LegendItem = {
  kind: 'unit',
  per: 10,
  shape: 'square',
  text: '每格 = 10',
  figures: ['x'],
};
const PARTIAL: LegendItem = { kind: 'partial', text: '不满一格的部分按比例填色' };
const APPROX: LegendItem = {
  kind: 'approx',
  text: '虚线格：原报道为约数（“多”“余”），实数比实心格多，多出多少不详',
};

describe('legendBlock', () => {
  it('sets short items on one line, 1rem apart, each after its key', () => {
    const b = legendBlock([UNIT, PARTIAL], '来源：原报道第5段', 400, 12, 11, 100);
    expect(b.keys.map((k) => k.kind)).toEqual(['unit', 'partial']);
    expect(b.keys[0]!.x).toBe(0);
    expect(b.keys[1]!.x).toBeGreaterThan(b.lines[0]!.x + 16);
    expect(b.lines[0]!.y).toBe(b.lines[1]!.y);
    expect(text(b.source)).toEqual(['来源：原报道第5段']);
    expect(b.source[0]!.spans[0]!.fill).toBe(INK_3);
    expect(b.source[0]!.y).toBeGreaterThan(b.lines[0]!.y);
  });

  it('wraps a long item under its key and starts the next item on a new line', () => {
    const b = legendBlock([APPROX, UNIT], 'src', 200, 12, 11, 0);
    const approxLines = b.lines.length - 1;
    expect(approxLines).toBeGreaterThan(1);
    const last = b.lines[b.lines.length - 1]!;
    expect(last.y).toBeGreaterThan(b.lines[approxLines - 1]!.y);
    expect(b.keys[1]!.x).toBe(0);
    expect(text(b.lines).join('')).toContain('多出多少不详');
  });

  it('draws unit keys in the group tone, others in ink, notes without a key', () => {
    const b = legendBlock(
      [
        { kind: 'unit', per: 1, shape: 'circle', tone: 'accent2', text: 'a', figures: ['a'] },
        APPROX,
        { kind: 'note', text: '每格 = 1%（共100格）' },
      ],
      's',
      800,
      12,
      11,
      0,
    );
    expect(b.keys).toHaveLength(2);
    expect(b.keys[0]).toMatchObject({ shape: 'circle', paint: PRINT_MARKS.accent2 });
    expect(b.keys[1]).toMatchObject({ kind: 'approx', shape: 'square' });
  });

  it('measures its height down to the end of the source line', () => {
    const b = legendBlock([], '来源：原报道第5段', 400, 12, 10, 50);
    expect(b.height).toBeCloseTo(14);
    expect(b.keys).toEqual([]);
  });
});
