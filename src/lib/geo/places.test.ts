import { describe, it, expect } from 'vitest';
import { isDrawable, placesByTownship, precisionLabel } from './places';
import { place, MAOTA, DACHUAN } from '../../../tests/support/geo/test-places';

const donggou = place({
  id: 'donggou',
  township: MAOTA,
  lngLat: [110.8336, 32.49982],
  precision: 'approximate',
});
const yingzi = place({ id: 'yingzi', township: DACHUAN });
const daping = place({ id: 'daping-solar', kind: 'site', township: MAOTA });
const taoyuan = place({ id: 'taoyuan-renjia', kind: 'homestay', township: MAOTA });
const shanli = place({ id: 'shanli-maoju', kind: 'homestay' });

describe('isDrawable', () => {
  it('needs a coordinate and a precision other than none', () => {
    expect(isDrawable(donggou)).toBe(true);
    expect(isDrawable(yingzi)).toBe(false);
    expect(isDrawable({ ...donggou, precision: 'none' })).toBe(false);
    expect(isDrawable({ ...donggou, lngLat: null })).toBe(false);
    expect(isDrawable({ ...donggou, precision: 'schematic', kind: 'region' })).toBe(true);
  });
});

describe('placesByTownship', () => {
  it('groups places without a coordinate by township, unknown last', () => {
    const groups = placesByTownship([shanli, donggou, daping, yingzi, taoyuan]);
    expect(groups.map((g) => g.township?.zh ?? null)).toEqual(['茅塔乡', '大川镇', null]);
    expect(groups[0].places.map((p) => p.id)).toEqual(['daping-solar', 'taoyuan-renjia']);
    expect(groups[1].places.map((p) => p.id)).toEqual(['yingzi']);
    expect(groups[2].places.map((p) => p.id)).toEqual(['shanli-maoju']);
  });

  it('leaves out drawable places and gives no empty unknown group', () => {
    expect(placesByTownship([donggou])).toEqual([]);
    expect(placesByTownship([donggou, yingzi])).toEqual([{ township: DACHUAN, places: [yingzi] }]);
  });
});

describe('precisionLabel', () => {
  it('labels each precision in both languages', () => {
    expect(precisionLabel(donggou, 'en')).toBe('approximate location');
    expect(precisionLabel(donggou, 'zh-CN')).toBe('大致位置');
    expect(precisionLabel(yingzi, 'en')).toMatch(/no known coordinate/);
    expect(precisionLabel(place({ id: 't', kind: 'township', precision: 'township' }), 'en')).toBe(
      'township seat',
    );
    expect(
      precisionLabel(place({ id: 'r', kind: 'region', precision: 'schematic' }), 'zh-CN'),
    ).toMatch(/示意/);
  });

  it('calls an exact county point its county seat', () => {
    const county = place({
      id: 'nanbu',
      kind: 'county',
      lngLat: [106.06114, 31.34941],
      precision: 'exact',
    });
    expect(precisionLabel(county, 'en')).toBe('county seat');
    expect(precisionLabel({ ...county, kind: 'site' }, 'en')).toBe('exact location');
  });
});
