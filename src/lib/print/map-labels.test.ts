import { describe, expect, it } from 'vitest';
import type { MapPoint } from './map-picture';
import { creditsText, pick, pointLabel } from './map-labels';
import { mapPoint } from '../../../tests/support/print/map-point';

const point = (p: Partial<MapPoint>): MapPoint =>
  mapPoint('x', { text: { zh: '茅塔乡', en: 'Maota' }, ...p });

describe('pointLabel', () => {
  it('writes the name in the edition, beside the dot on its side', () => {
    const right = pointLabel(point({}), 'zh-CN');
    expect(right).toMatchObject({ text: '茅塔乡', anchor: 'start', box: null });
    expect(right.ground!.x).toBeLessThan(right.x);
    expect(right.ground!.y).toBeLessThan(right.y);
    expect(right.ground!.y + right.ground!.height).toBeGreaterThan(right.y);
    expect(right.x).toBeGreaterThan(100);
    const left = pointLabel(point({ side: 'left' }), 'en');
    expect(left).toMatchObject({ text: 'Maota', anchor: 'end' });
    expect(left.x).toBeLessThan(100);
    expect(pointLabel(point({ side: 'top' }), 'en').y).toBeLessThan(100);
    expect(pointLabel(point({ side: 'bottom' }), 'en').y).toBeGreaterThan(100 + 10);
  });

  it('sets a highlighted place larger and bold in the accent, a context township in green', () => {
    const hi = pointLabel(point({ role: 'highlight' }), 'zh-CN');
    expect(hi).toMatchObject({ weight: 700, fill: '#b3261e' });
    expect(hi.size).toBeGreaterThan(pointLabel(point({}), 'zh-CN').size);
    expect(pointLabel(point({ role: 'context' }), 'zh-CN').fill).toBe('#1f6f5c');
  });

  it('boxes a schematic region, italic, centred on its point unless above or below it', () => {
    const r = pointLabel(point({ kind: 'region', precision: 'schematic', side: 'right' }), 'en');
    expect(r).toMatchObject({ anchor: 'middle', italic: true, x: 100 });
    expect(r.box).not.toBeNull();
    expect(r.box!.x + r.box!.width / 2).toBeCloseTo(100);
    expect(r.box!.y).toBeLessThan(r.y);
    expect(r.box!.y + r.box!.height).toBeGreaterThan(r.y);
    expect(r.ground).toBeNull();
  });
});

describe('pick', () => {
  it('picks the edition’s text', () => {
    expect(pick({ zh: '甲', en: 'A' }, 'zh-CN')).toBe('甲');
    expect(pick({ zh: '甲', en: 'A' }, 'en')).toBe('A');
  });
});

describe('creditsText', () => {
  it('names every source, with the licence where it asks for credit', () => {
    const entries = [
      { id: 'a', text: { zh: '边界：甲', en: 'Boundaries: A' }, license: 'No open licence' },
      { id: 'b', text: { zh: '乡镇驻地：乙', en: 'Seats: B' }, license: 'CC BY 4.0' },
    ];
    expect(creditsText(entries, 'zh-CN')).toBe('边界：甲；乡镇驻地：乙 (CC BY 4.0)');
    expect(creditsText(entries, 'en')).toBe('Boundaries: A; Seats: B (CC BY 4.0)');
  });
});
