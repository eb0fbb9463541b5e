/**
 * Turns one edition's ArchieML copy (data/story.<lang>.aml) into a validated Story: valibot
 * schemas for the document, each section, step, note and source (build time only, like every
 * validator here), then the checks across items (duplicate ids, map fields and stage). Any
 * problem stops the build with a ContentError naming the file, the step id and the field.
 * Own properties only: the parsed document is copied without prototypes before it is read.
 */
import * as v from 'valibot';
import { loadArchieml } from './archieml-text.ts';
import { ContentError, quote } from './errors.ts';
import { isRecord } from './is-record.ts';
import { MAX_LIST_ITEMS, MAX_TEXT_CHARS, count, overLimit } from './limits.ts';
import { ID, itemLabel, oneOf, parseOrThrow, record, text } from './schema-parts.ts';
import { emphasisProblem, emphasisSchema } from './story-emphasis.ts';
import { idList, mapProblem, mapSchema } from './story-map.ts';
import { fillNote, noteProblem } from './story-notes.ts';
import { ownCopy } from './unsafe-keys.ts';
import { LANGS, STAGE_KINDS, type Figure, type Story } from './types.ts';

const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const DIGIT = /[0-9０-９%％]/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Blank-line separated paragraphs, each with its lines joined. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .join(''),
    )
    .filter((p) => p.length > 0);
}

/** A calendar date YYYY-MM-DD that exists (no 2026-02-30). */
function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** What is wrong with one paragraph of a step's text, or null. */
function paragraphProblem(p: string, figures: ReadonlyMap<string, Figure>): string | null {
  for (const match of p.matchAll(TOKEN)) {
    if (!figures.has(match[1])) return `unknown figure id "{${match[1]}}"`;
  }
  const bare = p.replace(TOKEN, '');
  if (/[{}]/.test(bare)) {
    return `malformed figure token in ${quote(p)}: write {figure-id} (a-z, 0-9, -)`;
  }
  if (DIGIT.test(bare)) return `malformed number in ${quote(p)}: write figures as {figure-id}`;
  return null;
}

/** A step's text: paragraphs whose figures are {figure-id} tokens of known figures. */
const paragraphs = (figures: ReadonlyMap<string, Figure>) =>
  v.pipe(
    text(1),
    v.transform(splitParagraphs),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const p of dataset.value) {
        const problem = paragraphProblem(p, figures);
        if (problem) return addIssue({ message: problem });
      }
    }),
  );

const kebab = v.pipe(text(1), v.regex(ID, 'must be kebab-case (a-z, 0-9, -)'));

/** A [list] of up to MAX_LIST_ITEMS entries (at least `min`), each read by its own schema afterwards. */
const list = (name: string, min: 0 | 1 = 1) =>
  v.pipe(
    v.array(v.unknown(), `must be a list [${name}] … []`),
    v.minLength(min, 'is an empty list'),
    v.maxLength(MAX_LIST_ITEMS, (issue) =>
      overLimit(`has ${count(issue.input.length)} entries`, MAX_LIST_ITEMS),
    ),
  );

const documentSchema = record(
  {
    lang: oneOf('language', LANGS),
    title: text(1),
    dek: text(1),
    byline: text(1),
    published: v.pipe(text(1), v.check(isDate, 'must be a date YYYY-MM-DD that exists')),
    description: text(1),
    sections: list('sections'),
    steps: list('steps'),
    notes: v.optional(list('notes', 0)),
    sources: list('sources'),
  },
  'must be key: value lines',
);
const MISSING_LISTS = Object.fromEntries(
  ['sections', 'steps', 'sources'].map((l) => [l, `missing (write [${l}] … [])`]),
);

const sectionSchema = record(
  { id: kebab, title: text(1) },
  'must be a block of id: and title: lines',
);

const sourceSchema = record(
  {
    title: text(1),
    by: text(1),
    note: text(1),
    url: v.optional(v.pipe(text(1), v.regex(/^https?:\/\/\S+$/, 'must be one http(s):// address'))),
  },
  'must be a block of title:, by:, note: lines',
);

