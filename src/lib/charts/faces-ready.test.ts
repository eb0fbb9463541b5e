import { describe, expect, it } from 'vitest';
import { label, type Scene } from './chart-scene';
import { faceKey } from './chart-faces';
import { FacesReady } from './faces-ready';

const scene = (size: number): Scene =>
  ({
    title: '',
    labels: [label({ key: 'n', x: 0, y: 0, w: 90, size, strong: '17' })],
    legend: [],
    legendSize: 12,
    source: '',
  }) as unknown as Scene;

describe('FacesReady', () => {
  it("gives a scene's faces until they are counted, then only the new ones", () => {
    const ready = new FacesReady();
    expect(ready.missing(scene(16), 1, 'serif').map(faceKey)).toEqual([
      '400 16',
      '700 16',
      '400 12',
    ]);
    ready.add(ready.missing(scene(16), 1, 'serif'), 'serif');
    expect(ready.missing(scene(16), 1, 'serif')).toEqual([]);
    expect(ready.missing(scene(20), 1, 'serif').map(faceKey)).toEqual(['400 20', '700 20']);
  });

  it('keeps each font stack apart', () => {
    const ready = new FacesReady();
    ready.add(ready.missing(scene(16), 1, 'serif'), 'serif');
    expect(ready.missing(scene(16), 1, 'sans-serif')).toHaveLength(3);
  });
});
