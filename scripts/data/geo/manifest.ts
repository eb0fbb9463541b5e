/**
 * The import's manifest (manifest.json beside this file): the input files with their licence
 * and coordinate system, and every name, note, choice and tolerance the import applies. No
 * coordinate is in it: each comes from an input file.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Bilingual } from '../../../src/lib/content/types';
import type { PlaceKind } from '../../../src/lib/geo/places';
import { provenanceValueNames } from './provenance';
import { templateSchema } from './text-template';

export interface InputFile {
  file: string;
  /** The coordinate system the file's coordinates are in (a layer input must be GCJ-02). */
  crs: string;
  licence: string;
  /** Where it comes from, as written in PROVENANCE.md after "Input: `file` ←". */
  source?: string;
}

export type LayerInput = 'districts' | 'outline' | 'rivers' | 'provinces' | 'studyTour';

/** A note built on a shared one: zh is appended, en appended after a space. */
export interface SharedNote {
  shared: string;
  add?: Bilingual;
}

export interface County {
  id: string;
  adcode: number;
  name: Bilingual;
  inReport: string;
  note: Bilingual;
}

export interface River {
  id: string;
  wikidata: string;
  featurecla: 'River' | 'Lake Centerline';
  name: Bilingual;
  segment: 'river' | 'reservoir-centreline';
  /** Keep only the stretch inside Hubei (trim runs outside, drop parts wholly outside). */
  hubeiOnly: boolean;
  note: Bilingual;
}

export interface Township {
  id: string;
  code: string;
  name: Bilingual;
  /** Which source's seat point to use (see townshipSeat in place-records.ts). */
  seat: 'geonames' | 'adcode';
  /** Appended to townshipNoteBase. */
  note: Bilingual;
}

/** A place no source locates; its keys are written in this order, then lngLat, precision. */
export interface UnlocatedPlace {
  /** Its record in ../shared/geo/places.json, which must still have no coordinate. */
  sharedName: string;
  id: string;
  name: Bilingual;
  kind: PlaceKind;
  /** A township id of `townships`, or null when unknown. */
  township: string | null;
  /** Checked against the official code list under the township. */
  village: { code: string; name: Bilingual } | null;
  note: Bilingual | SharedNote;
  /** "{divisions}" stands for divisionsSource. */
  source: string;
  precisionNote?: Bilingual;
}

export interface Region {
  id: string;
  name: Bilingual;
  townships: string[];
  /** How the label position is derived, for the precision note. */
  how: Bilingual;
  add?: Bilingual;
}

export interface Manifest {
  decimals: number;
  inputs: Record<LayerInput | 'places' | 'found' | 'divisions', InputFile>;
  districts: { count: number; names: Record<string, [string, string]> };
  outline: { name_en: string; label_en: string };
  provinces: { tolerance: number; names: Record<string, [string, string]>; hubei: number };
  studyTour: {
    tolerance: number;
    counties: County[];
    /** The upstream commit of each source_file ("*": any other). */
    commits: Record<string, string>;
    seatPrecisionNote: Bilingual;
  };
  rivers: { tolerance: number; rivers: River[] };
  divisionsSource: string;
  townshipNoteBase: Bilingual;
  townships: Township[];
  noCoordinate: Bilingual;
  noCoordinateNoTownship: Bilingual;
  sharedNotes: Record<string, Bilingual>;
  districtSeat: {
    id: string;
    name: Bilingual;
    sharedName: string;
    datavName: string;
    precisionNote: Bilingual;
    note: Bilingual;
  };
  donggou: {
    sharedName: string;
    adcodeVillage: string;
    name: Bilingual;
    township: string;
    village: { code: string; name: Bilingual };
  };
  unlocated: UnlocatedPlace[];
  regionLayout: Bilingual;
  regions: Region[];
  attribution: { id: string; text: Bilingual; license: string }[];
  /** data/geo/PROVENANCE.md: `text` is provenance-template.md; one line per credit and place. */
  provenance: {
    text: string;
    credit: string;
    missing: string;
    missingWhere: Record<'village' | 'township' | 'none', string>;
  };
  /** Precision notes with measured numbers ({{d}}, {{check}} metres; {{how}} a region's words). */
  placeNotes: {
    seat: Record<'geonamesOnly' | 'adcodeOnly' | 'agree' | 'disagree', Bilingual>;
    donggou: Bilingual;
    region: Bilingual;
  };
  /** Source lines of the computed records. */
  placeSources: {
    seat: Record<'geonames' | 'adcode' | 'single' | 'agree' | 'disagree' | 'unit', string>;
    districtSeat: string;
    donggou: string;
    county: string;
    region: string;
    regionHow: Record<'one' | 'many', string>;
  };
}

