/**
 * A map step as a printable picture, from the live map's own scene (../map/map-scene.ts: the
 * step's view, the places drawn, highlighted and listed, the layers and the study-tour arcs):
 * the layers projected into a fixed print box, the places as points labelled by name (an
 * approximate point says so, a schematic region says it is schematic), and the places the
 * step names that have no public coordinate listed as text, as the live map's place panel
 * lists them. Every text is given in both editions. Pure: the same step and data give the
 * same picture, so it can be computed at build time.
 */
import type { Bilingual } from '../content/types.ts';
import { arcPoints } from '../geo/arcs.ts';
import type { Feature, FeatureCollection, LngLat } from '../geo/geojson.ts';
import {
  isDrawable,
  placesByTownship,
  type Place,
  type PlaceKind,
  type Precision,
} from '../geo/places.ts';
import type { Step } from '../content/types.ts';
import type { GeoLayers, MapData } from '../map/map-data.ts';
import { areaLabelPoint, lineLabelPoint } from '../map/geometry.ts';
import {
  AREA_LABEL_AT,
  displayName,
  labelSide,
  listedText,
  markerText,
  type AttributionEntry,
  type Scale,
  type Side,
} from '../map/labels.ts';
import { sceneFor, type LayerId } from '../map/map-scene.ts';
import { fitMercator } from './projection.ts';
import { svgPath } from './svg-path.ts';

/** The print box, CSS px, and the room kept round the view for labels. */
export const PRINT_MAP_BOX = { width: 340, height: 300 };
const PAD = { x: 46, y: 24 };

export interface MapShape {
  key: string;
  layer: LayerId;
  d: string;
  /** 茅箭区 among the districts of 十堰市. */
  focus: boolean;
  /** The Danjiangkou reservoir's centreline (drawn dashed). */
  reservoir: boolean;
}

export interface MapAreaLabel {
  key: string;
  kind: 'province' | 'district' | 'river';
  x: number;
  y: number;
  text: Bilingual;
}

export interface MapPoint {
  id: string;
  kind: PlaceKind;
  precision: Precision;
  role: 'highlight' | 'context' | 'plain';
  side: Side;
  x: number;
  y: number;
  text: Bilingual;
}

export interface MapPicture {
  /** The live map's view name (data-view). */
  view: string;
  scale: Scale;
  width: number;
  height: number;
  shapes: MapShape[];
  areaLabels: MapAreaLabel[];
  /** Drawn places, highlighted ones last (on top). */
  points: MapPoint[];
  /** Places the step names that have no public coordinate, by township. */
  listed: { id: string; text: Bilingual }[];
  /** Names of the highlighted places, for the picture's text alternative. */
  highlightNames: Bilingual[];
}

/** The module `virtual:print-maps`: the pictures of the map steps, computed at build time. */
export interface PrintMaps {
  /** By step id: the editions share their map steps. */
  steps: Record<string, MapPicture>;
  /** The map's data credits, printed under every map picture. */
  credits: AttributionEntry[];
}

/** Layers bottom to top, as the live map stacks its panes; and their data. */
const LAYERS: [Exclude<LayerId, 'arcs'>, keyof GeoLayers][] = [
  ['provinces', 'provinces'],
  ['districts', 'districts'],
  ['rivers', 'rivers'],
  ['study-tour', 'studyTour'],
  ['outline', 'outline'],
];

const r1 = (n: number) => Math.round(n * 10) / 10;

const bi = (f: (lang: 'zh-CN' | 'en') => string): Bilingual => ({ zh: f('zh-CN'), en: f('en') });

function nameOf(props: Record<string, unknown>): Bilingual {
  return { zh: String(props.name ?? ''), en: String(props.name_en ?? props.name ?? '') };
}

/** The area and river labels the live map shows at this scale, for the layers shown. */
function areaLabels(geo: GeoLayers, layers: readonly LayerId[], scale: Scale) {
  const out: { key: string; kind: MapAreaLabel['kind']; at: LngLat | null; text: Bilingual }[] = [];
  const at = (key: unknown, fallback: LngLat | null) => AREA_LABEL_AT[String(key)] ?? fallback;
  if (scale === 'province' && layers.includes('provinces'))
    for (const f of geo.provinces.features)
      out.push({
        key: `province:${String(f.properties.adcode)}`,
        kind: 'province',
        at: at(f.properties.adcode, areaLabelPoint(f.geometry)),
        text: nameOf(f.properties),
      });
  if (scale === 'local' && layers.includes('districts'))
    for (const f of geo.districts.features)
      if (!f.properties.focus)
        out.push({
          key: `district:${String(f.properties.adcode)}`,
          kind: 'district',
          at: areaLabelPoint(f.geometry),
          text: nameOf(f.properties),
        });
  if (layers.includes('rivers'))
    for (const f of geo.rivers.features) {
      const id = String(f.properties.id);
      const shown =
        scale === 'province' ? id === 'han' || id === 'yangtze' : id === 'han-reservoir';
      if (shown)
        out.push({
          key: `river:${id}`,
          kind: 'river',
          at: at(id, lineLabelPoint(f.geometry)),
          text: nameOf(f.properties),
        });
    }
  return out;
}

