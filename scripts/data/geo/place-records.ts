/**
 * Pure transforms from the shared place records (../shared/geo/places.json,
 * places_found_2.json, maojian_divisions.json, the study-tour counties) to data/places.json:
 * which source gives each point, what the record says about its precision and source, and
 * the checks that no place is assigned or located wrongly. Nothing reads files here.
 */
import type { Bilingual } from '../../../src/lib/content/types';
import type { LngLat, MultiPolygon, Polygon } from '../../../src/lib/geo/geojson';
import type { Place } from '../../../src/lib/geo/places';
import { cleanArea, distanceM, inArea, meanPoint, round } from './geometry';
import { countySeat, countySource, str, type AreaFC } from './layers';
import { joinNote, type Manifest, type SharedNote, type Township } from './manifest';
import { fillBilingual, fillTemplate } from './text-template';

export interface SharedPlace {
  name: string;
  township: string | null;
  township_code: string | null;
  village: string | null;
  village_code: string | null;
  lng: number | null;
  lat: number | null;
  crs: string | null;
  precision: string;
  source: string | null;
  note: string | null;
  lng_gcj02?: number | null;
  lat_gcj02?: number | null;
  cross_source_distance_m?: number;
}

export interface Divisions {
  townships: { code: string; name: string; villages: { code: string; short_name: string }[] }[];
}

export interface PlaceInputs {
  places: SharedPlace[];
  found: { places: SharedPlace[]; rejected_points: SharedPlace[]; not_located: SharedPlace[] };
  divisions: Divisions;
  studyTour: AreaFC;
}

const GEONAMES = 'township seat (GeoNames';
const ADCODE = 'township point (AutoNavi';
/** Below this distance (m) the GeoNames and adcode seats of a township agree. */
export const SEATS_AGREE_M = 200;

/** A record's GCJ-02 point, rounded: its lng_gcj02/lat_gcj02, or lng/lat if it is GCJ-02. */
export function gcj(rec: SharedPlace, decimals: number): LngLat {
  const lng = rec.lng_gcj02 ?? (rec.crs === 'GCJ-02' ? rec.lng : null);
  const lat = rec.lat_gcj02 ?? (rec.crs === 'GCJ-02' ? rec.lat : null);
  if (lng == null || lat == null) throw new Error(`${rec.name}: no GCJ-02 coordinate`);
  return [round(lng, decimals), round(lat, decimals)];
}

export function township(m: Manifest, id: string): Township {
  const t = m.townships.find((x) => x.id === id);
  if (!t) throw new Error(`Unknown township ${id}`);
  return t;
}

/** Checks the official code list: the village (code) belongs to the township (code). */
export function checkVillage(
  divisions: Divisions,
  t: Township,
  code: string,
  name: Bilingual,
): Bilingual {
  const unit = divisions.townships.find((x) => x.code === t.code);
  const v = unit?.villages.find((x) => x.code === code);
  if (!v || v.short_name !== name.zh) {
    throw new Error(`${name.zh} (${code}) is not a village of ${t.name.zh} in the code list`);
  }
  return name;
}

export function sharedRecord(list: SharedPlace[], name: string): SharedPlace {
  const rec = list.find((p) => p.name === name);
  if (!rec) throw new Error(`No shared record "${name}"`);
  return rec;
}

/** Throws when a shared file now gives the place an accepted coordinate. */
export function assertNoCoordinate(inputs: PlaceInputs, sharedName: string): void {
  const rec = inputs.places.find((p) => p.name === sharedName);
  if (!rec) throw new Error(`../shared/geo/places.json has no "${sharedName}"`);
  if (rec.lng !== null || rec.lat !== null) throw new Error(`${sharedName} has a coordinate now`);
  const base = sharedName.split(' ')[0];
  if (inputs.found.places.some((p) => p.name === base || p.village === base)) {
    throw new Error(`places_found_2.json now locates ${base}: review the import`);
  }
}

function townRecord(inputs: PlaceInputs, code: string, prefix: string): SharedPlace | undefined {
  return inputs.found.places.find(
    (p) => p.township_code === code && p.village_code === null && p.precision.startsWith(prefix),
  );
}

