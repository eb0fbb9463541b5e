/**
 * The map's files: the real data/ passes, and the checks that span fields or features
 * (precision vs coordinate, a region's townships, duplicate feature ids) fail with one named
 * ContentError. One-field mistakes of every file are in scripts/bad-data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { validateGeoLayer } from './geo-layers-file';
import { loadMapFiles } from '../../../scripts/content/load-content';
import { MAP_AREA, inMapArea } from './map-area';
import { validatePlaces } from './places-file';
import {
  errorOf,
  expectNamed,
  fixtureText,
  placesRaw,
} from '../../../tests/support/content/test-corpus';

const REPO = resolve(import.meta.dirname, '../../..');

describe('the committed data/', () => {
  it('passes: places, layers, credits, config', () => {
    const map = loadMapFiles(REPO);
    expect(map.places.length).toBeGreaterThan(20);
    expect(Object.keys(map.layers).sort()).toEqual(
      ['districts', 'outline', 'provinces', 'rivers', 'studyTour'].sort(),
    );
    expect(map.credits.map((c) => c.id)).toContain('naturalearth');
    expect(map.config).toEqual({ tiles: null });
  });
});

describe('the map area', () => {
  it('holds the district and the study-tour counties, not swapped or projected values', () => {
    expect(inMapArea([110.78, 32.6])).toBe(true);
    expect(inMapArea([103.5, 30.2])).toBe(true);
    expect(inMapArea([MAP_AREA.west, MAP_AREA.north])).toBe(true);
    expect(inMapArea([32.6, 110.78])).toBe(false);
    expect(inMapArea([12327000, 3826000])).toBe(false);
    expect(inMapArea([-110.78, 32.6])).toBe(false);
  });
});

describe('places across fields', () => {
  const FILE = 'data/places.json';
  const fails = (edit: (p: Record<string, unknown>[]) => void) => {
    const places = placesRaw();
    edit(places);
    return errorOf(() => validatePlaces(places, FILE));
  };

  it('the fixture passes', () => {
    expect(validatePlaces(placesRaw(), FILE).map((p) => p.id)).toEqual([
      'maojian',
      'donggou',
      'yingzi',
      'jingshan',
    ]);
  });

  it('a place without a coordinate must say precision "none"', () => {
    const err = fails((p) => (p[1].lngLat = null));
    expectNamed(err, FILE, 'place "donggou"', 'precision');
    expect(err.message).toContain('has no coordinate');
  });

  it('only a region lists townships', () => {
    expectNamed(
      fails((p) => (p[1].townships = ['maojian'])),
      FILE,
      'place "donggou"',
      'townships',
    );
  });

  it("a region's townships must be township places", () => {
    const err = fails((p) => {
      p[1].kind = 'region';
      p[1].townships = ['maojian'];
    });
    expectNamed(err, FILE, 'place "donggou"', 'townships');
    expect(err.message).toContain('"maojian" is not a township place');
  });

  it('an empty list', () => {
    expectNamed(
      errorOf(() => validatePlaces([], FILE)),
      FILE,
      null,
      'places',
    );
  });
});

describe('layers across features', () => {
  const FILE = 'data/geo/rivers.json';
  const rivers = () => JSON.parse(fixtureText('geo/rivers.json')) as { features: unknown[] };

  it('a duplicate feature id', () => {
    const doc = rivers();
    doc.features.push(doc.features[0]);
    expectNamed(
      errorOf(() => validateGeoLayer(doc, FILE, 'rivers')),
      FILE,
      'feature "han"',
      'properties.id',
    );
  });

  it('a study-tour outline and seat share their id, once each', () => {
    const doc = JSON.parse(fixtureText('geo/study-tour.json')) as { features: unknown[] };
    expect(validateGeoLayer(doc, 'study-tour.json', 'study-tour').features).toHaveLength(2);
    doc.features.push(doc.features[1]);
    expectNamed(
      errorOf(() => validateGeoLayer(doc, 'study-tour.json', 'study-tour')),
      'study-tour.json',
      'feature "jingshan"',
      'properties.id',
    );
  });

  it('a seat that is drawn as an area', () => {
    const doc = JSON.parse(fixtureText('geo/study-tour.json')) as {
      features: { geometry: unknown }[];
    };
    doc.features[1].geometry = doc.features[0].geometry;
    expectNamed(
      errorOf(() => validateGeoLayer(doc, 'study-tour.json', 'study-tour')),
      'study-tour.json',
      'feature "jingshan"',
      'geometry.type',
    );
  });
});
