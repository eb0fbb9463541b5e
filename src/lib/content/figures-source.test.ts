/**
 * Checks data/figures.json against the source report and the Chinese story:
 * every figure is quoted verbatim from its paragraph, the quote states the figure's number as
 * the report writes it, and every figure is used by the story and every id the story uses exists.
 */
import { readFileSync } from 'node:fs';
import archieml from 'archieml';
import { CHECKLIST } from './checklist';
import { describe, expect, it } from 'vitest';
import { parseReport } from './report';
import { FIGURE_KINDS, STAGE_KINDS, type Figure } from './types';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

const FIGURES = (JSON.parse(read('data/figures.json')) as { figures: Figure[] }).figures;
const REPORT = parseReport(read('data/source/report.md'));
const STORY_TEXT = read('data/story.zh-CN.aml');
const STORY = archieml.load(STORY_TEXT);

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'];
/** Ways the report says "all villages" for a fraction of 1 of 1. */
const WHOLE = /村村|全覆盖/;

type Spelling = Pick<Figure, 'kind' | 'value' | 'approx'> & Partial<Pick<Figure, 'of' | 'items'>>;

/** The bare number as the report prints it (before any 多/余), or null for non-numeric kinds. */
function reportNumber(f: Spelling): string | null {
  switch (f.kind) {
    case 'count':
    case 'percent':
    case 'year':
      return String(f.value);
    case 'money':
      // the report writes money in 万元 when it is a whole number of 万
      return f.value % 10000 === 0 ? String(f.value / 10000) : String(f.value);
    default:
      return null;
  }
}

/** The figure as the report writes it, e.g. "2400多", "78.3%", "6000余万", "二分之一", "Ⅲ类". */
function reportSpelling(f: Spelling): string {
  const approx = f.approx ?? '';
  switch (f.kind) {
    case 'count':
      return `${f.value}${approx}`;
    case 'percent':
      return `${f.value}%`;
    case 'year':
      return `${f.value}`;
    case 'money':
      return f.value % 10000 === 0 ? `${f.value / 10000}${approx}万` : `${f.value}${approx}`;
    case 'fraction':
      if (f.of === undefined || f.of > 10) throw new Error('fraction needs a denominator of 1..10');
      return `${CN_DIGITS[f.of]}分之${CN_DIGITS[f.value]}`;
    case 'grade':
      return `${ROMAN[f.value]}类`;
    case 'list':
      return (f.items ?? []).map((i) => i.zh).join('、');
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the quote state the figure as the report writes it? */
function quoteStates(f: Spelling, quote: string): boolean {
  switch (f.kind) {
    case 'list':
      return (f.items ?? []).length > 0 && (f.items ?? []).every((i) => quote.includes(i.zh));
    case 'fraction':
      if (f.value === 1 && f.of === 1) return WHOLE.test(quote);
      return quote.includes(reportSpelling(f));
    case 'grade':
      return quote.includes(reportSpelling(f));
    default: {
      // the number must stand alone (not part of a longer number) and carry its 多/余 if any
      const tail = f.approx ? '' : '(?![\\d.多余])';
      return new RegExp(`(?<![\\d.])${escape(reportSpelling(f))}${tail}`, 'u').test(quote);
    }
  }
}

/** The characters written right after each stand-alone occurrence of the figure's number. */
function charsAfterNumber(f: Spelling, quote: string): string[] {
  const n = reportNumber(f);
  if (n === null) return [];
  const re = new RegExp(`(?<![\\d.])${escape(n)}(?![\\d.])(.?)`, 'gu');
  return [...quote.matchAll(re)].map((m) => m[1]);
}

describe('report spelling helper', () => {
  it.each([
    [{ kind: 'count', value: 2400, approx: '多' }, '2400多'],
    [{ kind: 'count', value: 86, approx: null }, '86'],
    [{ kind: 'percent', value: 78.3, approx: null }, '78.3%'],
    [{ kind: 'money', value: 60000000, approx: '余' }, '6000余万'],
    [{ kind: 'money', value: 100000, approx: null }, '10万'],
    [{ kind: 'fraction', value: 1, of: 2, approx: null }, '二分之一'],
    [{ kind: 'fraction', value: 4, of: 5, approx: null }, '五分之四'],
    [{ kind: 'grade', value: 3, approx: null }, 'Ⅲ类'],
    [{ kind: 'year', value: 2020, approx: null }, '2020'],
  ] as [Spelling, string][])('%o → %s', (f, expected) => {
    expect(reportSpelling(f)).toBe(expected);
  });

  it('fails when the quote does not state the figure', () => {
    expect(quoteStates({ kind: 'count', value: 2400, approx: '多' }, '结对帮扶2400多户')).toBe(
      true,
    );
    expect(quoteStates({ kind: 'count', value: 2400, approx: null }, '结对帮扶2400多户')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'count', value: 240, approx: '多' }, '结对帮扶2400多户')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'count', value: 10, approx: null }, '收入过100万元')).toBe(false);
    expect(quoteStates({ kind: 'percent', value: 78, approx: null }, '森林覆盖率达78.3%')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'money', value: 6000000, approx: '余' }, '投入6000余万元')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'fraction', value: 1, of: 3, approx: null }, '二分之一的村')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'fraction', value: 1, of: 1, approx: null }, '村村通公交')).toBe(
      true,
    );
    expect(quoteStates({ kind: 'grade', value: 2, approx: null }, 'Ⅲ类水标准')).toBe(false);
    const list: Spelling = {
      kind: 'list',
      value: 2,
      approx: null,
      items: [
        { zh: '东沟', en: '' },
        { zh: '营子', en: '' },
      ],
    };
    expect(quoteStates(list, '东沟、营子')).toBe(true);
    expect(quoteStates(list, '东沟、马家河')).toBe(false);
  });
});

