import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from '../geo/geojson';
import type { Place } from '../geo/places';
import { prepareMapData, type GeoLayers } from './map-data';

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
