/**
 * The import's manifest (manifest.json beside this file): the input files with their licence
 * and coordinate system, and every name, note, choice and tolerance the import applies. No
 * coordinate is in it: each comes from an input file.
 */
import { readFileSync } from 'node:fs';
import type { Bilingual } from '../../../src/lib/content/types';
import type { PlaceKind } from '../../../src/lib/geo/places';

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
}

export const MANIFEST_PATH = new URL('./manifest.json', import.meta.url);

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
}

/** zh appended as is, en after a space (when there is any). */
export function joinNote(base: Bilingual, add: Bilingual | undefined): Bilingual {
  if (!add) return base;
  return { zh: base.zh + add.zh, en: add.en ? `${base.en} ${add.en}` : base.en };
}
