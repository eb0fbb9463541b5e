import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { MANIFEST_PATH, readManifest } from './manifest';
import { fillBilingual, fillTemplate, placeholders, templateSchema } from './text-template';

const JSON_TEXT = readFileSync(MANIFEST_PATH, 'utf8');
const TEMPLATE = readFileSync(new URL('./provenance-template.md', MANIFEST_PATH), 'utf8');
/** A parsed manifest, edited freely by the cases below (any shape is the point). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** manifest.json with `edit` applied to its parsed object. */
const edited = (edit: (m: Json) => void): string => {
  const m = JSON.parse(JSON_TEXT) as Json;
  edit(m);
  return JSON.stringify(m);
};

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

describe('the manifest’s templates', () => {
  it('read as they are committed', () => {
    const m = readManifest();
    expect(m.provenance.text).toBe(TEMPLATE);
    expect(m.placeNotes.seat.agree.en).toContain('{{d}} m away');
  });

  it.each([
    [
      'a note that asks for a value nobody gives',
      (m: Json) => (m.placeNotes.donggou.zh += '{{metres}}'),
      'manifest.json: field "placeNotes.donggou.zh": unknown placeholder {{metres}} (known: check)',
    ],
    [
      'a note that drops its measured number',
      (m: Json) => (m.placeNotes.seat.agree.en = 'The sources agree.'),
      'manifest.json: field "placeNotes.seat.agree.en": does not use {{d}}',
    ],
    [
      'a source line that is not text',
      (m: Json) => (m.placeSources.county = 7),
      'manifest.json: field "placeSources.county": must be text',
    ],
    [
      'an unknown line template',
      (m: Json) => (m.provenance.river = '{{x}}'),
      'manifest.json: field "provenance.river"',
    ],
  ])('refuses %s', (_what, edit, message) => {
    expect(() => readManifest(edited(edit))).toThrow(message);
  });

  it('refuses a provenance template that drops a measured value', () => {
    const text = TEMPLATE.replace('{{donggouCheck}}', 'about 200');
    expect(() => readManifest(JSON_TEXT, () => text)).toThrow(
      'provenance-template.md: does not use {{donggouCheck}}',
    );
  });

  it('refuses a provenance template that asks for a river the manifest does not have', () => {
    const text = `${TEMPLATE}{{river.nile.before}}`;
    expect(() => readManifest(JSON_TEXT, () => text)).toThrow(
      /provenance-template\.md: unknown placeholder \{\{river\.nile\.before\}\}/,
    );
  });
});
