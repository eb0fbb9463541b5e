import { describe, expect, it } from 'vitest';
import { squareRing } from '../../../tests/support/geo/test-shapes';
import type { MultiPolygon } from '../../../src/lib/geo/geojson';
import type { Place } from '../../../src/lib/geo/places';
import { joinNote, readManifest, type Manifest } from './manifest';
import {
  SEATS_AGREE_M,
  assertNoCoordinate,
  checkPlacesInside,
  checkVillage,
  gcj,
  noteOf,
  regionPlaces,
  seatText,
  township,
  unlocatedPlaces,
  type PlaceInputs,
  type SharedPlace,
} from './place-records';

const m: Manifest = readManifest();
const record = (over: Partial<SharedPlace>): SharedPlace => ({
  name: 'x',
  township: null,
  township_code: null,
  village: null,
  village_code: null,
  lng: null,
  lat: null,
  crs: null,
  precision: 'none',
  source: null,
  note: null,
  ...over,
});

/** Inputs in which every unlocated place of the manifest has a record without coordinate. */
function inputs(): PlaceInputs {
  const villages = new Map<string, { code: string; short_name: string }[]>();
  for (const p of m.unlocated) {
    if (!p.village || !p.township) continue;
    const code = township(m, p.township).code;
    villages.set(code, [
      ...(villages.get(code) ?? []),
      { code: p.village.code, short_name: p.village.name.zh },
    ]);
  }
  return {
    places: m.unlocated.map((p) => record({ name: p.sharedName })),
    found: { places: [], rejected_points: [], not_located: [] },
    divisions: {
      townships: m.townships.map((t) => ({
        code: t.code,
        name: t.name.zh,
        villages: villages.get(t.code) ?? [],
      })),
    },
    studyTour: {
      type: 'FeatureCollection',
      features: [],
      metadata: { source: '', license: '', crs: '' },
    },
  };
}

describe('gcj', () => {
  it('takes the converted point, or the point of a GCJ-02 record, rounded', () => {
    expect(
      gcj(record({ lng: 1, lat: 2, crs: 'WGS-84', lng_gcj02: 110.1234567, lat_gcj02: 32 }), 5),
    ).toEqual([110.12346, 32]);
    expect(gcj(record({ lng: 110.5, lat: 32.5, crs: 'GCJ-02' }), 5)).toEqual([110.5, 32.5]);
    expect(() => gcj(record({ name: 'w', lng: 110.5, lat: 32.5, crs: 'WGS-84' }), 5)).toThrow(
      'w: no GCJ-02 coordinate',
    );
  });
});

describe('checkVillage', () => {
  it('passes a village of the township in the code list, and refuses another', () => {
    const ins = inputs();
    const maota = township(m, 'maota');
    const donggou = { zh: '东沟村', en: 'Donggou Village' };
    ins.divisions.townships
      .find((t) => t.code === maota.code)!
      .villages.push({
        code: '420302201203',
        short_name: '东沟村',
      });
    expect(checkVillage(ins.divisions, maota, '420302201203', donggou)).toBe(donggou);
    expect(() =>
      checkVillage(ins.divisions, township(m, 'dachuan'), '420302201203', donggou),
    ).toThrow(/is not a village of 大川镇/);
  });
});

describe('seatText', () => {
  const t = township(m, 'eryan');
  const chosen = (d: number) =>
    record({ lng: 110.7, lat: 32.6, source: 'a; geonameid 1', cross_source_distance_m: d });
  const other = record({ lng: 110.71, lat: 32.61 });

  it('says whether the two sources agree, by distance', () => {
    expect(seatText(m, t, chosen(SEATS_AGREE_M - 1), other).note.en).toContain('and agrees');
    const far = seatText(m, t, chosen(966), other);
    expect(far.note.en).toContain('966 m away, so the sources disagree');
    expect(far.source).toContain('they disagree');
  });

  it('names a single source', () => {
    expect(seatText(m, t, chosen(0), undefined).source).toMatch(/Single source\.$/);
    expect(seatText(m, township(m, 'wuyan'), chosen(0), undefined).note.zh).toContain(
      'Vonng/adcode',
    );
  });

  it('needs the distance when there are two sources', () => {
    expect(() => seatText(m, t, record({ lng: 1, lat: 2 }), other)).toThrow(
      /cross_source_distance_m/,
    );
  });
});

