/**
 * Wrong types at every level. Each path of a valid figures file and of a valid parsed story
 * (the document, each list, each entry, each field, nested objects) is replaced in turn by a
 * value of every other JSON type, or removed, or given an extra unknown key. Validation must
 * throw one ContentError naming the file, the figure or step, and the field: never a
 * TypeError or any other error, and never pass.
 */
import { describe, it } from 'vitest';
import { validateFigures } from './figures';
import { validateStory } from './story';
import {
  FIGURES,
  PLACES,
  errorOf,
  expectNamed,
  fixtureText,
  fullStoryRaw,
} from '../../../tests/support/content/test-corpus';

type Path = (string | number)[];
const MISSING = Symbol('missing');
const WRONG: [string, unknown][] = [
  ['null', null],
  ['a number', 7],
  ['text', 'x'],
  ['a boolean', true],
  ['a list', []],
  ['an object', {}],
  ['nothing', MISSING],
];

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'list' : typeof value;
}

/** Every path in a JSON-like value, with the value there; the root is []. */
function paths(value: unknown, at: Path = []): [Path, unknown][] {
  const out: [Path, unknown][] = [[at, value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (jsonKind(value) === 'object') {
    for (const [k, v] of Object.entries(value as object)) out.push(...paths(v, [...at, k]));
  }
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or removed, for MISSING). */
function withValue(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === MISSING) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Mutations worth a failure: a value of another type, or a removed object key. */
function mutations(doc: unknown, optional: (path: Path) => boolean) {
  const cases: [string, string, Path, unknown][] = [];
  for (const [path, original] of paths(doc)) {
    const shown = path.join('.') || '(document)';
    for (const [name, value] of WRONG) {
      if (value === MISSING) {
        if (path.length === 0 || typeof path[path.length - 1] === 'number' || optional(path)) {
          continue;
        }
      } else if (jsonKind(value) === jsonKind(original)) continue;
      cases.push([shown, name, path, value]);
    }
  }
  return cases;
}

/** Paths of every object below the document, for the extra-key test. */
const objectPaths = (doc: unknown): Path[] =>
  paths(doc)
    .filter(([p, v]) => p.length > 0 && jsonKind(v) === 'object')
    .map(([p]) => p);

describe('figures.json: a wrong type anywhere', () => {
  const FILE = 'data/figures.json';
  const doc = JSON.parse(fixtureText('figures.all-kinds.json')) as { figures: { id: string }[] };

  /** Where the validator must say the problem is, from the path alone. */
  function expected(path: Path): [string | null, string] {
    if (path.length <= 1) return [null, 'figures'];
    const i = path[1] as number;
    if (path.length === 2) return [`figure #${i + 1}`, 'figure'];
    const field = path.slice(2).join('.');
    return [path[2] === 'id' ? `figure #${i + 1}` : `figure "${doc.figures[i].id}"`, field];
  }
  // approx is nullable; no figure field is optional for its kind.
  const nullable = (path: Path, value: unknown) => value === null && path[2] === 'approx';

  it.each(mutations(doc, () => false).filter(([, , p, v]) => !nullable(p, v)))(
    '%s as %s',
    (_shown, _name, path, value) => {
      const err = errorOf(() => validateFigures(withValue(doc, path, value), FILE));
      expectNamed(err, FILE, ...expected(path));
    },
  );

  it.each(objectPaths(doc).map((p) => [p.join('.'), p] as const))(
    '%s with an unknown key',
    (_shown, path) => {
      const err = errorOf(() => validateFigures(withValue(doc, [...path, 'extra'], 1), FILE));
      expectNamed(err, FILE, ...expected([...path, 'extra']));
    },
  );
});

describe('a story: a wrong type anywhere', () => {
  const FILE = 'data/story.zh-CN.aml';
  const doc = fullStoryRaw();
  const list = (name: string) => doc[name] as Record<string, unknown>[];
  // The first step (units: households, villages) with emphasis lines.
  list('steps')[0]!.emphasis = { figures: 'households', reveal: 'households' };
  const OPTIONAL = new Set([
    'notes',
    'map.highlight',
    'map.layers',
    'url',
    'emphasis',
    'emphasis.figures',
    'emphasis.reveal',
  ]);
  const optional = (path: Path) =>
    OPTIONAL.has(
      path
        .filter((k) => typeof k === 'string')
        .slice(-2)
        .join('.'),
    ) || OPTIONAL.has(String(path[path.length - 1]));

  function expected(path: Path, removed: boolean): [string | null, string] {
    const [top, i, key, ...rest] = path;
    if (path.length === 0) return [null, 'story'];
    if (path.length === 1) return [null, String(top)];
    const n = (i as number) + 1;
    if (top === 'notes') return [`note #${n}`, 'note'];
    if (top === 'sources') return [`source #${n}`, path.length === 2 ? 'source' : String(key)];
    const noun = top === 'steps' ? 'step' : 'section';
    if (path.length === 2) return [`${noun} #${n}`, noun];
    const item = key === 'id' ? `${noun} #${n}` : `${noun} "${list(String(top))[n - 1].id}"`;
    // A map step without view and fit is reported on map, which needs one of them.
    if (removed && key === 'map' && (rest[0] === 'view' || rest[0] === 'fit')) return [item, 'map'];
    return [item, [key, ...rest].join('.')];
  }

  it.each(mutations(doc, optional))('%s as %s', (_shown, _name, path, value) => {
    const err = errorOf(() => validateStory(withValue(doc, path, value), FILE, FIGURES, PLACES));
    expectNamed(err, FILE, ...expected(path, value === MISSING));
  });

  it.each(objectPaths(doc).map((p) => [p.join('.'), p] as const))(
    '%s with an unknown key',
    (_shown, path) => {
      const err = errorOf(() =>
        validateStory(withValue(doc, [...path, 'extra'], 'x'), FILE, FIGURES, PLACES),
      );
      expectNamed(err, FILE, ...expected([...path, 'extra'], false));
    },
  );

  it('the unchanged document is valid (so each failure above is the mutation)', () => {
    validateStory(doc, FILE, FIGURES, PLACES);
    validateFigures(JSON.parse(fixtureText('figures.all-kinds.json')), 'data/figures.json');
  });
});
