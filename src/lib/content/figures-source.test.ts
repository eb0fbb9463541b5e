/**
 * Checks data/figures.json against the source report: every figure is quoted verbatim from its
 * paragraph, and the quote states the figure's number as the report writes it
 * (story-source.test.ts checks the Chinese story against the figures).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../tests/support/content/checklist';
import {
  charsAfterNumber,
  quoteStates,
  reportNumber,
  reportSpelling,
} from '../../../tests/support/content/report-spelling';
import { parseReport } from '../../../tests/support/content/report';
import { FIGURE_KINDS, type Figure } from './types';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

const FIGURES = (JSON.parse(read('data/figures.json')) as { figures: Figure[] }).figures;
const REPORT = parseReport(read('data/source/report.md'));

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
