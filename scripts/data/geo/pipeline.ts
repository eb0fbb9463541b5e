/**
 * The geodata import as one pipeline: read the inputs the manifest lists from the shared
 * folder, run the transforms (layers.ts, place-records.ts), and give every output file's text
 * by its path under the repo (data/geo/…, data/places.json). Nothing is written here:
 * import-geo.ts writes, the test compares with the committed files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../../../src/lib/geo/places';
import {
  buildDistricts,
  buildOutline,
  buildProvinces,
  buildRivers,
  buildStudyTour,
  checkCrs,
  hubeiOf,
  type AreaFC,
  type LineFC,
} from './layers';
import type { LayerInput, Manifest } from './manifest';
import { attributionText, geoText, placesText } from './output-text';
import { buildPlaces, type PlaceInputs } from './place-records';
import { provenance } from './provenance';

/** The output files, in writing order: path under the repo → layer input. */
export const LAYER_FILES: [string, LayerInput][] = [
  ['data/geo/shiyan-districts.json', 'districts'],
  ['data/geo/maojian-outline.json', 'outline'],
  ['data/geo/rivers.json', 'rivers'],
  ['data/geo/provinces.json', 'provinces'],
  ['data/geo/study-tour.json', 'studyTour'],
];

export interface GeoInputs extends PlaceInputs {
  layers: Record<LayerInput, AreaFC | LineFC>;
}

/** Reads the manifest's inputs from `geoDir` (../shared/geo); layer inputs must be its CRS. */
export function readInputs(geoDir: string, m: Manifest): GeoInputs {
  const read = <T>(file: string): T =>
    JSON.parse(readFileSync(join(geoDir, file), 'utf8').replace(/^\uFEFF/, '')) as T;
  const layer = <T extends AreaFC | LineFC>(input: LayerInput): T =>
    checkCrs(read<T>(m.inputs[input].file), m.inputs[input].file, m.inputs[input].crs);
  const layers = {
    districts: layer<AreaFC>('districts'),
    outline: layer<AreaFC>('outline'),
    rivers: layer<LineFC>('rivers'),
    provinces: layer<AreaFC>('provinces'),
    studyTour: layer<AreaFC>('studyTour'),
  };
  return {
    layers,
    places: read<{ places: PlaceInputs['places'] }>(m.inputs.places.file).places,
    found: read<PlaceInputs['found']>(m.inputs.found.file),
    divisions: read<PlaceInputs['divisions']>(m.inputs.divisions.file),
    studyTour: layers.studyTour,
  };
}

export interface GeoOutput {
  /** Path under the repo → file text. */
  files: Map<string, string>;
  places: Place[];
}

/** Every output file's text; `repoRoot` only locates Prettier's config for places.json. */
export async function runGeoImport(
  inputs: GeoInputs,
  m: Manifest,
  repoRoot: string,
): Promise<GeoOutput> {
  const area = inputs.layers as Record<Exclude<LayerInput, 'rivers'>, AreaFC>;
  const districts = buildDistricts(area.districts, m);
  const outline = buildOutline(area.outline, m);
  const provinces = buildProvinces(area.provinces, m);
  const studyTour = buildStudyTour(area.studyTour, m);
  const rivers = buildRivers(
    inputs.layers.rivers as LineFC,
    hubeiOf(area.provinces, m).geometry,
    m,
  );
  const built = { districts, outline, rivers: rivers.layer, provinces, studyTour };
  const { places, donggouCheck } = buildPlaces(inputs, outline.features[0].geometry, m);

  const files = new Map<string, string>();
  for (const [path, input] of LAYER_FILES) files.set(path, geoText(built[input]));
  files.set('data/geo/attribution.json', attributionText(m.attribution));
  files.set('data/places.json', await placesText(places, join(repoRoot, 'data/places.json')));
  files.set(
    'data/geo/PROVENANCE.md',
    provenance(m, {
      layers: {
        districts: { before: area.districts, after: districts },
        outline: { before: area.outline, after: outline },
        provinces: { before: area.provinces, after: provinces },
        studyTour: { before: area.studyTour, after: studyTour },
      },
      riverStats: rivers.stats,
      places,
      donggouCheck,
    }),
  );
  return { files, places };
}