/** What the seat's record says about its source and precision, from the two sources. */
export function seatText(
  m: Manifest,
  t: Township,
  chosen: SharedPlace,
  other: SharedPlace | undefined,
): { source: string; note: Bilingual } {
  const notes = m.placeNotes.seat;
  const sources = m.placeSources.seat;
  const d = chosen.cross_source_distance_m;
  const source =
    t.seat === 'geonames'
      ? fillTemplate(sources.geonames, {
          geonamesId: (chosen.source ?? '').split('; ').pop() ?? '',
          lng: String(chosen.lng),
          lat: String(chosen.lat),
        })
      : fillTemplate(sources.adcode, { lng: String(chosen.lng), lat: String(chosen.lat) });
  if (!other) {
    return {
      source: fillTemplate(sources.single, { source }),
      note: t.seat === 'geonames' ? notes.geonamesOnly : notes.adcodeOnly,
    };
  }
  if (d === undefined) throw new Error(`${t.name.zh}: missing cross_source_distance_m`);
  const agree = d < SEATS_AGREE_M ? 'agree' : 'disagree';
  const values = { source, lng: String(other.lng), lat: String(other.lat), d };
  return { source: fillTemplate(sources[agree], values), note: fillBilingual(notes[agree], { d }) };
}

/** A township's seat place, from the source the manifest picks. */
export function townshipSeat(inputs: PlaceInputs, t: Township, m: Manifest): Place {
  const geo = townRecord(inputs, t.code, GEONAMES);
  const ad = townRecord(inputs, t.code, ADCODE);
  const chosen = t.seat === 'geonames' ? geo : ad;
  if (!chosen) throw new Error(`No ${t.seat} point for ${t.name.zh}`);
  const { source, note } = seatText(m, t, chosen, t.seat === 'geonames' ? ad : geo);
  return {
    id: t.id,
    name: t.name,
    kind: 'township',
    township: t.name,
    village: null,
    lngLat: gcj(chosen, m.decimals),
    precision: 'township',
    precisionNote: note,
    note: joinNote(m.townshipNoteBase, t.note),
    source: fillTemplate(m.placeSources.seat.unit, {
      source,
      code: t.code,
      divisions: m.divisionsSource,
    }),
  };
}

/** The district seat: Vonng/adcode, which the shared PROVENANCE finds consistent with 顾家岗. */
export function districtSeat(inputs: PlaceInputs, m: Manifest): Place {
  const s = m.districtSeat;
  const rec = sharedRecord(inputs.found.places, s.sharedName);
  const datav = sharedRecord(inputs.places, s.datavName);
  return {
    id: s.id,
    name: s.name,
    kind: 'district-seat',
    township: null,
    village: null,
    lngLat: gcj(rec, m.decimals),
    precision: 'approximate',
    precisionNote: s.precisionNote,
    note: s.note,
    source: fillTemplate(m.placeSources.districtSeat, {
      lng: String(datav.lng),
      lat: String(datav.lat),
    }),
  };
}

/** A note of the manifest: its own text, or a shared note with an addition. */
export function noteOf(m: Manifest, note: Bilingual | SharedNote): Bilingual {
  if (!('shared' in note)) return note;
  const base = m.sharedNotes[note.shared];
  if (!base) throw new Error(`No shared note "${note.shared}"`);
  return joinNote(base, note.add);
}

/** 东沟村: the 乐游东沟 point, with the distance to adcode's village point. */
export function donggouPlace(inputs: PlaceInputs, m: Manifest): { place: Place; check: number } {
  const g = m.donggou;
  const rec = sharedRecord(inputs.places, g.sharedName);
  const ad = inputs.found.places.find((p) => p.village_code === g.adcodeVillage);
  if (!ad) throw new Error('adcode 东沟村 point missing');
  const lngLat = gcj(rec, m.decimals);
  const check = Math.round(distanceM(lngLat, gcj(ad, m.decimals)));
  const t = township(m, g.township);
  const place: Place = {
    id: 'donggou',
    name: g.name,
    kind: 'village',
    township: t.name,
    village: checkVillage(inputs.divisions, t, g.village.code, g.village.name),
    lngLat,
    precision: 'approximate',
    precisionNote: fillBilingual(m.placeNotes.donggou, { check }),
    note: noteOf(m, { shared: 'tourism' }),
    source: fillTemplate(m.placeSources.donggou, {
      source: rec.source ?? '',
      village: g.adcodeVillage,
      check,
      divisions: m.divisionsSource,
    }),
  };
  return { place, check };
}

