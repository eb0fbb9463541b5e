import { describe, expect, it } from 'vitest';
import { chartFaces, faceKey } from './chart-faces';
import { label, type Scene } from './chart-scene';

function scene(partial: Partial<Scene>): Scene {
  return {
    title: '',
    marks: [],
    lines: [],
    labels: [],
    legend: [],
    source: '',
    alt: '',
    titleY: 0,
    titleSize: 16,
    legendY: 0,
    legendSize: 12,
    sourceSize: 12,
    legendGap: 8,
    ...partial,
  };
}

const keys = (s: Scene, textScale = 1) => chartFaces(s, textScale).map(faceKey);

describe('chartFaces', () => {
  it('sets a big number at 800, its unit at 700 and 0.36em, its label at 0.22em or 15px', () => {
    const big = label({
      key: 'b',
      x: 0,
      y: 0,
      w: 300,
      role: 'big',
      size: 52,
      strong: '6000余',
      rest: '万元',
      sub: '每年投入产业的资金',
    });
    const faces = chartFaces(scene({ labels: [big] }));
    expect(faces).toEqual([
      // The label's own face: its line's strut.
      { weight: 400, size: 52, text: ' ' },
      { weight: 800, size: 52, text: '60余' },
      { weight: 700, size: 18.72, text: '万元' },
      { weight: 400, size: 15, text: '每年投入产业的资金' },
      { weight: 400, size: 12, text: ' ' },
    ]);
    // At twice the text size the label's floor doubles with it.
    const small = { ...big, size: 40 };
    expect(keys(scene({ labels: [small] }), 2)).toContain('400 30');
  });

  it("sets a head's number and unit at 700 (unit at 0.8em) and its label at 0.78em, after an en space", () => {
    const head = label({
      key: 'h',
      x: 0,
      y: 0,
      w: 120,
      size: 16,
      strong: '17',
      rest: '个',
      sub: '龙头企业',
    });
    expect(chartFaces(scene({ labels: [head] }))).toEqual([
      { weight: 400, size: 16, text: ' ' },
      { weight: 700, size: 16, text: '17' },
      { weight: 700, size: 12.8, text: '个' },
      { weight: 400, size: 12.48, text: '\u2002龙头企业' },
      { weight: 400, size: 12, text: ' ' },
    ]);
  });

  it('sets list items at 700 throughout, and axis text at 400', () => {
    const item = label({ key: 'i', x: 0, y: 0, w: 90, role: 'item', size: 14, strong: '一' });
    const axis = label({ key: 'a', x: 0, y: 0, w: 40, role: 'axis', size: 12, strong: '0' });
    expect(keys(scene({ labels: [item, axis] }))).toEqual(['700 14', '400 12']);
  });

  it('gives each face once, with every character set in it', () => {
    const a = label({ key: 'a', x: 0, y: 0, w: 90, role: 'item', size: 14, strong: '甲乙' });
    const b = label({ key: 'b', x: 0, y: 0, w: 90, role: 'item', size: 14, strong: '乙丙' });
    const faces = chartFaces(scene({ labels: [a, b], title: '标题', titleSize: 14 }));
    expect(faces.filter((f) => faceKey(f) === '700 14')).toEqual([
      { weight: 700, size: 14, text: ' 甲乙丙标题' },
    ]);
  });

  it('includes the title, the legend and the source line at their sizes', () => {
    const faces = chartFaces(
      scene({
        title: '每年投入产业的资金',
        titleSize: 19.2,
        legend: [{ kind: 'note', text: '“多”“余”：原报道给出的约数' }],
        legendSize: 13.6,
        source: '来源：原报道第7段',
        sourceSize: 12,
      }),
    );
    expect(faces).toEqual([
      { weight: 700, size: 19.2, text: '每年投入产业的资金' },
      { weight: 400, size: 13.6, text: '“多”余：原报道给出的约数' },
      { weight: 400, size: 12, text: '来源：原报道第7段' },
    ]);
  });

  it('rounds sizes to the hundredth of a pixel, as faceKey does', () => {
    const l = label({ key: 'l', x: 0, y: 0, w: 90, size: 11.7500001, strong: '1' });
    expect(keys(scene({ labels: [l] }))).toContain('700 11.75');
    expect(faceKey({ weight: 400, size: 9.166666 })).toBe('400 9.17');
  });
});
