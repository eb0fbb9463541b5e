import { describe, it, expect } from 'vitest';
import {
  areaLabelHtml,
  attributionHtml,
  displayName,
  escapeHtml,
  labelSide,
  listedText,
  markerClass,
  markerHtml,
  markerLabel,
  markerText,
  linkText,
  nameParts,
} from './labels';
import { place, DACHUAN, MAOTA } from '../../../tests/support/geo/test-places';
import type { Place } from '../geo/places';

const donggou = place({
  id: 'donggou',
  name: { zh: '东沟村', en: 'Donggou Village' },
  lngLat: [110.8336, 32.49982],
  precision: 'approximate',
});
const seat = place({
  id: 'maojian',
  kind: 'district-seat',
  name: { zh: '茅箭区', en: 'Maojian District' },
  lngLat: [110.81372, 32.5919],
  precision: 'approximate',
  source: 'Vonng/adcode data/adcode/420302.csv @ 294c4ef (county-level point)',
});
const township = place({
  id: 'wudanglu',
  kind: 'township',
  name: { zh: '武当路街道', en: 'Wudanglu Subdistrict' },
  lngLat: [110.80308, 32.58931],
  precision: 'township',
});
const county = place({
  id: 'jingshan',
  kind: 'county',
  name: { zh: '京山市', en: 'Jingshan City' },
  lngLat: [113.1146, 31.02246],
  precision: 'exact',
});
const region = place({
  id: 'region-east',
  kind: 'region',
  name: { zh: '东部融合', en: 'Integrated east' },
  lngLat: [110.88816, 32.5799],
  precision: 'schematic',
});
const yingzi = place({
  id: 'yingzi',
  name: { zh: '营子村', en: 'Yingzi Village' },
  township: DACHUAN,
});
const shanli = place({
  id: 'shanli-maoju',
  kind: 'homestay',
  name: { zh: '山里猫居', en: 'Shanli Maoju' },
});

describe('names', () => {
  it('gives the Chinese name, or the English (pinyin) name with the Chinese beside it', () => {
    expect(nameParts(donggou, 'zh-CN')).toEqual({ main: '东沟村', zh: null });
    expect(nameParts(donggou, 'en')).toEqual({ main: 'Donggou Village', zh: '东沟村' });
    expect(displayName(donggou, 'en')).toBe('Donggou Village (东沟村)');
    expect(displayName(donggou, 'zh-CN')).toBe('东沟村');
    const chineseOnly = place({ id: 'v-1', name: { zh: '顾家岗社区', en: '顾家岗社区' } });
    expect(displayName(chineseOnly, 'en')).toBe('顾家岗社区');
  });
});

describe('markerText', () => {
  it.each([
    [donggou, 'zh-CN', 'local', '东沟村（约）'],
    [donggou, 'en', 'local', 'Donggou Village (approx.)'],
    [region, 'zh-CN', 'local', '东部融合（示意）'],
    [region, 'en', 'local', 'Integrated east (schematic)'],
    [township, 'zh-CN', 'local', '武当路街道'],
    [township, 'en', 'local', 'Wudanglu'],
    [county, 'zh-CN', 'province', '京山市'],
    [seat, 'zh-CN', 'local', '茅箭区（中心点）'],
    [seat, 'en', 'local', 'Maojian District (centre point)'],
    [{ ...seat, source: 'a seat from elsewhere' }, 'zh-CN', 'local', '区政府（约）'],
    [seat, 'zh-CN', 'province', '茅箭区'],
  ] as const)('%#: %s', (p, lang, scale, want) => {
    expect(markerText(p, lang, scale)).toBe(want);
  });
});

describe('markerLabel', () => {
  it('says name, kind and precision once each', () => {
    expect(markerLabel(donggou, 'zh-CN')).toBe('东沟村，村，大致位置');
    expect(markerLabel(donggou, 'en')).toBe(
      'Donggou Village (东沟村), village, approximate location',
    );
    expect(markerLabel(township, 'zh-CN')).toBe('武当路街道，乡镇（街道）驻地');
    expect(markerLabel(township, 'en')).toBe('Wudanglu Subdistrict (武当路街道), township seat');
    expect(markerLabel(county, 'en')).toBe(
      'Jingshan City (京山市), county seat, standing for the whole county',
    );
    expect(markerLabel(seat, 'zh-CN')).toBe(
      '茅箭区，区（县级），行政区划中心点（adcode），不是驻地；大致位置',
    );
    expect(markerLabel(seat, 'en')).not.toMatch(/\bseat\b(?!;)/);
    expect(markerLabel(region, 'zh-CN')).toMatch(/^东部融合，示意分区，示意位置/);
  });
});