/** The places no source locates, in the manifest's order and key order. */
export function unlocatedPlaces(inputs: PlaceInputs, m: Manifest): Place[] {
  return m.unlocated.map(({ sharedName, ...entry }) => {
    assertNoCoordinate(inputs, sharedName);
    const t = entry.township === null ? null : township(m, entry.township);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (key === 'township') out.township = t ? t.name : null;
      else if (key === 'village') {
        const v = entry.village;
        if (v && !t) throw new Error(`${entry.id}: a village needs a township`);
        out.village = v && t ? checkVillage(inputs.divisions, t, v.code, v.name) : null;
      } else if (key === 'note') out.note = noteOf(m, entry.note);
      else if (key === 'source')
        out.source = entry.source.replaceAll('{divisions}', m.divisionsSource);
      else out[key] = value;
    }
    out.lngLat = null;
    out.precision = 'none';
    out.precisionNote =
      entry.precisionNote ?? (t === null ? m.noCoordinateNoTownship : m.noCoordinate);
    return out as unknown as Place;
  });
}

/** The study-tour counties, at their DataV seat. */
export function countyPlaces(inputs: PlaceInputs, m: Manifest): Place[] {
  return m.studyTour.counties.map((c) => {
    const file = str(
      countySource(inputs.studyTour, c.adcode).properties.source_file,
      'source_file',
    );
    const commit = m.studyTour.commits[file] ?? m.studyTour.commits['*'];
    return {
      id: c.id,
      name: c.name,
      kind: 'county',
      township: null,
      village: null,
      lngLat: countySeat(inputs.studyTour, c.adcode, m.decimals),
      precision: 'exact',
      precisionNote: m.studyTour.seatPrecisionNote,
      note: c.note,
      source: fillTemplate(m.placeSources.county, { file, commit, adcode: c.adcode }),
    };
  });
}

/** The report's three regions: schematic label positions at the mean of township seats. */
export function regionPlaces(seats: readonly Place[], m: Manifest): Place[] {
  return m.regions.map((r) => {
    const points = r.townships.map((id) => {
      const p = seats.find((x) => x.id === id);
      if (!p?.lngLat) throw new Error(`No seat for ${id}`);
      return p.lngLat;
    });
    const names = r.townships.map((id) => township(m, id).name);
    return {
      id: r.id,
      name: r.name,
      kind: 'region',
      township: null,
      village: null,
      lngLat: meanPoint(points, m.decimals),
      precision: 'schematic',
      precisionNote: fillBilingual(m.placeNotes.region, { how: r.how }),
      note: joinNote(m.regionLayout, r.add),
      source: fillTemplate(m.placeSources.region, {
        how: m.placeSources.regionHow[r.townships.length > 1 ? 'many' : 'one'],
        seats: names.map((n) => n.zh).join('、'),
        ids: r.townships.join(', '),
      }),
      townships: r.townships,
    };
  });
}

/**
 * Throws unless every drawn Maojian place lies inside the district outline and every county
 * seat inside its county.
 */
export function checkPlacesInside(
  places: readonly Place[],
  maojian: Polygon | MultiPolygon,
  inputs: PlaceInputs,
  m: Manifest,
): void {
  for (const p of places) {
    if (!p.lngLat) continue;
    if (p.kind === 'county') {
      const c = m.studyTour.counties.find((x) => x.id === p.id);
      if (!c) throw new Error(`${p.id}: not a study-tour county`);
      const area = cleanArea(countySource(inputs.studyTour, c.adcode).geometry, 0, m.decimals);
      if (!inArea(p.lngLat, area)) throw new Error(`${p.id} seat lies outside its county`);
    } else if (!inArea(p.lngLat, maojian)) throw new Error(`${p.id} lies outside 茅箭区`);
  }
}

/** Every place of data/places.json, in its order; `donggouCheck` is for PROVENANCE.md. */
export function buildPlaces(
  inputs: PlaceInputs,
  maojian: Polygon | MultiPolygon,
  m: Manifest,
): { places: Place[]; donggouCheck: number } {
  const seats = m.townships.map((t) => townshipSeat(inputs, t, m));
  const donggou = donggouPlace(inputs, m);
  const places = [
    districtSeat(inputs, m),
    ...seats,
    donggou.place,
    ...unlocatedPlaces(inputs, m),
    ...countyPlaces(inputs, m),
    ...regionPlaces(seats, m),
  ];
  checkPlacesInside(places, maojian, inputs, m);
  return { places, donggouCheck: donggou.check };
}