describe('notes', () => {
  it('joins zh as is and en after a space', () => {
    expect(joinNote({ zh: '甲。', en: 'A.' }, { zh: '乙。', en: 'B.' })).toEqual({
      zh: '甲。乙。',
      en: 'A. B.',
    });
    expect(joinNote({ zh: '甲。', en: 'A.' }, { zh: '', en: '' })).toEqual({
      zh: '甲。',
      en: 'A.',
    });
  });

  it('noteOf resolves a shared note', () => {
    expect(noteOf(m, { shared: 'homestay' })).toEqual(m.sharedNotes.homestay);
    expect(() => noteOf(m, { shared: 'nope' })).toThrow(/No shared note/);
  });
});

describe('unlocatedPlaces', () => {
  it('writes null coordinates, precision none, and keeps the manifest key order', () => {
    const places = unlocatedPlaces(inputs(), m);
    expect(places.map((p) => p.id)).toEqual(m.unlocated.map((p) => p.id));
    for (const p of places) {
      expect(p.lngLat).toBeNull();
      expect(p.precision).toBe('none');
      expect(p.source).not.toContain('{divisions}');
    }
    const qinba = places.find((p) => p.id === 'qinba-garden')!;
    expect(Object.keys(qinba).slice(0, 3)).toEqual(['id', 'precisionNote', 'name']);
    const shanli = places.find((p) => p.id === 'shanli-maoju')!;
    expect(shanli.precisionNote).toEqual(m.noCoordinateNoTownship);
    expect(Object.keys(shanli).slice(-3)).toEqual(['lngLat', 'precision', 'precisionNote']);
  });

  it('stops when a shared file now locates the place', () => {
    const ins = inputs();
    ins.places[0] = { ...ins.places[0], lng: 110.7, lat: 32.5 };
    expect(() => unlocatedPlaces(ins, m)).toThrow(/has a coordinate now/);
    const again = inputs();
    again.found.places.push(record({ name: '营子村' }));
    expect(() => assertNoCoordinate(again, '营子村')).toThrow(/now locates 营子村/);
  });
});

describe('regions and the inside check', () => {
  const seat = (id: string, lngLat: [number, number]) => ({ id, lngLat }) as Place;
  const seats = m.townships.map((t, i) => seat(t.id, [110.7 + i * 0.01, 32.5]));

  it('puts a region at the mean of its townships', () => {
    const [centre] = regionPlaces(seats, m);
    const ids = m.regions[0].townships;
    const mean =
      ids.reduce((s, id) => s + seats.find((x) => x.id === id)!.lngLat![0], 0) / ids.length;
    expect(centre.lngLat![0]).toBeCloseTo(mean, 5);
    expect(centre.precision).toBe('schematic');
    expect(centre.townships).toEqual(ids);
  });

  it('refuses a Maojian place outside the outline', () => {
    const maojian: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[squareRing(110.6, 32.4, 0.3)]],
    };
    const inside = { id: 'a', kind: 'village', lngLat: [110.7, 32.5] } as Place;
    const outside = { id: 'b', kind: 'village', lngLat: [111.7, 32.5] } as Place;
    expect(() => checkPlacesInside([inside], maojian, inputs(), m)).not.toThrow();
    expect(() => checkPlacesInside([inside, outside], maojian, inputs(), m)).toThrow(
      'b lies outside 茅箭区',
    );
  });
});

describe('the tourism villages note', () => {
  // Report paragraph: "打造了东沟、营子、马家河等一批“网红”旅游村,80%农户吃上“旅游饭”。" It names
  // no scope for the 80%: the note attributes the figure and says so, in both languages.
  it('attributes the 80% to the report without claiming what it covers', () => {
    const note = m.sharedNotes.tourism;
    expect(note.zh).toContain('报告称“80%农户吃上‘旅游饭’”');
    expect(note.zh).toContain('未说明');
    expect(note.zh).not.toContain('全区');
    expect(note.en).toContain('the report says 80% of farming households');
    expect(note.en).toContain('without saying what the 80% is a share of');
    expect(note.en).not.toMatch(/district's|of the district/);
  });
});
