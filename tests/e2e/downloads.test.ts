/**
 * The data for readers: the sources section of both editions links dist/figures.csv and
 * dist/figures.json by relative URLs that resolve under the test server's sub-path, and the
 * built CSV and JSON hold exactly the figures of data/figures.json.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadFigures } from '../../scripts/content/load-content';
import { launch, open, PHONE } from './browser';
import { parseCsv } from './csv';

const url = inject('storyUrl');
const dist = process.env.STORY_DIST ?? resolve(import.meta.dirname, '../../dist');
const figures = loadFigures(resolve(import.meta.dirname, '../../data/figures.json'));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built figures.csv', () => {
  const [header, ...rows] = parseCsv(readFileSync(resolve(dist, 'figures.csv'), 'utf8'));
  const read = rows.map((r) => Object.fromEntries(r.map((v, i) => [header![i], v])));

  it('has one row per figure, in the order of data/figures.json', () => {
    expect(read.map((r) => r.id)).toEqual(figures.map((f) => f.id));
  });

  it.each(figures.map((f, i) => [f.id, f, i] as const))(
    '%s matches data/figures.json',
    (_id, f, i) => {
      const r = read[i]!;
      expect(Number(r.value)).toBe(f.value);
      expect(r.of).toBe(f.of === undefined ? '' : String(f.of));
      expect(r.kind).toBe(f.kind);
      expect(r.approx).toBe(String(f.approx !== null));
      expect(r.approx_word).toBe(f.approx ?? '');
      expect([r.unit_zh, r.unit_en, r.label_zh, r.label_en]).toEqual([
        f.unit.zh,
        f.unit.en,
        f.label.zh,
        f.label.en,
      ]);
      expect(Number(r.report_paragraph)).toBe(f.source.paragraph);
      expect(r.report_quote).toBe(f.source.quote);
    },
  );

  it('matches the built figures.json row for row', () => {
    const json = JSON.parse(readFileSync(resolve(dist, 'figures.json'), 'utf8')) as {
      figures: { id: string; value: number; report_quote: string }[];
    };
    expect(json.figures.map((f) => [f.id, f.value, f.report_quote])).toEqual(
      figures.map((f) => [f.id, f.value, f.source.quote]),
    );
  });
});

describe('download links', () => {
  it.each(['', 'en.html'])('page "%s" links both files, and they load', async (path) => {
    const { page, errors, close } = await open(browser, PHONE, url + path);
    const links = await page.$$eval('#sources a[data-download]', (els) =>
      els.map((a) => ({
        href: a.getAttribute('href') ?? '',
        resolved: (a as HTMLAnchorElement).href,
        name: a.textContent?.trim() ?? '',
      })),
    );
    expect(links.map((l) => l.href)).toEqual(['figures.csv', 'figures.json']);
    for (const link of links) {
      expect(link.name.length).toBeGreaterThan(0);
      expect(link.resolved.startsWith(url)).toBe(true);
      const got = await page.evaluate(async (href) => {
        const res = await fetch(href);
        return { status: res.status, text: await res.text() };
      }, link.resolved);
      expect(got.status, link.href).toBe(200);
      expect(got.text, link.href).toContain('households-paired');
    }
    expect(errors).toEqual([]);
    await close();
  });
});
