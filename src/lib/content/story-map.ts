/**
 * A step's map fields (map.view, map.fit, map.highlight, map.layers) as a valibot schema, and
 * the rule between them and the step's stage: only a map step has them, and it needs a view
 * or places to fit. Every id must be known: the view presets, the map's layers and, when
 * given, the places of data/places.json.
 */
import * as v from 'valibot';
import { quote } from './errors.ts';
import { ID, oneOf, record, text } from './schema-parts.ts';
import { MAP_LAYERS, MAP_VIEWS, type MapStep, type StageKind } from './types.ts';

const LAYERS: ReadonlySet<string> = new Set(MAP_LAYERS);

/** Splits "a, b，c" into ids; empty input gives []. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The first problem of a list of ids: not kebab-case, repeated, or not in `known`. */
function idsProblem(ids: string[], noun: string, known?: { has(id: string): boolean }) {
  if (ids.length === 0) return `names no ${noun}`;
  const seen = new Set<string>();
  for (const id of ids) {
    if (!ID.test(id)) return `${quote(id)} is not a kebab-case id`;
    if (seen.has(id)) return `duplicate ${noun} id ${quote(id)}`;
    if (known && !known.has(id)) return `unknown ${noun} id ${quote(id)}`;
    seen.add(id);
  }
  return null;
}

/**
 * A comma list of ids ("households, villages"): at least one, kebab-case, each once, each in
 * `known` when it is given. The message names the id. `none`, when given, is the word that
 * stands for an empty list.
 */
export const idList = (noun: string, known?: { has(id: string): boolean }, none?: string) =>
  v.pipe(
    text(1),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      if (none !== undefined && dataset.value === none) return [];
      const ids = splitList(dataset.value);
      const problem = idsProblem(ids, noun, known);
      if (problem === null) return ids;
      addIssue({ message: problem });
      return NEVER;
    }),
  );

/** map.view / map.fit / map.highlight / map.layers; `places` are the ids fit and highlight may name. */
export const mapSchema = (places?: ReadonlySet<string>) =>
  record(
    {
      view: v.optional(oneOf('view', MAP_VIEWS)),
      fit: v.optional(idList('place', places)),
      highlight: v.optional(idList('place', places)),
      layers: v.optional(idList('layer', LAYERS)),
    },
    'must be map.view / map.fit / map.highlight / map.layers lines',
  );

/** What is wrong between a step's stage and its map fields, or null. */
export function mapProblem(stage: StageKind, map: MapStep | undefined): string | null {
  if (map !== undefined && stage !== 'map') {
    return `only a map step has map fields (the stage is ${quote(stage)})`;
  }
  if (stage === 'map' && map?.view === undefined && map?.fit === undefined) {
    return 'a map step needs map.view or map.fit';
  }
  return null;
}
