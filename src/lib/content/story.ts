/**
 * Turns one edition's ArchieML copy (data/story.<lang>.aml) into a validated Story. Any
 * problem stops the build with a ContentError naming the file, the step id and the field.
 */
import archieml from 'archieml';
import { ContentError } from './errors.ts';
import {
  LANGS,
  STAGE_KINDS,
  type Figure,
  type Lang,
  type MapStep,
  type Section,
  type SourceEntry,
  type StageKind,
  type Step,
  type Story,
} from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const DIGIT = /[0-9０-９%％]/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Raw = Record<string, unknown>;

function isRecord(x: unknown): x is Raw {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Splits "a, b，c" into ids; empty input gives []. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

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

class Reader {
  constructor(
    readonly file: string,
    readonly item: string | null,
    readonly raw: Raw,
  ) {}

  fail(field: string, detail: string): never {
    throw new ContentError(this.file, this.item, field, detail);
  }

  text(field: string): string {
    const value = this.raw[field];
    if (value === undefined) this.fail(field, 'missing');
    if (typeof value !== 'string') this.fail(field, 'must be text');
    const trimmed = value.trim();
    if (trimmed.length === 0) this.fail(field, 'missing text');
    return trimmed;
  }

  optionalText(field: string): string | undefined {
    return this.raw[field] === undefined ? undefined : this.text(field);
  }

  array(field: string): unknown[] {
    const value = this.raw[field];
    if (!Array.isArray(value) || value.length === 0) this.fail(field, 'missing or empty list');
    return value;
  }
}

function readMap(r: Reader): MapStep | undefined {
  const raw = r.raw.map;
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) r.fail('map', 'must be map.view / map.fit / map.highlight / map.layers');
  const out: MapStep = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') r.fail(`map.${key}`, 'must be text');
    if (key === 'view') out.view = value.trim();
    else if (key === 'fit' || key === 'highlight' || key === 'layers') {
      const ids = splitList(value);
      const bad = ids.find((id) => !ID.test(id));
      if (bad) r.fail(`map.${key}`, `"${bad}" is not a kebab-case id`);
      out[key] = ids;
    } else r.fail(`map.${key}`, 'unknown map field (use view, fit, highlight, layers)');
  }
  return out;
}

function readStep(
  raw: unknown,
  index: number,
  file: string,
  figures: ReadonlyMap<string, Figure>,
  sections: ReadonlySet<string>,
): Step {
  if (!isRecord(raw)) throw new ContentError(file, `step #${index + 1}`, 'step', 'malformed step');
  const rawId = raw.id;
  const label = typeof rawId === 'string' && rawId.trim() ? rawId.trim() : `#${index + 1}`;
  const r = new Reader(file, `step "${label}"`, raw);
  const id = r.text('id');
  if (!ID.test(id)) r.fail('id', 'must be kebab-case (a-z, 0-9, -)');
  const section = r.text('section');
  if (!sections.has(section)) r.fail('section', `unknown section "${section}"`);
  const stage = r.text('stage');
  if (!(STAGE_KINDS as readonly string[]).includes(stage)) {
    r.fail('stage', `unknown stage kind "${stage}" (known: ${STAGE_KINDS.join(', ')})`);
  }
  const figureIds = splitList(r.text('figures'));
  if (figureIds.length === 0) r.fail('figures', 'a step needs at least one figure');
  for (const fid of figureIds) {
    if (!figures.has(fid)) r.fail('figures', `unknown figure id "${fid}"`);
  }
  const paragraphs = splitParagraphs(r.text('text'));
  for (const p of paragraphs) {
    for (const match of p.matchAll(TOKEN)) {
      if (!figures.has(match[1])) r.fail('text', `unknown figure id "{${match[1]}}"`);
    }
    const bare = p.replace(TOKEN, '');
    if (DIGIT.test(bare)) {
      r.fail('text', `malformed number in "${p.slice(0, 40)}…": write figures as {figure-id}`);
    }
  }
  const map = readMap(r);
  if (stage === 'map' && !map) r.fail('map', 'a map step needs map.view or map.fit');
  return { id, section, paragraphs, stage: stage as StageKind, figures: figureIds, map };
}

function readSections(raw: Raw, file: string): Section[] {
  const list = new Reader(file, null, raw).array('sections');
  const seen = new Set<string>();
  return list.map((item, i) => {
    if (!isRecord(item)) throw new ContentError(file, `section #${i + 1}`, 'section', 'malformed');
    const r = new Reader(file, `section #${i + 1}`, item);
    const id = r.text('id');
    if (seen.has(id)) r.fail('id', `duplicate section id "${id}"`);
    seen.add(id);
    return { id, title: r.text('title') };
  });
}

function readSources(raw: Raw, file: string): SourceEntry[] {
  return new Reader(file, null, raw).array('sources').map((item, i) => {
    if (!isRecord(item)) throw new ContentError(file, `source #${i + 1}`, 'source', 'malformed');
    const r = new Reader(file, `source #${i + 1}`, item);
    const url = r.optionalText('url');
    if (url !== undefined && !/^https?:\/\//.test(url)) r.fail('url', 'must start with http(s)://');
    return { title: r.text('title'), by: r.text('by'), note: r.text('note'), url };
  });
}

function readNotes(raw: Raw, file: string): string[] {
  const notes = raw.notes;
  if (notes === undefined) return [];
  if (!Array.isArray(notes) || notes.some((n) => typeof n !== 'string')) {
    throw new ContentError(file, null, 'notes', 'must be a list of "* text" lines');
  }
  return notes.map((n: string) => n.trim()).filter((n) => n.length > 0);
}

export function validateStory(
  raw: unknown,
  file: string,
  figures: ReadonlyMap<string, Figure>,
): Story {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    throw new ContentError(file, null, 'story', 'the file is empty or not ArchieML');
  }
  const top = new Reader(file, null, raw);
  const lang = top.text('lang');
  if (!(LANGS as readonly string[]).includes(lang)) top.fail('lang', `unknown language "${lang}"`);
  const published = top.text('published');
  if (!DATE.test(published)) top.fail('published', 'must be a date YYYY-MM-DD');
  const sections = readSections(raw, file);
  const sectionIds = new Set(sections.map((s) => s.id));
  const seen = new Set<string>();
  const steps = top.array('steps').map((item, i) => {
    const step = readStep(item, i, file, figures, sectionIds);
    if (seen.has(step.id)) {
      throw new ContentError(file, `step "${step.id}"`, 'id', 'duplicate step id');
    }
    seen.add(step.id);
    return step;
  });
  return {
    meta: {
      lang: lang as Lang,
      title: top.text('title'),
      dek: top.text('dek'),
      byline: top.text('byline'),
      published,
      description: top.text('description'),
    },
    sections,
    steps,
    notes: readNotes(raw, file),
    sources: readSources(raw, file),
  };
}

/** Parses ArchieML text; ArchieML itself never fails, so validation catches the rest. */
export function parseStory(
  text: string,
  file: string,
  figures: ReadonlyMap<string, Figure>,
): Story {
  return validateStory(archieml.load(text), file, figures);
}
