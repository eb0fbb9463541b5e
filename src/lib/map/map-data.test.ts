import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from '../geo/geojson';
import type { Place } from '../geo/places';
import { placeRegionLabels, prepareMapData, REGION_PARTS, type GeoLayers } from './map-data';
import { partLabelPoint } from './geometry';

const DATA = new URL('../../../data/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;
const geo: GeoLayers = {
  districts: read<FeatureCollection>('geo/shiyan-districts.json'),
  outline: read<FeatureCollection>('geo/maojian-outline.json'),
  rivers: read<FeatureCollection>('geo/rivers.json'),
  provinces: read<FeatureCollection>('geo/provinces.json'),
  studyTour: read<FeatureCollection>('geo/study-tour.json'),
};
const places = read<Place[]>('places.json');

describe('prepareMapData', () => {
  it('keeps GCJ-02 as it is when there are no tiles', () => {
    const d = prepareMapData(geo, places, 'gcj02');
    expect(d.geo.districts).toBe(geo.districts);
    expect(d.places.find((p) => p.id === 'donggou')?.lngLat).toEqual([110.8336, 32.49982]);
    expect(d.presets.map((p) => p.id)).toEqual(['district', 'shiyan', 'province', 'tourism']);
  });

  it('moves layers, places and presets together for WGS-84 tiles, leaving the input alone', () => {
    const before = structuredClone(places);
    const d = prepareMapData(geo, places, 'wgs84');
    expect(places).toEqual(before);
    const [lng, lat] = d.places.find((p) => p.id === 'donggou')!.lngLat!;
    expect(lng).toBeLessThan(110.8336); // ~500 m west
    expect(lat).toBeGreaterThan(32.49982); // ~240 m north
    expect(d.places.find((p) => p.id === 'yingzi')?.lngLat).toBeNull();
    const gcj = prepareMapData(geo, places, 'gcj02').presets[0].bounds;
    expect(d.presets[0].bounds[0][1]).toBeLessThan(gcj[0][1]);
    expect(d.geo.districts).not.toBe(geo.districts);
  });
});

describe('placeRegionLabels', () => {
  const seats = places.filter((p) => p.kind === 'township' && p.lngLat);
  const moved = placeRegionLabels(places, geo.outline);
  const at = (id: string) => moved.find((p) => p.id === id)!.lngLat!;
  const km = (a: [number, number], b: [number, number]) =>
    Math.hypot((a[0] - b[0]) * 94, (a[1] - b[1]) * 111);

  it('puts the south and east labels in their part of the outline, rounded to 5 decimals', () => {
    const shape = geo.outline.features[0].geometry;
    for (const [id, part] of Object.entries(REGION_PARTS)) {
      const want = partLabelPoint(shape, part)!;
      expect(at(id)[0]).toBeCloseTo(want[0], 5);
      expect(at(id)[1]).toBeCloseTo(want[1], 5);
      expect(at(id).every((x) => Math.round(x * 1e5) / 1e5 === x)).toBe(true);
    }
    // The south label is south of every township seat, the east one east of the urban seats.
    const south = at('region-south');
    for (const s of seats) expect(south[1]).toBeLessThan(s.lngLat![1]);
    expect(at('region-east')[0]).toBeGreaterThan(at('region-centre')[0]);
  });

  it('puts no region label on a township seat (none within 750 m)', () => {
    for (const r of moved.filter((p) => p.kind === 'region')) {
      for (const s of seats)
        expect(km(r.lngLat!, s.lngLat!), `${r.id} ${s.id}`).toBeGreaterThan(0.75);
    }
  });

  it('leaves every other place, and the centre, as it was', () => {
    const same = moved.filter((p) => !(p.id in REGION_PARTS));
    expect(same).toEqual(places.filter((p) => !(p.id in REGION_PARTS)));
  });
});
