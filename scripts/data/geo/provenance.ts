/**
 * data/geo/PROVENANCE.md: the words are the manifest's (provenance-template.md and the line
 * templates of manifest.json's "provenance"); this fills in the inputs, tolerances and credits
 * of the manifest and what the import measured (vertex counts, river stats, the places without
 * a coordinate). Pure: text in, text out.
 */
import type { FeatureCollection } from '../../../src/lib/geo/geojson';
import type { Place } from '../../../src/lib/geo/places';
import { vertices } from './geometry';
import type { RiverStat } from './layers';
import type { LayerInput, Manifest } from './manifest';
import { fillTemplate } from './text-template';

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

/** The names provenance-template.md fills in, for the manifest's rivers. */
export function provenanceValueNames(m: Pick<Manifest, 'rivers'>): string[] {
  const layers = ['districts', 'outline', 'provinces', 'studyTour'];
  return [
    'decimals',
    ...['rivers', 'provinces', 'studyTour'].map((l) => `tolerance.${l}`),
    ...['districts', 'outline', 'rivers', 'provinces', 'studyTour'].flatMap((l) => [
      `input.${l}.file`,
      `input.${l}.source`,
    ]),
    ...layers.flatMap((l) => [`vertices.${l}.in`, `vertices.${l}.out`]),
    ...m.rivers.rivers.flatMap((r) => [`river.${r.id}.before`, `river.${r.id}.after`]),
    'credits',
    'donggouCheck',
    'missing',
  ];
}

/** data/geo/PROVENANCE.md: the manifest's template, filled in with what the import measured. */
export function provenance(m: Manifest, facts: ProvenanceFacts): string {
  const { places, riverStats, donggouCheck, layers } = facts;
  const t = m.provenance;
  const values: Record<string, string | number> = {
    decimals: m.decimals,
    'tolerance.rivers': m.rivers.tolerance,
    'tolerance.provinces': m.provinces.tolerance,
    'tolerance.studyTour': m.studyTour.tolerance,
    credits: m.attribution
      .map((a) => fillTemplate(t.credit, { zh: a.text.zh, en: a.text.en, license: a.license }))
      .join('\n'),
    donggouCheck,
    missing: places
      .filter((p) => p.lngLat === null)
      .map((p) => {
        const where = p.township ? (p.village ? 'village' : 'township') : 'none';
        const whereText = fillTemplate(t.missingWhere[where], {
          township: p.township?.zh ?? '',
          village: p.village?.zh ?? '',
        });
        return fillTemplate(t.missing, {
          id: p.id,
          zh: p.name.zh,
          en: p.name.en,
          where: whereText,
        });
      })
      .join('\n'),
  };
  for (const input of ['districts', 'outline', 'rivers', 'provinces', 'studyTour'] as const) {
    const i = m.inputs[input];
    if (!i.source) throw new Error(`manifest: input ${input} has no source`);
    values[`input.${input}.file`] = i.file;
    values[`input.${input}.source`] = i.source;
  }
  for (const [name, layer] of Object.entries(layers)) {
    values[`vertices.${name}.in`] = vertices(layer.before);
    values[`vertices.${name}.out`] = vertices(layer.after);
  }
  for (const r of m.rivers.rivers) {
    const s = riverStats.find((x) => x.id === r.id);
    if (!s) throw new Error(`No river ${r.id}`);
    values[`river.${r.id}.before`] = s.before;
    values[`river.${r.id}.after`] = s.after;
  }
  return fillTemplate(t.text, values);
}
