/**
 * Turns one edition's ArchieML copy (data/story.<lang>.aml) into a validated Story. Any
 * problem stops the build with a ContentError naming the file, the step id and the field.
 */
import { loadArchieml } from './archieml-text.ts';
import { ContentError, describeValue, quote } from './errors.ts';
import { MAX_TEXT_CHARS, count, overLimit } from './limits.ts';
import { Reader, isRecord, labelOf } from './reader.ts';
import { readIds, readMap } from './story-map.ts';
import { own } from './unsafe-keys.ts';
import {
  LANGS,
  STAGE_KINDS,
  type Figure,
  type Lang,
  type Section,
  type SourceEntry,
  type StageKind,
  type Step,
  type Story,
} from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const DIGIT = /[0-9０-９%％]/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const TOP_FIELDS = [
  'lang',
  'title',
  'dek',
  'byline',
  'published',
  'description',
  'sections',
  'steps',
  'notes',
  'sources',
];
const STEP_FIELDS = ['id', 'section', 'stage', 'figures', 'text', 'map'];

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

function readParagraphs(r: Reader, figures: ReadonlyMap<string, Figure>): string[] {
  const paragraphs = splitParagraphs(r.text('text'));
  for (const p of paragraphs) {
    for (const match of p.matchAll(TOKEN)) {
      if (!figures.has(match[1])) r.fail('text', `unknown figure id "{${match[1]}}"`);
    }
    const bare = p.replace(TOKEN, '');
    if (/[{}]/.test(bare)) {
      r.fail('text', `malformed figure token in ${quote(p)}: write {figure-id} (a-z, 0-9, -)`);
    }
    if (DIGIT.test(bare)) {
      r.fail('text', `malformed number in ${quote(p)}: write figures as {figure-id}`);
    }
  }
  return paragraphs;
}

function readStep(
  raw: unknown,
  index: number,
  file: string,
  figures: ReadonlyMap<string, Figure>,
  sections: ReadonlySet<string>,
  places: ReadonlySet<string> | undefined,
): Step {
  const item = labelOf('step', isRecord(raw) ? own(raw, 'id') : undefined, index);
  if (!isRecord(raw)) {
    const detail = `must be a block of key: value lines (got ${describeValue(raw)})`;
    throw new ContentError(file, item, 'step', detail);
  }
  const r = new Reader(file, item, raw);
  r.only(STEP_FIELDS);
  const id = r.text('id');
  if (!ID.test(id)) r.fail('id', 'must be kebab-case (a-z, 0-9, -)');
  const section = r.text('section');
  if (!sections.has(section)) r.fail('section', `unknown section ${quote(section)}`);
  const stage = r.text('stage');
  if (!(STAGE_KINDS as readonly string[]).includes(stage)) {
    r.fail('stage', `unknown stage kind ${quote(stage)} (known: ${STAGE_KINDS.join(', ')})`);
  }
  const figureIds = readIds(r, 'figures', r.text('figures'), 'figure', figures);
  const paragraphs = readParagraphs(r, figures);
  const map = readMap(r, stage as StageKind, places);
  return { id, section, paragraphs, stage: stage as StageKind, figures: figureIds, map };
}

function readSections(top: Reader): Section[] {
  const seen = new Set<string>();
  return top.list('sections').map((raw, i) => {
    const item = labelOf('section', isRecord(raw) ? own(raw, 'id') : undefined, i);
    if (!isRecord(raw)) {
      const detail = `must be a block of id: and title: lines (got ${describeValue(raw)})`;
      throw new ContentError(top.file, item, 'section', detail);
    }
    const r = new Reader(top.file, item, raw);
    r.only(['id', 'title']);
    const id = r.text('id');
    if (!ID.test(id)) r.fail('id', 'must be kebab-case (a-z, 0-9, -)');
    if (seen.has(id)) r.fail('id', `duplicate section id ${quote(id)}`);
    seen.add(id);
    return { id, title: r.text('title') };
  });
}

function readSources(top: Reader): SourceEntry[] {
  return top.list('sources').map((raw, i) => {
    const item = `source #${i + 1}`;
    if (!isRecord(raw)) {
      const detail = `must be a block of title:, by:, note: lines (got ${describeValue(raw)})`;
      throw new ContentError(top.file, item, 'source', detail);
    }
    const r = new Reader(top.file, item, raw);
    r.only(['title', 'by', 'note', 'url']);
    const url = r.optionalText('url');
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
      r.fail('url', 'must be one http(s):// address');
    }
    return { title: r.text('title'), by: r.text('by'), note: r.text('note'), url };
  });
}

function readNotes(top: Reader): string[] {
  const notes = top.get('notes');
  if (notes === undefined || (Array.isArray(notes) && notes.length === 0)) return [];
  return top.list('notes').flatMap((note, i) => {
    const where = `note #${i + 1}`;
    if (typeof note !== 'string') {
      const detail = `must be a "* text" line (got ${describeValue(note)})`;
      throw new ContentError(top.file, where, 'note', detail);
    }
    const text = note.trim();
    if (text.length > MAX_TEXT_CHARS) {
      const detail = overLimit(`is ${count(text.length)} characters long`, MAX_TEXT_CHARS);
      throw new ContentError(top.file, where, 'note', detail);
    }
    return text.length > 0 ? [text] : [];
  });
}

/**
 * Validates parsed ArchieML. `places`, when given, are the place ids map.fit and
 * map.highlight may name.
 */
export function validateStory(
  raw: unknown,
  file: string,
  figures: ReadonlyMap<string, Figure>,
  places?: ReadonlySet<string>,
): Story {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    throw new ContentError(file, null, 'story', 'has no key: value lines (is it ArchieML?)');
  }
  const top = new Reader(file, null, raw);
  top.only(TOP_FIELDS);
  const lang = top.text('lang');
  if (!(LANGS as readonly string[]).includes(lang)) {
    top.fail('lang', `unknown language ${quote(lang)} (known: ${LANGS.join(', ')})`);
  }
  const published = top.text('published');
  if (!isDate(published)) top.fail('published', 'must be a date YYYY-MM-DD that exists');
  const meta = {
    lang: lang as Lang,
    title: top.text('title'),
    dek: top.text('dek'),
    byline: top.text('byline'),
    published,
    description: top.text('description'),
  };
  const sections = readSections(top);
  const sectionIds = new Set(sections.map((s) => s.id));
  const seen = new Set<string>();
  const steps = top.list('steps').map((item, i) => {
    const step = readStep(item, i, file, figures, sectionIds, places);
    if (seen.has(step.id)) {
      throw new ContentError(file, `step "${step.id}"`, 'id', 'duplicate step id');
    }
    seen.add(step.id);
    return step;
  });
  return { meta, sections, steps, notes: readNotes(top), sources: readSources(top) };
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