function shapesOf(fc: FeatureCollection, layer: LayerId, draw: (f: Feature) => string): MapShape[] {
  return fc.features
    .map((f, i) => ({
      key: `${layer}:${String(f.properties.id ?? f.properties.adcode ?? i)}`,
      layer,
      d: draw(f),
      focus: f.properties.focus === true,
      reservoir: f.properties.segment === 'reservoir-centreline',
    }))
    .filter((s) => s.d !== '');
}

export function mapPicture(
  step: Step,
  data: Pick<MapData, 'geo' | 'places' | 'presets'>,
  box: { width: number; height: number } = PRINT_MAP_BOX,
): MapPicture {
  const { geo, places, presets } = data;
  const scene = sceneFor(step, presets, places);
  const { width, height, project, projection } = fitMercator(scene.bounds, box, PAD);
  const byId = new Map(places.map((p) => [p.id, p]));

  const shapes: MapShape[] = [];
  for (const [layer, key] of LAYERS) {
    if (!scene.layers.includes(layer)) continue;
    // 茅箭区's own tile of the districts lies under its detailed outline: drawn once.
    const under = layer === 'districts' && scene.layers.includes('outline');
    const fc = under
      ? { ...geo[key], features: geo[key].features.filter((f) => f.properties.focus !== true) }
      : geo[key];
    shapes.push(...shapesOf(fc, layer, (f) => svgPath(f.geometry, projection)));
  }
  if (scene.layers.includes('arcs'))
    for (const { from, to } of scene.arcs) {
      const a = byId.get(from);
      const b = byId.get(to);
      if (!a?.lngLat || !b?.lngLat) continue;
      const d = svgPath(
        { type: 'LineString', coordinates: arcPoints(a.lngLat, b.lngLat, 40) },
        projection,
      );
      if (d) shapes.push({ key: `arc:${to}`, layer: 'arcs', d, focus: false, reservoir: false });
    }

  const inside = ([x, y]: [number, number]) =>
    x >= 8 && x <= width - 8 && y >= 8 && y <= height - 8;
  const labels: MapAreaLabel[] = [];
  for (const l of areaLabels(geo, scene.layers, scene.scale)) {
    if (!l.at) continue;
    const [x, y] = project(l.at);
    if (inside([x, y])) labels.push({ key: l.key, kind: l.kind, x: r1(x), y: r1(y), text: l.text });
  }

  const role = (id: string): MapPoint['role'] =>
    scene.highlight.includes(id) ? 'highlight' : scene.context.includes(id) ? 'context' : 'plain';
  const order = { plain: 0, context: 1, highlight: 2 };
  const points: MapPoint[] = scene.drawn
    .map((id) => byId.get(id))
    .filter((p): p is Place => p !== undefined && isDrawable(p))
    .map((p) => {
      const [x, y] = project(p.lngLat!);
      return {
        id: p.id,
        kind: p.kind,
        precision: p.precision,
        role: role(p.id),
        side: labelSide(p.id),
        x: r1(x),
        y: r1(y),
        text: bi((lang) => markerText(p, lang, scene.scale)),
      };
    })
    .sort((a, b) => order[a.role] - order[b.role]);

  const listedPlaces = scene.listed.map((id) => byId.get(id)).filter((p) => p !== undefined);
  const listed = placesByTownship(listedPlaces).flatMap((g) =>
    g.places.map((p) => ({ id: p.id, text: bi((lang) => listedText(p, lang)) })),
  );
  const highlightNames = scene.highlight
    .map((id) => byId.get(id))
    .filter((p) => p !== undefined)
    .map((p) => bi((lang) => displayName(p, lang)));

  return {
    view: scene.name,
    scale: scene.scale,
    width,
    height: r1(height),
    shapes,
    areaLabels: labels,
    points,
    listed,
    highlightNames,
  };
}
