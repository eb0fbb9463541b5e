/**
 * The import's manifest (manifest.json beside this file): the input files with their licence
 * and coordinate system, and every name, note, choice and tolerance the import applies. No
 * coordinate is in it: each comes from an input file.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Bilingual } from '../../../src/lib/content/types';
import { PLACE_KINDS } from '../../../src/lib/content/places-file';
import { provenanceValueNames } from './provenance';
import { templateSchema } from './text-template';

const text = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const id = v.pipe(text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'));
const comment = { $comment: v.optional(v.string()) };
const obj = <E extends v.ObjectEntries>(entries: E) =>
  v.strictObject(entries, 'must be an object with the fields of its kind');
const bilingualText = obj({ zh: text, en: text });
const tolerance = v.pipe(v.number('must be a number'), v.minValue(0), v.maxValue(1));
const names = v.record(
  v.pipe(v.string(), v.regex(/^\d{6}$/, 'must be an adcode')),
  v.tuple([text, text]),
);
const words = (known: string[], all = true) => templateSchema(known, all);
const bilingual = (known: string[]) =>
  v.strictObject({ zh: words(known), en: words(known) }, 'must be { "zh": …, "en": … }');
const seatValues = ['source', 'lng', 'lat', 'd'];

const inputFile = obj({
  file: text,
  /** The coordinate system the file's coordinates are in (a layer input must be GCJ-02). */
  crs: text,
  licence: text,
  /** Where it comes from, as written in PROVENANCE.md after "Input: `file` ←". */
  source: v.optional(text),
});
/** A note built on a shared one: zh is appended, en appended after a space. */
const sharedNote = obj({ shared: text, add: v.optional(bilingualText) });
const county = obj({
  id,
  adcode: v.number(),
  name: bilingualText,
  inReport: text,
  note: bilingualText,
});
const river = obj({
  id,
  wikidata: v.pipe(text, v.regex(/^Q\d+$/, 'must be a Wikidata id')),
  featurecla: v.picklist(['River', 'Lake Centerline']),
  name: bilingualText,
  segment: v.picklist(['river', 'reservoir-centreline']),
  /** Keep only the stretch inside Hubei (trim runs outside, drop parts wholly outside). */
  hubeiOnly: v.boolean(),
  note: bilingualText,
});
const township = obj({
  id,
  code: v.pipe(text, v.regex(/^\d{9}$/, 'must be a 9-digit code')),
  name: bilingualText,
  /** Which source's seat point to use (see townshipSeat in place-records.ts). */
  seat: v.picklist(['geonames', 'adcode']),
  /** Appended to townshipNoteBase. */
  note: bilingualText,
});
/** A place no source locates; its keys are written in this order, then lngLat, precision. */
const unlocatedPlace = obj({
  /** Its record in ../shared/geo/places.json, which must still have no coordinate. */
  sharedName: text,
  id,
  name: bilingualText,
  kind: v.picklist(PLACE_KINDS),
  /** A township id of `townships`, or null when unknown. */
  township: v.nullable(id),
  /** Checked against the official code list under the township. */
  village: v.nullable(obj({ code: text, name: bilingualText })),
  note: v.union([bilingualText, sharedNote], 'must be { "zh", "en" } or { "shared", "add" }'),
  /** "{divisions}" stands for divisionsSource. */
  source: text,
  precisionNote: v.optional(bilingualText),
});
const region = obj({
  id,
  name: bilingualText,
  townships: v.pipe(v.array(id), v.minLength(1)),
  /** How the label position is derived, for the precision note. */
  how: bilingualText,
  add: v.optional(bilingualText),
});

