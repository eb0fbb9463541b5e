import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from '../../../src/lib/geo/geojson';
import type { Place } from '../../../src/lib/geo/places';
import { readManifest, type LayerInput } from './manifest';
import { attributionText, geoText, placesText } from './output-text';
import { provenance } from './provenance';

const m = readManifest();
const LAYERS: LayerInput[] = ['districts', 'outline', 'rivers', 'provinces', 'studyTour'];
const fc = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'a' },
      geometry: { type: 'LineString', coordinates: Array.from({ length: n }, (_, i) => [i, i]) },
    },
  ],
});

describe('the manifest', () => {
  it.each(LAYERS)('describes the %s input: file, CRS and licence', (input) => {
    const i = m.inputs[input];
    expect(i.file).toMatch(/\.gcj02\.geojson$/);
    expect(i.crs).toBe('GCJ-02');
    expect(i.source).toContain(i.crs);
    expect(i.source?.toLowerCase()).toContain(i.licence.toLowerCase());
  });
});

describe('provenance', () => {
  const before = { before: fc(10), after: fc(4) };
  const text = provenance(m, {
    layers: { districts: before, outline: before, provinces: before, studyTour: before },
    riverStats: m.rivers.rivers.map((r, i) => ({ id: r.id, before: 100 + i, after: 10 + i })),
    places: [
      {
        id: 'p',
        name: { zh: '甲', en: 'A' },
        township: null,
        village: null,
        lngLat: null,
      } as Place,
    ],
    donggouCheck: 123,
  });

  it('lists every input from the manifest, with its source', () => {
    for (const input of LAYERS) {
      expect(text).toContain(`- Input: \`${m.inputs[input].file}\` ← ${m.inputs[input].source}`);
    }
  });

  it('states the measured counts, the tolerances and the credits', () => {
    expect(text).toContain('Vertices: 10 in, 4 out');
    expect(text).toContain(`(Q875573, River; 100 → 10)`);
    expect(text).toContain(`tolerance ${m.rivers.tolerance}°`);
    expect(text).toContain(`rounded to ${m.decimals} decimals`);
    expect(text).toContain('village point is 123 m away');
    for (const a of m.attribution)
      expect(text).toContain(`- ${a.text.zh} / ${a.text.en} (${a.license})`);
    expect(text).toContain('- `p` 甲 (A): township unknown');
  });
});

describe('output text', () => {
  it('writes one feature and one credit per line', () => {
    expect(geoText(fc(2))).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"type":"Feature","properties":{"id":"a"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}\n' +
        ']}\n',
    );
    expect(attributionText(m.attribution).split('\n')).toHaveLength(m.attribution.length + 3);
  });

  it('formats places.json with the repo Prettier options', async () => {
    const out = await placesText([{ id: 'a', lngLat: [110.5, 32.5] } as Place], 'data/places.json');
    expect(out).toBe('[\n  {\n    "id": "a",\n    "lngLat": [110.5, 32.5]\n  }\n]\n');
  });
});