const noteSchema = v.pipe(
  v.string('must be a "* text" line'),
  v.trim(),
  v.maxLength(MAX_TEXT_CHARS, (issue) =>
    overLimit(`is ${count(issue.input.length)} characters long`, MAX_TEXT_CHARS),
  ),
);

const stepSchema = (
  figures: ReadonlyMap<string, Figure>,
  sections: ReadonlySet<string>,
  places: ReadonlySet<string> | undefined,
) =>
  record(
    {
      id: kebab,
      section: v.pipe(
        text(1),
        v.rawCheck(({ dataset, addIssue }) => {
          if (dataset.typed && !sections.has(dataset.value)) {
            addIssue({ message: `unknown section ${quote(dataset.value)}` });
          }
        }),
      ),
      stage: oneOf('stage kind', STAGE_KINDS),
      figures: idList('figure', figures),
      text: paragraphs(figures),
      map: v.optional(mapSchema(places)),
      emphasis: v.optional(emphasisSchema(figures)),
    },
    'must be a block of key: value lines',
  );

/**
 * Validates parsed ArchieML. `places`, when given, are the place ids map.fit and
 * map.highlight may name.
 */
export function validateStory(
  parsed: unknown,
  file: string,
  figures: ReadonlyMap<string, Figure>,
  places?: ReadonlySet<string>,
): Story {
  const raw = ownCopy(parsed);
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    throw new ContentError(file, null, 'story', 'has no key: value lines (is it ArchieML?)');
  }
  const top = parseOrThrow(documentSchema, raw, file, null, 'story', MISSING_LISTS);
  const { sections: rawSections, steps: rawSteps, notes: rawNotes, sources, ...meta } = top;

  const sections = rawSections.map((item, i) => {
    const where = itemLabel('section', item, i);
    return { where, ...parseOrThrow(sectionSchema, item, file, where, 'section') };
  });
  const sectionIds = new Set<string>();
  for (const { where, id } of sections) {
    if (sectionIds.has(id))
      throw new ContentError(file, where, 'id', `duplicate section id ${quote(id)}`);
    sectionIds.add(id);
  }

  const schema = stepSchema(figures, sectionIds, places);
  const stepIds = new Set<string>();
  const steps = rawSteps.map((item, i) => {
    const where = itemLabel('step', item, i);
    const { text: paragraphs, ...step } = parseOrThrow(schema, item, file, where, 'step');
    const problem = mapProblem(step.stage, step.map);
    if (problem) throw new ContentError(file, where, 'map', problem);
    const { emphasis } = step;
    const emphasized = emphasis && emphasisProblem({ ...step, emphasis }, figures);
    if (emphasized) throw new ContentError(file, where, ...emphasized);
    if (stepIds.has(step.id)) throw new ContentError(file, where, 'id', 'duplicate step id');
    stepIds.add(step.id);
    const { id, section, stage, map } = step;
    return {
      id,
      section,
      paragraphs,
      stage,
      figures: step.figures,
      map,
      ...(emphasis && { emphasis }),
    };
  });

  const notes = (rawNotes ?? []).flatMap((item, i) => {
    const where = `note #${i + 1}`;
    const note = parseOrThrow(noteSchema, item, file, where, 'note');
    const problem = noteProblem(note, figures);
    if (problem) throw new ContentError(file, where, 'note', problem);
    return note.length > 0 ? [fillNote(note, figures, meta.lang)] : [];
  });

  return {
    meta,
    sections: sections.map(({ id, title }) => ({ id, title })),
    steps,
    notes,
    sources: sources.map((item, i) => {
      const entry = parseOrThrow(sourceSchema, item, file, `source #${i + 1}`, 'source');
      return { title: entry.title, by: entry.by, note: entry.note, url: entry.url };
    }),
  };
}

/** Parses ArchieML text (in bounded time, see archieml-text.ts) and validates it. */
export function parseStory(
  text: string,
  file: string,
  figures: ReadonlyMap<string, Figure>,
  places?: ReadonlySet<string>,
): Story {
  return validateStory(loadArchieml(text, file), file, figures, places);
}
