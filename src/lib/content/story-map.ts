/**
 * A step's map fields (map.view, map.fit, map.highlight, map.layers). Only a map step has
 * them, and it needs a view or places to fit. Every id must be known: the view presets, the
 * map's layers and, when given, the places of data/places.json.
 */
import { describeValue, quote } from './errors.ts';
import { checkText, isRecord, type Reader } from './reader.ts';
import { MAP_LAYERS, MAP_VIEWS, type MapStep, type StageKind } from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELDS = ['view', 'fit', 'highlight', 'layers'] as const;
const LAYERS: ReadonlySet<string> = new Set(MAP_LAYERS);

/** Splits "a, b，c" into ids; empty input gives []. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Ids of a comma list: kebab-case, each once, each in `known` when it is given. */
export function readIds(
  r: Reader,
  field: string,
  value: string,
  noun: string,
  known?: { has(id: string): boolean },
): string[] {
  const ids = splitList(value);
  if (ids.length === 0) r.fail(field, `names no ${noun}`);
  const seen = new Set<string>();
  for (const id of ids) {
    if (!ID.test(id)) r.fail(field, `${quote(id)} is not a kebab-case id`);
    if (seen.has(id)) r.fail(field, `duplicate ${noun} id ${quote(id)}`);
    seen.add(id);
    if (known && !known.has(id)) r.fail(field, `unknown ${noun} id ${quote(id)}`);
  }
  return ids;
}

export function readMap(
  r: Reader,
  stage: StageKind,
  places?: ReadonlySet<string>,
): MapStep | undefined {
  const raw = r.get('map');
  if (raw === undefined) {
    if (stage === 'map') r.fail('map', 'a map step needs map.view or map.fit');
    return undefined;
  }
  if (!isRecord(raw)) {
    r.fail(
      'map',
      `must be map.view / map.fit / map.highlight / map.layers lines (got ${describeValue(raw)})`,
    );
  }
  if (stage !== 'map') r.fail('map', `only a map step has map fields (the stage is "${stage}")`);
  const out: MapStep = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = `map.${key}`;
    if (!(FIELDS as readonly string[]).includes(key)) {
      r.fail(field, `unknown map field (use ${FIELDS.join(', ')})`);
    }
    const text = checkText(value, (detail) => r.fail(field, detail));
    if (key === 'view') {
      if (!(MAP_VIEWS as readonly string[]).includes(text)) {
        r.fail(field, `unknown view ${quote(text)} (known: ${MAP_VIEWS.join(', ')})`);
      }
      out.view = text;
    } else if (key === 'layers') out.layers = readIds(r, field, text, 'layer', LAYERS);
    else out[key as 'fit' | 'highlight'] = readIds(r, field, text, 'place', places);
  }
  if (out.view === undefined && out.fit === undefined) {
    r.fail('map', 'a map step needs map.view or map.fit');
  }
  return out;
}
