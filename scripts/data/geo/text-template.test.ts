import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { fillBilingual, fillTemplate, placeholders, templateSchema } from './text-template';

describe('templates', () => {
  it('name their values {{name}}, each once', () => {
    expect(placeholders('a {{x}} b {{y.z}} {{x}}')).toEqual(['x', 'y.z']);
  });

  it('are filled in; a name without a value throws', () => {
    expect(fillTemplate('{{d}} m, {{d}} m', { d: 966 })).toBe('966 m, 966 m');
    expect(() => fillTemplate('{{d}} m', {})).toThrow('no value for {{d}}');
  });

  it('fill each language with its own words where a value is bilingual', () => {
    const t = { zh: '位置：{{how}}{{d}}米', en: 'Position: {{how}} {{d}} m' };
    expect(fillBilingual(t, { how: { zh: '平均。', en: 'a mean.' }, d: 5 })).toEqual({
      zh: '位置：平均。5米',
      en: 'Position: a mean. 5 m',
    });
  });

  it.each([
    ['{{d}} m away', ['d'], true, null],
    ['{{x}} m away', ['d'], false, 'unknown placeholder {{x}} (known: d)'],
    ['no number', ['d'], true, 'does not use {{d}}'],
    ['no number', ['d'], false, null],
    ['', [], false, 'must not be empty'],
  ])('%j with %j (all: %s)', (text, known, all, problem) => {
    const parsed = v.safeParse(templateSchema(known, all), text);
    expect(parsed.success ? null : parsed.issues[0].message).toBe(problem);
  });
});