describe('data/figures.json', () => {
  const byId = new Map(FIGURES.map((f) => [f.id, f]));

  it('has unique kebab-case ids', () => {
    const ids = FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('holds every figure of the checklist', () => {
    const missing = CHECKLIST.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it.each(FIGURES.map((f) => [f.id, f] as const))('%s is well formed', (_id, f) => {
    expect(FIGURE_KINDS).toContain(f.kind);
    expect(typeof f.value).toBe('number');
    expect(Number.isFinite(f.value)).toBe(true);
    expect([null, '多', '余']).toContain(f.approx);
    expect(typeof f.unit.zh).toBe('string');
    expect(typeof f.unit.en).toBe('string');
    expect(f.label.zh.length).toBeGreaterThan(0);
    expect(f.label.en.length).toBeGreaterThan(0);
    expect(f.of !== undefined).toBe(f.kind === 'fraction');
    expect(f.items !== undefined).toBe(f.kind === 'list');
    switch (f.kind) {
      case 'count':
        expect(Number.isInteger(f.value) && f.value >= 0).toBe(true);
        break;
      case 'percent':
        expect(f.value >= 0 && f.value <= 100).toBe(true);
        break;
      case 'fraction':
        expect(Number.isInteger(f.value) && Number.isInteger(f.of)).toBe(true);
        expect(f.value > 0 && f.value <= (f.of ?? 0)).toBe(true);
        break;
      case 'list':
        expect(f.items?.length).toBe(f.value);
        for (const item of f.items ?? []) {
          expect(item.zh.length).toBeGreaterThan(0);
          expect(item.en.length).toBeGreaterThan(0);
        }
        break;
      case 'year':
        expect(Number.isInteger(f.value)).toBe(true);
        break;
      case 'grade':
        expect(f.value >= 1 && f.value <= 5).toBe(true);
        break;
      case 'money':
        expect(f.value > 0).toBe(true);
        break;
    }
  });

  it.each(FIGURES.map((f) => [f.id, f] as const))(
    '%s is quoted verbatim from its paragraph',
    (_id, f) => {
      const paragraph = REPORT.paragraphs.find((p) => p.n === f.source.paragraph);
      expect(paragraph, `paragraph ${f.source.paragraph}`).toBeDefined();
      expect(f.source.quote.length).toBeGreaterThan(0);
      expect(paragraph?.text).toContain(f.source.quote);
    },
  );

  it.each(FIGURES.map((f) => [f.id, f] as const))(
    '%s: the quote states the number as the report writes it',
    (_id, f) => {
      expect(quoteStates(f, f.source.quote), `${reportSpelling(f)} in ${f.source.quote}`).toBe(
        true,
      );
    },
  );

  it.each(FIGURES.map((f) => [f.id, f] as const))(
    '%s: approx is set exactly when the report writes 多/余',
    (_id, f) => {
      const after = charsAfterNumber(f, f.source.quote);
      if (reportNumber(f) === null) {
        expect(f.approx).toBeNull();
        return;
      }
      expect(after.length).toBeGreaterThan(0);
      if (f.approx) expect(after).toContain(f.approx);
      else expect(after.filter((c) => c === '多' || c === '余')).toEqual([]);
    },
  );
});

// ---- the Chinese story -------------------------------------------------------------------

interface RawStep {
  id?: string;
  section?: string;
  stage?: string;
  figures?: string;
  text?: string;
  map?: { view?: string; fit?: string; highlight?: string };
}

const STEPS = (STORY.steps ?? []) as RawStep[];
const SECTIONS = (STORY.sections ?? []) as { id?: string; title?: string }[];
const TOKEN = /\{([^{}]*)\}/g;
const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const tokens = (text: string) => [...text.matchAll(TOKEN)].map((m) => m[1]);

const MAP_VIEWS = ['district', 'shiyan', 'province', 'tourism'];
const PLACES = [
  'donggou',
  'yingzi',
  'majiahe',
  'qinba-garden',
  'daping-solar',
  'taoyuan-renjia',
  'shanli-maoju',
  'jingshan',
  'pujiang',
  'nanbu',
  'maojian',
  'region-centre',
  'region-east',
  'region-south',
];

/** Rough zh rendering of a figure, only to measure how long a step reads. */
function roughZh(f: Figure): string {
  return f.kind === 'list'
    ? reportSpelling(f) + f.unit.zh
    : reportSpelling(f) + f.unit.zh.replace(/^类$/, '');
}

describe('data/story.zh-CN.aml', () => {
  const byId = new Map(FIGURES.map((f) => [f.id, f]));

  it('has the meta fields', () => {
    expect(STORY.lang).toBe('zh-CN');
    for (const key of ['title', 'dek', 'byline', 'description']) {
      expect(typeof STORY[key] === 'string' && (STORY[key] as string).length > 0, key).toBe(true);
    }
    expect(STORY.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has the five sections, each with at least one step, in order', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([
      'opening',
      'responsibility',
      'revitalisation',
      'team',
      'close',
    ]);
    for (const s of SECTIONS) expect(s.title?.length, s.id).toBeGreaterThan(0);
    const order = STEPS.map((s) => SECTIONS.findIndex((x) => x.id === s.section));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(SECTIONS.length);
  });

  it('has 25 to 40 steps with unique kebab-case ids', () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(25);
    expect(STEPS.length).toBeLessThanOrEqual(40);
    const ids = STEPS.map((s) => s.id ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it.each(STEPS.map((s) => [s.id, s] as const))('step %s is well formed', (_id, s) => {
    expect(STAGE_KINDS as readonly string[]).toContain(s.stage);
    expect(list(s.figures).length).toBeGreaterThan(0);
    expect((s.text ?? '').trim().length).toBeGreaterThan(0);
    if (s.stage === 'map') {
      expect(MAP_VIEWS).toContain(s.map?.view);
      const places = [...list(s.map?.fit), ...list(s.map?.highlight)];
      expect(places.length).toBeGreaterThan(0);
      for (const p of places) expect(PLACES).toContain(p);
    } else {
      expect(s.map).toBeUndefined();
    }
  });

  it('uses only figure ids that exist, in tokens and in figures:', () => {
    const unknown: string[] = [];
    for (const s of STEPS) {
      for (const id of [...tokens(s.text ?? ''), ...list(s.figures)]) {
        if (!byId.has(id)) unknown.push(`${s.id}: ${id}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('uses every figure in at least one step', () => {
    const used = new Set(STEPS.flatMap((s) => [...tokens(s.text ?? ''), ...list(s.figures)]));
    expect(FIGURES.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('writes no digit by hand in the step texts', () => {
    for (const s of STEPS) {
      expect((s.text ?? '').replace(TOKEN, ''), s.id).not.toMatch(/[0-9０-９]/);
    }
  });

  it('keeps each step short (about 90 characters once figures are filled in)', () => {
    for (const s of STEPS) {
      const rendered = (s.text ?? '').replace(TOKEN, (_m, id: string) =>
        roughZh(byId.get(id) as Figure),
      );
      expect(rendered.replace(/\s/g, '').length, s.id).toBeLessThanOrEqual(90);
    }
  });

  it('follows the order of the report (first figure of each step, close excepted)', () => {
    const paragraphs = STEPS.filter((s) => s.section !== 'close').map(
      (s) => byId.get(list(s.figures)[0])?.source.paragraph ?? 0,
    );
    expect([...paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
  });

  it('has no line that ArchieML would read as a {scope} command', () => {
    expect(STORY_TEXT.split(/\r?\n/).filter((l) => /^\s*\{/.test(l))).toEqual([]);
  });

  it('names the botanical garden 秦巴 and explains the 泰巴 misprint in a note', () => {
    const notes = (STORY.notes ?? []) as string[];
    expect(STEPS.some((s) => (s.text ?? '').includes('秦巴生态植物园'))).toBe(true);
    expect(notes.some((n) => n.includes('泰巴') && n.includes('秦巴'))).toBe(true);
    expect(notes.some((n) => n.includes('4900多人'))).toBe(true);
  });

  it('lists the report and the map data among its sources', () => {
    const sources = (STORY.sources ?? []) as { title?: string; by?: string; note?: string }[];
    expect(sources[0]?.by).toContain('王雁博');
    for (const s of sources) {
      expect(s.title?.length).toBeGreaterThan(0);
      expect(s.by?.length).toBeGreaterThan(0);
      expect(s.note?.length).toBeGreaterThan(0);
    }
    const all = JSON.stringify(sources);
    for (const name of ['DataV', 'Natural Earth', '国家统计局', 'GeoNames', 'adcode', '东沟']) {
      expect(all).toContain(name);
    }
  });
});
