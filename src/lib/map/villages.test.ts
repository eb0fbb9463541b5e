import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Divisions } from '../content/divisions-schema';
import type { Place } from '../geo/places';
import {
  pickedPointOffset,
  pointSourceName,
  searchVillages,
  villageCounts,
  villageSheetPlace,
  villageTarget,
  villagesToDraw,
  withVillagesView,
  type VillageWords,
} from './villages';

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8')) as T;
const divisions = read<Divisions>('divisions.json');
const places = read<Place[]>('places.json');
const all = divisions.townships.flatMap((t) => t.villages.map((v) => ({ v, t })));
const find = (name: string) => all.find((x) => x.v.name === name)!;

const words: VillageWords = {
  type: { village: '村委会', community: '社区居委会' },
  code: (c) => `区划代码 ${c}`,
  notNamed: '报道没有提到这个村（社区）。',
  point: (s) => `点位来自 ${s}`,
  noPoint: (t) => `无坐标；标出${t}驻地`,
};

describe('villageCounts', () => {
  it('counts listed, located and named villages from the list itself', () => {
    const c = villageCounts(divisions);
    expect(c.listed).toBe(all.length);
    expect(c.located).toBe(all.filter((x) => x.v.lngLat).length);
    expect(c.named).toBe(all.filter((x) => x.v.named).length);
    expect(c.listed).toBe(84);
    expect(c.located).toBeGreaterThan(0);
    expect(c.located).toBeLessThan(c.listed);
  });
});

describe('searchVillages', () => {
  it('finds 营子村 by part of its name, under its township', () => {
    const groups = searchVillages(divisions, places, '营子');
    expect(groups.map((g) => g.township.name)).toEqual(['大川镇']);
    expect(groups[0].villages.map((v) => v.name)).toEqual(['营子村']);
  });

  it('finds by code, by the township’s Chinese or English name, ignoring case and spaces', () => {
    expect(searchVillages(divisions, places, '420302100206')[0].villages[0].name).toBe('营子村');
    const dachuan = divisions.townships.find((t) => t.name === '大川镇')!;
    expect(searchVillages(divisions, places, ' dachuan ')[0].villages).toEqual(dachuan.villages);
    expect(searchVillages(divisions, places, '大川')[0].villages).toHaveLength(
      dachuan.villages.length,
    );
  });

  it('gives everything for an empty query and nothing for an unknown name', () => {
    const groups = searchVillages(divisions, places, '');
    expect(groups.flatMap((g) => g.villages)).toHaveLength(84);
    expect(searchVillages(divisions, places, '不存在的村')).toEqual([]);
  });

  it('finds both 马家河 units, the village and the community', () => {
    const names = searchVillages(divisions, places, '马家河').flatMap((g) =>
      g.villages.map((v) => v.name),
    );
    expect(names.sort()).toEqual(['马家河村', '马家河社区']);
  });
});

describe('villageSheetPlace and villageTarget', () => {
  it('opens the story’s own place for a village the story draws or lists', () => {
    const { v, t } = find('营子村');
    expect(villageSheetPlace(v, t, divisions, places, 'zh-CN', words).id).toBe('yingzi');
    expect(
      villageSheetPlace(find('东沟村').v, find('东沟村').t, divisions, places, 'en', words).id,
    ).toBe('donggou');
  });

  it('makes a sheet for any other village: no point where the list has none', () => {
    const { v, t } = find('大坪村');
    const p = villageSheetPlace(v, t, divisions, places, 'zh-CN', words);
    expect(p.lngLat).toBeNull();
    expect(p.precision).toBe('none');
    expect(p.township?.zh).toBe('茅塔乡');
    expect(p.precisionNote.zh).toBe('无坐标；标出茅塔乡驻地');
    // Named in the report (the 大坪村 solar station's caption): what the report says of it.
    expect(p.note.zh).toContain('大坪村光伏电站');
    expect(p.note.zh).toContain('区划代码 420302201206');
  });

  it('gives a located village its point, approximate, with the source named', () => {
    const { v, t } = all.find((x) => x.v.lngLat && !x.v.named)!;
    const p = villageSheetPlace(v, t, divisions, places, 'en', words);
    expect(p.lngLat).toEqual(v.lngLat);
    expect(p.precision).toBe('approximate');
    expect(p.precisionNote.en).toBe(`点位来自 ${pointSourceName(divisions)}`);
    expect(pointSourceName(divisions)).toBe('Vonng/adcode');
    expect(p.note.en).toContain('报道没有提到');
  });

  it('takes the map to the village’s point, or else to its township’s seat', () => {
    const yingzi = find('营子村');
    const dachuan = places.find((p) => p.id === 'dachuan')!;
    expect(villageTarget(yingzi.v, yingzi.t, places)).toEqual({
      lngLat: dachuan.lngLat,
      township: 'dachuan',
    });
    const donggou = find('东沟村');
    expect(villageTarget(donggou.v, donggou.t, places)).toEqual({
      lngLat: places.find((p) => p.id === 'donggou')!.lngLat,
      township: null,
    });
  });
});

describe('villagesToDraw', () => {
  it('draws every located village once: 东沟村 is already the story’s own marker', () => {
    const drawn = villagesToDraw(divisions, places).flatMap((g) => g.villages.map((v) => v.name));
    expect(drawn).not.toContain('东沟村');
    expect(drawn).toHaveLength(all.filter((x) => x.v.lngLat).length - 1);
    expect(drawn).not.toContain('营子村');
  });
});

describe('pickedPointOffset', () => {
  it('puts the point in the middle of the upper half on phones', () => {
    // Centre at (180, 185); the point goes to (180, 92.5): the map's centre 92.5 px below it.
    expect(pickedPointOffset({ width: 360, height: 370 }, true, 0)).toEqual({ x: 0, y: 93 });
  });

  it('puts the point right of the list on desktop, in the upper part', () => {
    // Clear part: 300..1000, its middle at 650; the map's centre (500) is 150 px left of it.
    const o = pickedPointOffset({ width: 1000, height: 800 }, false, 300);
    expect(o).toEqual({ x: -150, y: 176 });
  });
});

describe('withVillagesView', () => {
  const scene = { drawn: ['a', 'seat-1'], context: ['seat-1'], highlight: ['a'] };

  it('is the scene itself while the list is closed and nothing is picked', () => {
    const out = withVillagesView(scene, { open: false, townshipSeats: ['seat-2'], picked: null });
    expect(out).toEqual(scene);
  });

  it('draws every township seat once while the list is open', () => {
    const out = withVillagesView(scene, {
      open: true,
      townshipSeats: ['seat-1', 'seat-2'],
      picked: null,
    });
    expect(out.drawn).toEqual(['a', 'seat-1', 'seat-2']);
  });

  it('highlights the picked place and marks its township', () => {
    const out = withVillagesView(scene, {
      open: true,
      townshipSeats: [],
      picked: { place: 'v-1', township: 'seat-2' },
    });
    expect(out.highlight).toEqual(['a', 'v-1']);
    expect(out.context).toEqual(['seat-1', 'seat-2']);
  });

  it('marks the township of a picked village that is no story place, highlighting nothing new', () => {
    const out = withVillagesView(scene, {
      open: true,
      townshipSeats: [],
      picked: { place: null, township: 'seat-2' },
    });
    expect(out.highlight).toEqual(['a']);
    expect(out.context).toEqual(['seat-1', 'seat-2']);
  });
});