describe('linkText', () => {
  it('names the outside source that puts a site in its village', () => {
    const taoyuan = place({
      id: 'taoyuan-renjia',
      kind: 'homestay',
      name: { zh: '桃源人家', en: 'Taoyuan Renjia' },
      township: MAOTA,
      village: { zh: '东沟村', en: 'Donggou Village' },
      source:
        'No coordinate. In 东沟村: itove/zw db/db.sql @ 2e5c42806f38f397d31655f27894010cfeb9c4cd.',
    });
    expect(linkText(taoyuan, 'zh-CN')).toBe(
      '报道没有写明它在哪个村；据 itove/zw，归入东沟村（茅塔乡）。',
    );
    expect(linkText(taoyuan, 'en')).toBe(
      'The report does not say which village it is in; itove/zw places it in Donggou Village (Maota Township).',
    );
  });

  it('says the division codes give a village its township', () => {
    const y = { ...yingzi, source: 'Village 420302100206: 国家统计局 2023 统计用区划代码 via npm' };
    expect(linkText(y, 'zh-CN')).toBe(
      '报道没有写明所属乡镇；据国家统计局2023年统计用区划代码，属大川镇。',
    );
    expect(linkText(y, 'en')).toMatch(/2023 statistical division codes .* Dachuan Town\.$/);
  });

  it('says nothing when the report itself links the place (its name carries the village)', () => {
    const daping = place({
      id: 'daping-solar',
      kind: 'site',
      name: { zh: '大坪村光伏电站', en: 'Daping Village Solar Power Station' },
      township: MAOTA,
      village: { zh: '大坪村', en: 'Daping Village' },
      source: 'https://example.com/x',
    });
    expect(linkText(daping, 'en')).toBeNull();
    expect(linkText(county, 'en')).toBeNull();
  });
});

describe('listedText', () => {
  it('names the township and says there is no public coordinate', () => {
    expect(listedText(yingzi, 'zh-CN')).toBe('营子村（大川镇）· 无公开坐标');
    expect(listedText(yingzi, 'en')).toBe('Yingzi Village (Dachuan Town) · no public coordinate');
    expect(listedText(shanli, 'zh-CN')).toBe('山里猫居（乡镇不详）· 无公开坐标');
  });
});

describe('HTML for Leaflet', () => {
  it('escapes text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('builds a marker button with data-place and an escaped accessible name', () => {
    const html = markerHtml(donggou, 'zh-CN');
    expect(html).toMatch(
      /^<button type="button" class="pm pm-village pm-approximate pm-side-left"/,
    );
    expect(html).toContain('data-place="donggou"');
    expect(html).toContain('aria-label="东沟村，村，大致位置"');
    expect(html).toContain('>东沟村（约）</span>');
    const evil = place({
      id: 'x"y',
      name: { zh: '<img src=x onerror=alert(1)>', en: 'e' },
      lngLat: [1, 2],
      precision: 'exact',
    });
    const out = markerHtml(evil, 'zh-CN');
    expect(out).not.toContain('<img');
    expect(out).toContain('data-place="x&quot;y"');
  });

  it('escapes the kind and precision in the class attribute', () => {
    expect(markerClass(donggou)).toBe('pm pm-village pm-approximate pm-side-left');
    const hostile = {
      ...donggou,
      kind: 'village" onmouseover="alert(1)',
      precision: '<b>',
    } as unknown as Place;
    const cls = markerClass(hostile);
    expect(cls).not.toMatch(/["<>]/);
    expect(cls).toBe('pm pm-village&quot; onmouseover=&quot;alert(1) pm-&lt;b&gt; pm-side-left');
  });

  it('gives the district seat both its local and province label', () => {
    const html = markerHtml(seat, 'zh-CN');
    expect(html).toContain('<span class="pm-label pm-local">茅箭区（中心点）</span>');
    expect(html).toContain('<span class="pm-label pm-province">茅箭区</span>');
  });

  it('puts labels of the crowded district centre on the left', () => {
    expect(labelSide('wudanglu')).toBe('left');
    expect(labelSide('maota')).toBe('right');
  });

  it('hides area labels from assistive technology', () => {
    expect(areaLabelHtml('汉江 <b>', 'river')).toBe(
      '<span class="al al-river" aria-hidden="true">汉江 &lt;b&gt;</span>',
    );
  });

  it('lists every credit with its licence in a collapsible block', () => {
    const entries = [
      { id: 'datav', text: { zh: '边界：DataV', en: 'Boundaries: DataV' }, license: 'none' },
      { id: 'geonames', text: { zh: 'GeoNames <x>', en: 'GeoNames' }, license: 'CC BY 4.0' },
    ];
    const closed = attributionHtml(entries, 'zh-CN', 'ⓘ 数据来源', false);
    expect(closed).toMatch(/^<details class="map-credits"><summary>ⓘ 数据来源<\/summary>/);
    expect(closed).toContain('<li data-credit="datav" title="none">边界：DataV</li>');
    expect(closed).toContain('GeoNames &lt;x&gt; <small>(CC BY 4.0)</small></li>');
    expect(attributionHtml(entries, 'en', 'Map data', true)).toContain(
      '<details class="map-credits" open>',
    );
  });
});
