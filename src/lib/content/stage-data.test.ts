import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../../../scripts/content/load-content';
import { EDITIONS } from './editions';
import { stageData } from './stage-data';

const content = loadContent(resolve(import.meta.dirname, '../../..'));

describe('stageData', () => {
  for (const lang of EDITIONS) {
    const story = content.stories[lang]!;
    const data = stageData(story, content.figures);

    it(`${lang}: keeps every step, in order, with its stage, figures and map but no text`, () => {
      expect(data.lang).toBe(lang);
      expect(data.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
      data.steps.forEach((s, i) => {
        const full = story.steps[i]!;
        expect(s.paragraphs).toEqual([]);
        expect({ ...s, paragraphs: full.paragraphs }).toEqual(full);
      });
    });

    it(`${lang}: carries exactly the figures the steps draw`, () => {
      const used = new Set(story.steps.flatMap((s) => s.figures));
      expect(new Set(data.figures.map((f) => f.id))).toEqual(used);
      for (const f of data.figures) {
        const full = content.figures.find((g) => g.id === f.id)!;
        expect(f.source.quote).toBe('');
        expect({ ...f, source: full.source }).toEqual(full);
      }
    });
  }
});
