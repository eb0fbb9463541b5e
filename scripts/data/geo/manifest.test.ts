/**
 * manifest.json is checked with valibot when it is read: its shape, and each text template
 * against the values the import fills in (text-template.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MANIFEST_PATH, readManifest } from './manifest';

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

describe('the manifest', () => {
  it.each([
    [
      'a river of an unknown Natural Earth class',
      (m: Json) => (m.rivers.rivers[0].featurecla = 'Canal'),
      'field "rivers.rivers.0.featurecla"',
    ],
    [
      'a misspelt township field',
      (m: Json) => (m.townships[0].seats = m.townships[0].seat),
      'field "townships.0.seats": unknown field',
    ],
    [
      'a tolerance given as text',
      (m: Json) => (m.provinces.tolerance = '0.02'),
      'field "provinces.tolerance"',
    ],
    [
      'an input without its CRS',
      (m: Json) => delete m.inputs.rivers.crs,
      'field "inputs.rivers.crs"',
    ],
    [
      'a place kind the map does not know',
      (m: Json) => (m.unlocated[0].kind = 'castle'),
      'field "unlocated.0.kind"',
    ],
  ])('refuses %s', (_what, edit, message) => {
    expect(() => readManifest(edited(edit))).toThrow(`manifest.json: ${message}`);
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
