/**
 * A step's `emphasis.…` lines (what its chart stresses) as a valibot schema, and the rules
 * between them and the step: the figures named are the step's own, of the kind the emphasis
 * needs, on a stage that can draw it.
 *
 *   emphasis.figures: picking-bases, workshops   only these in full colour ("none": all muted)
 *   emphasis.items: 4                            the list figure's 4th item (counting from 1)
 *   emphasis.reveal: toilets                     a count whose marks appear with scrolling
 *   emphasis.travel: true                        cascade / loop: the stress travels with scrolling
 *   emphasis.nested: true                        villages: thresholds of one measure, one grid
 *   emphasis.sameScale: a, b; c, d               counts of like things sharing one scale
 *   emphasis.within.inner: cadres                the inner count drawn inside the outer one
 *   emphasis.within.outer: teams
 */
import * as v from 'valibot';
import { quote } from './errors.ts';
import { record, text } from './schema-parts.ts';
import { idList } from './story-map.ts';
import type { Emphasis, Figure, StageKind } from './types.ts';

const yes = v.pipe(
  text(1),
  v.check((s) => s === 'true', 'must be "true" (or leave the line out)'),
  v.transform(() => true as const),
);

const itemNumbers = v.pipe(
  text(1),
  v.transform((s) => s.split(/[,，、]/).map((n) => n.trim())),
  v.check(
    (ns) => ns.every((n) => /^[1-9][0-9]*$/.test(n)),
    'must be item numbers counting from 1, e.g. "4" or "1, 2"',
  ),
  v.transform((ns) => ns.map((n) => Number(n) - 1)),
);

/** The schema of a step's emphasis lines; figure ids must be in `figures`. */
export const emphasisSchema = (figures: ReadonlyMap<string, Figure>) => {
  const one = v.pipe(
    idList('figure', figures),
    v.check((ids) => ids.length === 1, 'must name one figure'),
    v.transform((ids) => ids[0]),
  );
  return record(
    {
      figures: v.optional(idList('figure', figures, 'none')),
      items: v.optional(itemNumbers),
      reveal: v.optional(one),
      travel: v.optional(yes),
      nested: v.optional(yes),
      sameScale: v.optional(
        v.pipe(
          text(1),
          v.transform((s) => s.split(/[;；]/).map((g) => g.trim())),
          v.array(
            v.pipe(
              idList('figure', figures),
              v.check((g) => g.length > 1, 'a group sharing a scale needs two figures or more'),
            ),
          ),
        ),
      ),
      within: v.optional(
        record(
          { inner: one, outer: one },
          'must be emphasis.within.inner and emphasis.within.outer lines',
        ),
      ),
    },
    'must be emphasis.figures / items / reveal / travel / nested / sameScale / within lines',
  );
};

interface EmphasisStep {
  stage: StageKind;
  figures: readonly string[];
  emphasis: Emphasis;
}

/** What is wrong between a step and its emphasis, as [field, problem], or null. */
export function emphasisProblem(
  { stage, figures: own, emphasis: e }: EmphasisStep,
  figures: ReadonlyMap<string, Figure>,
): [string, string] | null {
  const stages = (field: string, allowed: readonly StageKind[]): [string, string] | null =>
    allowed.includes(stage)
      ? null
      : [field, `only a ${allowed.join(' or ')} step has it (the stage is ${quote(stage)})`];
  /** The first id that is not one of the step's figures, or of the wrong kind. */
  const notOwn = (
    field: string,
    ids: readonly string[],
    kind?: string,
  ): [string, string] | null => {
    for (const id of ids) {
      if (!own.includes(id)) return [field, `${quote(id)} is not a figure of this step`];
      if (kind && figures.get(id)?.kind !== kind) return [field, `${quote(id)} is not a ${kind}`];
    }
    return null;
  };
  if (stage === 'map') return ['emphasis', 'a map step has no chart to stress'];
  const list = own.map((id) => figures.get(id)).find((f) => f?.kind === 'list');
  const problems: (() => [string, string] | null)[] = [
    () => notOwn('emphasis.figures', e.figures ?? []),
    () => {
      if (!e.items) return null;
      if (!list?.items) return ['emphasis.items', 'the step has no list figure'];
      const out = e.items.find((i) => i >= list.items!.length);
      return out === undefined
        ? null
        : ['emphasis.items', `${quote(list.id)} has ${list.items.length} items, not ${out + 1}`];
    },
    () => (e.reveal === undefined ? null : notOwn('emphasis.reveal', [e.reveal], 'count')),
    () => (e.travel ? stages('emphasis.travel', ['cascade', 'loop']) : null),
    () => (e.nested ? stages('emphasis.nested', ['villages']) : null),
    () =>
      e.sameScale
        ? (stages('emphasis.sameScale', ['units', 'honours', 'numbers']) ??
          notOwn('emphasis.sameScale', e.sameScale.flat(), 'count'))
        : null,
    () => {
      if (!e.within) return null;
      const { inner, outer } = e.within;
      const problem =
        stages('emphasis.within', ['units', 'numbers']) ??
        notOwn('emphasis.within', [inner, outer], 'count');
      if (problem) return problem;
      if (inner === outer) return ['emphasis.within', 'inner and outer must be two figures'];
      // Each outer mark holds at least one inner one.
      return figures.get(inner)!.value < figures.get(outer)!.value
        ? ['emphasis.within', `${quote(inner)} is fewer than ${quote(outer)}: it cannot fill them`]
        : null;
    },
  ];
  for (const problem of problems) {
    const found = problem();
    if (found) return found;
  }
  return null;
}
