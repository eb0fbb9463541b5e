import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { loadFigures } from '../../../scripts/content/load-content';
import { formatFigure } from '../format/number';
import type { Lang } from '../content/types';
import { figureText } from './figure-text';

const figures = loadFigures(resolve(import.meta.dirname, '../../../data/figures.json'));

describe('figureText', () => {
  for (const lang of ['zh-CN', 'en'] as Lang[]) {
    it.each(figures.map((f) => [f.id, f] as const))(
      `${lang}: %s reassembles exactly`,
      (_id, fig) => {
        const t = figureText(fig, lang);
        expect(t.strong + t.sep + t.rest).toBe(formatFigure(fig, lang));
        expect(t.strong.length).toBeGreaterThan(0);
      },
    );
  }

  it('keeps the approximation in the strong part', () => {
    const fig = figures.find((f) => f.id === 'households-paired')!;
    expect(figureText(fig, 'zh-CN')).toEqual({ strong: '2400多', sep: '', rest: '户贫困户' });
    expect(figureText(fig, 'en')).toEqual({
      strong: 'more than 2,400',
      sep: ' ',
      rest: 'poor households',
    });
  });
});