export const MANIFEST_PATH = new URL('./manifest.json', import.meta.url);

const words = (known: string[], all = true) => templateSchema(known, all);
const bilingual = (known: string[]) =>
  v.strictObject({ zh: words(known), en: words(known) }, 'must be { "zh": …, "en": … }');
const seat = ['source', 'lng', 'lat', 'd'];

/** The manifest's words with values to fill in: each uses exactly the values the code gives. */
const textsSchema = v.object({
  provenance: v.strictObject({
    $comment: v.optional(v.string()),
    template: v.string('must be the template file name'),
    credit: words(['zh', 'en', 'license']),
    missing: words(['id', 'zh', 'en', 'where']),
    missingWhere: v.strictObject({
      village: words(['township', 'village']),
      township: words(['township']),
      none: words([]),
    }),
  }),
  placeNotes: v.strictObject({
    $comment: v.optional(v.string()),
    seat: v.strictObject({
      geonamesOnly: bilingual([]),
      adcodeOnly: bilingual([]),
      agree: bilingual(['d']),
      disagree: bilingual(['d']),
    }),
    donggou: bilingual(['check']),
    region: bilingual(['how']),
  }),
  placeSources: v.strictObject({
    $comment: v.optional(v.string()),
    seat: v.strictObject({
      geonames: words(['geonamesId', 'lng', 'lat']),
      adcode: words(['lng', 'lat']),
      single: words(['source']),
      agree: words(seat),
      disagree: words(seat),
      unit: words(['source', 'code', 'divisions']),
    }),
    districtSeat: words(['lng', 'lat']),
    donggou: words(['source', 'village', 'check', 'divisions']),
    county: words(['file', 'commit', 'adcode']),
    region: words(['how', 'seats', 'ids']),
    regionHow: v.strictObject({ one: words([]), many: words([]) }),
  }),
});

/**
 * The manifest, with its texts checked (valibot): a template that names an unknown value, or
 * drops one the import measures, throws with the field's path. `json` and `template` default
 * to manifest.json and the provenance template beside it.
 */
export function readManifest(
  json: string = readFileSync(MANIFEST_PATH, 'utf8'),
  readTemplate: (name: string) => string = (name) =>
    readFileSync(new URL(`./${name}`, MANIFEST_PATH), 'utf8'),
): Manifest {
  const raw = JSON.parse(json) as Omit<Manifest, 'provenance'> & {
    provenance: Omit<Manifest['provenance'], 'text'> & { template: string };
  };
  const parsed = v.safeParse(textsSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`manifest.json: field "${v.getDotPath(issue)}": ${issue.message}`);
  }
  const { template, ...lines } = raw.provenance;
  const text = readTemplate(template);
  const checked = v.safeParse(templateSchema(provenanceValueNames(raw), true), text);
  if (!checked.success) throw new Error(`${template}: ${checked.issues[0].message}`);
  return { ...raw, provenance: { ...lines, text } };
}

/** zh appended as is, en after a space (when there is any). */
export function joinNote(base: Bilingual, add: Bilingual | undefined): Bilingual {
  if (!add) return base;
  return { zh: base.zh + add.zh, en: add.en ? `${base.en} ${add.en}` : base.en };
}
