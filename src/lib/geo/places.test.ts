import { describe, it, expect } from 'vitest';
import {
  isCentrePoint,
  isDrawable,
  outsideLink,
  placesByTownship,
  precisionLabel,
  sourceNames,
} from './places';
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
    expect(precisionLabel(county, 'en')).toBe('county seat, standing for the whole county');
    expect(precisionLabel(county, 'zh-CN')).toBe('县（市）政府驻地，代表全县');
    expect(precisionLabel({ ...county, kind: 'site' }, 'en')).toBe('exact location');
  });
});

describe('centre points', () => {
  const adcode =
    'Vonng/adcode data/adcode/420302.csv @ 294c4ef55947d6ba321268ee9f2175db618ef542 (GCJ-02)';

  it('never calls an adcode centre point a seat', () => {
    const district = place({
      id: 'maojian',
      kind: 'district-seat',
      lngLat: [110.8, 32.6],
      precision: 'approximate',
      source: adcode,
    });
    const town = place({
      id: 'wuyan',
      kind: 'township',
      lngLat: [110.8, 32.6],
      precision: 'township',
      source: adcode,
    });
    expect(isCentrePoint(district)).toBe(true);
    for (const p of [district, town]) {
      expect(precisionLabel(p, 'en')).toMatch(/centre point/);
      expect(precisionLabel(p, 'en')).toMatch(/not (a|its) seat/);
      expect(precisionLabel(p, 'zh-CN')).toMatch(/中心点.*不是驻地/);
    }
  });

  it('keeps "township seat" for a seat from another source (adcode cited second)', () => {
    const seat = place({
      id: 'eryan',
      kind: 'township',
      lngLat: [110.78, 32.62],
      precision: 'township',
      source: `GeoNames 8547070. The ${adcode} point is 966 m away.`,
    });
    expect(isCentrePoint(seat)).toBe(false);
    expect(precisionLabel(seat, 'en')).toBe('township seat');
  });
});

describe('sourceNames and outsideLink', () => {
  it('names cited repositories and web sites, not local paths', () => {
    expect(
      sourceNames(
        'In 东沟村: itove/zw db/db.sql @ 2e5c428 ("…"), via ../shared/geo/places.json; https://www.10yan.com/a, http://shiyan.com/b',
      ),
    ).toEqual(['itove/zw', '10yan.com', 'shiyan.com']);
    expect(sourceNames('Named in the report only.')).toEqual([]);
  });

  it('links a site to its village by outside sources, a village to its township by the codes', () => {
    const site = place({
      id: 'garden',
      kind: 'site',
      name: { zh: '秦巴生态植物园', en: 'g' },
      village: { zh: '马家河村', en: 'm' },
      source: 'No coordinate: https://shiyan.com/x',
    });
    expect(outsideLink(site)).toEqual({ to: 'village', sources: ['shiyan.com'] });
    expect(outsideLink({ ...site, name: { zh: '马家河村花园', en: 'g' } })).toBeNull();
    const village = place({ id: 'v', township: MAOTA, source: '国家统计局 2023 统计用区划代码' });
    expect(outsideLink(village)?.to).toBe('township');
    expect(outsideLink({ ...village, source: 'the report' })).toBeNull();
  });
});
