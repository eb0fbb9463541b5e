/**
 * Checks data/story.zh-CN.aml against data/figures.json: every figure is used by the story,
 * every id the story uses exists, and the story's structure is what the stage expects.
 */
import { readFileSync } from 'node:fs';
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { reportSpelling } from '../../../tests/support/content/report-spelling';
import { STAGE_KINDS, type Figure } from './types';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

const FIGURES = (JSON.parse(read('data/figures.json')) as { figures: Figure[] }).figures;
const STORY_TEXT = read('data/story.zh-CN.aml');
const STORY = archieml.load(STORY_TEXT);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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

  it('keeps each step within the card budget (120 characters once figures are filled in)', () => {
    for (const s of STEPS) {
      const rendered = (s.text ?? '').replace(TOKEN, (_m, id: string) =>
        roughZh(byId.get(id) as Figure),
      );
      expect(rendered.replace(/\s/g, '').length, s.id).toBeLessThanOrEqual(120);
    }
  });

  it('follows the order of the report (first figure of each step; opening and close excepted)', () => {
    const paragraphs = STEPS.filter((s) => s.section !== 'close' && s.section !== 'opening').map(
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