/** manifest.json (without the provenance template's own text). */
const manifestSchema = obj({
  ...comment,
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8)),
  inputs: obj({
    districts: inputFile,
    outline: inputFile,
    rivers: inputFile,
    provinces: inputFile,
    studyTour: inputFile,
    places: inputFile,
    found: inputFile,
    divisions: inputFile,
  }),
  districts: obj({ count: v.number(), names }),
  outline: obj({ name_en: text, label_en: text }),
  provinces: obj({ tolerance, names, hubei: v.number() }),
  studyTour: obj({
    tolerance,
    counties: v.array(county),
    /** The upstream commit of each source_file ("*": any other). */
    commits: v.record(v.string(), v.pipe(text, v.regex(/^[0-9a-f]{40}$/, 'must be a commit'))),
    seatPrecisionNote: bilingualText,
  }),
  rivers: obj({ tolerance, rivers: v.array(river) }),
  divisionsSource: text,
  townshipNoteBase: bilingualText,
  townships: v.array(township),
  noCoordinate: bilingualText,
  noCoordinateNoTownship: bilingualText,
  sharedNotes: v.record(v.string(), bilingualText),
  districtSeat: obj({
    id,
    name: bilingualText,
    sharedName: text,
    datavName: text,
    precisionNote: bilingualText,
    note: bilingualText,
  }),
  donggou: obj({
    sharedName: text,
    adcodeVillage: text,
    name: bilingualText,
    township: id,
    village: obj({ code: text, name: bilingualText }),
  }),
  unlocated: v.array(unlocatedPlace),
  regionLayout: bilingualText,
  regions: v.array(region),
  attribution: v.array(obj({ id, text: bilingualText, license: text })),
  /** data/geo/PROVENANCE.md: the template file's name; one line per credit and place. */
  provenance: obj({
    ...comment,
    template: text,
    credit: words(['zh', 'en', 'license']),
    missing: words(['id', 'zh', 'en', 'where']),
    missingWhere: obj({
      village: words(['township', 'village']),
      township: words(['township']),
      none: words([]),
    }),
  }),
  /** Precision notes with measured numbers ({{d}}, {{check}} metres; {{how}} a region's words). */
  placeNotes: obj({
    ...comment,
    seat: obj({
      geonamesOnly: bilingual([]),
      adcodeOnly: bilingual([]),
      agree: bilingual(['d']),
      disagree: bilingual(['d']),
    }),
    donggou: bilingual(['check']),
    region: bilingual(['how']),
  }),
  /** Source lines of the computed records. */
  placeSources: obj({
    ...comment,
    seat: obj({
      geonames: words(['geonamesId', 'lng', 'lat']),
      adcode: words(['lng', 'lat']),
      single: words(['source']),
      agree: words(seatValues),
      disagree: words(seatValues),
      unit: words(['source', 'code', 'divisions']),
    }),
    districtSeat: words(['lng', 'lat']),
    donggou: words(['source', 'village', 'check', 'divisions']),
    county: words(['file', 'commit', 'adcode']),
    region: words(['how', 'seats', 'ids']),
    regionHow: obj({ one: words([]), many: words([]) }),
  }),
});

type ManifestFile = v.InferOutput<typeof manifestSchema>;
export type InputFile = v.InferOutput<typeof inputFile>;
export type LayerInput = 'districts' | 'outline' | 'rivers' | 'provinces' | 'studyTour';
export type SharedNote = v.InferOutput<typeof sharedNote>;
export type County = v.InferOutput<typeof county>;
export type River = v.InferOutput<typeof river>;
export type Township = v.InferOutput<typeof township>;
export type UnlocatedPlace = v.InferOutput<typeof unlocatedPlace>;
export type Region = v.InferOutput<typeof region>;
/** The manifest as the import reads it: `provenance.text` is the template file's text. */
export type Manifest = Omit<ManifestFile, 'provenance'> & {
  provenance: Omit<ManifestFile['provenance'], 'template'> & { text: string };
};

export const MANIFEST_PATH = new URL('./manifest.json', import.meta.url);

/**
 * The manifest, checked with valibot: a missing or misspelt field, a wrong type, or a template
 * that names an unknown value or drops one the import measures throws with the field's path.
 * It is returned as written (its key order is the order of some written records). `json` and
 * `readTemplate` default to manifest.json and the files beside it.
 */
export function readManifest(
  json: string = readFileSync(MANIFEST_PATH, 'utf8'),
  readTemplate: (name: string) => string = (name) =>
    readFileSync(new URL(`./${name}`, MANIFEST_PATH), 'utf8'),
): Manifest {
  const raw: unknown = JSON.parse(json);
  const parsed = v.safeParse(manifestSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues.find((i) => i.expected === 'never') ?? parsed.issues[0];
    const detail = issue.expected === 'never' ? 'unknown field' : issue.message;
    throw new Error(`manifest.json: field "${v.getDotPath(issue)}": ${detail}`);
  }
  const file = raw as ManifestFile;
  const { template, ...lines } = file.provenance;
  const text = readTemplate(template);
  const checked = v.safeParse(templateSchema(provenanceValueNames(file), true), text);
  if (!checked.success) throw new Error(`${template}: ${checked.issues[0].message}`);
  return { ...file, provenance: { ...lines, text } };
}

/** zh appended as is, en after a space (when there is any). */
export function joinNote(base: Bilingual, add: Bilingual | undefined): Bilingual {
  if (!add) return base;
  return { zh: base.zh + add.zh, en: add.en ? `${base.en} ${add.en}` : base.en };
}
