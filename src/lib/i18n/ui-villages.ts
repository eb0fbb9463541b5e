import type { Lang } from '../content/types';

/**
 * Interface words of the map's villages view, per edition. Apart from ui.ts: they travel in
 * the view's own chunk (src/components/map/villages-view.ts), loaded when the reader explores,
 * not in the page's first script.
 */
export interface VillageUiText {
  /** The button that opens and closes the list (explore mode). */
  toggle: string;
  title: string;
  counts: (listed: number, located: number, named: number) => string;
  search: string;
  found: (n: number) => string;
  villageType: { village: string; community: string };
  located: string;
  noCoordinate: string;
  namedInReport: string;
  villageCode: (code: string) => string;
  villageNotNamed: string;
  villagePoint: (source: string) => string;
  villageNoPoint: (township: string) => string;
}

const zh: VillageUiText = {
  toggle: '查找村（社区）',
  title: '茅箭区的村和社区（2023年统计用区划代码）',
  counts: (listed, located, named) =>
    `共列出${listed}个村（居）委会：${located}个有公开坐标，画在地图上；${named}个在报道中点名。`,
  search: '按名称或代码查找',
  found: (n) => `找到${n}个`,
  villageType: { village: '村委会', community: '社区居委会' },
  located: '有坐标',
  noCoordinate: '无公开坐标',
  namedInReport: '报道点名',
  villageCode: (code) => `区划代码 ${code}`,
  villageNotNamed: '报道没有提到这个村（社区）。',
  villagePoint: (source) =>
    `村（社区）点位，来自 ${source}（高德数据，GCJ-02），不是实测的中心点，属大致位置。`,
  villageNoPoint: (township) =>
    `没有找到有来源的坐标，不在地图上画点；地图标出所属${township}的驻地。`,
};

const en: VillageUiText = {
  toggle: 'Find a village',
  title: 'Villages and communities of Maojian (2023 statistical codes)',
  counts: (listed, located, named) =>
    `${listed} village and residents’ committees listed: ${located} have a public coordinate and are drawn on the map; ${named} are named in the report.`,
  search: 'Search by name or code',
  found: (n) => `${n} found`,
  villageType: { village: 'village committee', community: 'residents’ committee' },
  located: 'located',
  noCoordinate: 'no public coordinate',
  namedInReport: 'named in the report',
  villageCode: (code) => `code ${code}`,
  villageNotNamed: 'The report does not name this village or community.',
  villagePoint: (source) =>
    `Village point from ${source} (AutoNavi data, GCJ-02), not a surveyed centre: an approximate location.`,
  villageNoPoint: (township) =>
    `No sourced coordinate was found, so it is not drawn; the map marks the seat of ${township}.`,
};

export const VILLAGE_UI: Record<Lang, VillageUiText> = { 'zh-CN': zh, en };
