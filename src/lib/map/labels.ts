/**
 * The words of the map's places: visible marker labels, accessible names, the place panel's
 * lines, and the divIcon / attribution HTML Leaflet needs as strings (always escaped here).
 */
import type { Bilingual, Lang } from '../content/types.ts';
import type { LngLat } from '../geo/geojson.ts';
import {
  isCentrePoint,
  outsideLink,
  precisionLabel,
  type Place,
  type PlaceKind,
} from '../geo/places.ts';

export type Scale = 'province' | 'local';
/** Which side of its point a marker's label sits on. */
export type Side = 'right' | 'left' | 'top' | 'bottom';

const pick = (text: Bilingual, lang: Lang): string => (lang === 'en' ? text.en : text.zh);

export const KIND_LABELS: Record<PlaceKind, Bilingual> = {
  // The place is the district; whether its point is the seat is the precision's to say.
  'district-seat': { zh: '区（县级）', en: 'district' },
  township: { zh: '乡镇（街道）', en: 'township' },
  village: { zh: '村', en: 'village' },
  site: { zh: '地点', en: 'site' },
  homestay: { zh: '民宿', en: 'homestay' },
  county: { zh: '县（市）', en: 'county' },
  region: { zh: '示意分区', en: 'schematic area' },
};

const WORDS = {
  approx: { zh: '约', en: 'approx.' },
  schematic: { zh: '示意', en: 'schematic' },
  seat: { zh: '区政府', en: 'District gov’t' },
  centre: { zh: '中心点', en: 'centre point' },
  unknownTownship: { zh: '乡镇不详', en: 'township unknown' },
  noCoordinate: { zh: '无公开坐标', en: 'no public coordinate' },
} satisfies Record<string, Bilingual>;

/** Label sides that keep the close-together points of the district centre apart. */
export const LABEL_SIDES: Readonly<Record<string, Side>> = {
  maojian: 'top',
  wudanglu: 'left',
  eryan: 'left',
  wuyan: 'left',
  dachuan: 'left',
  'region-centre': 'top',
  jingshan: 'left',
  nanbu: 'top', // beside it, its label would run into Jingshan's on a phone
  donggou: 'left', // the east edge of the tourism view
};

/**
 * Hand-placed province and river labels, clear of the province view's markers and of each
 * other at phone size (GCJ-02 [lng, lat]; each is inside its province or beside its river).
 * Keyed by adcode or river id. Other areas are labelled at their centroid.
 */
export const AREA_LABEL_AT: Readonly<Record<string, LngLat>> = {
  '420000': [110.0, 30.6], // 湖北省, near 巴东
  '510000': [103.4, 31.35], // 四川省, near 彭州
  han: [111.75, 31.8], // 汉江, west of 宜城
  yangtze: [112.6, 30.05], // 长江, near 监利
};

export function labelSide(id: string): Side {
  return LABEL_SIDES[id] ?? 'right';
}

/** The place's name in the edition: Chinese, or the English (pinyin) name with the Chinese. */
export function nameParts(place: Place, lang: Lang): { main: string; zh: string | null } {
  // A name with no English form (a village of the villages view) is not said twice.
  return lang === 'en'
    ? { main: place.name.en, zh: place.name.en === place.name.zh ? null : place.name.zh }
    : { main: place.name.zh, zh: null };
}

/** The name, then the Chinese in brackets in the English edition. */
export function displayName(place: Place, lang: Lang): string {
  const { main, zh } = nameParts(place, lang);
  return zh ? `${main} (${zh})` : main;
}

/**
 * The short text printed beside a marker. An approximate point says so ("约"), a schematic
 * region says it is schematic; the district seat reads as the district on the province map.
 */
export function markerText(place: Place, lang: Lang, scale: Scale): string {
  // On the map a township reads by its name alone ("Maota", not "Maota Township"): the
  // English words are long on a phone. Its accessible name and sheet keep the full name.
  const name =
    lang === 'en' && place.kind === 'township'
      ? place.name.en.replace(/\s+(Subdistrict|Town|Township)$/, '')
      : pick(place.name, lang);
  const approx = pick(WORDS.approx, lang);
  if (place.kind === 'district-seat') {
    // At province scale a few hundred metres do not show: the point stands for the district.
    if (scale === 'province') return name;
    // An adcode centre point is not the seat: the label names the district and says so.
    if (isCentrePoint(place)) return wrap(name, pick(WORDS.centre, lang), lang);
    const seat = pick(WORDS.seat, lang);
    return place.precision === 'approximate' ? wrap(seat, approx, lang) : seat;
  }
  if (place.precision === 'approximate') return wrap(name, approx, lang);
  if (place.precision === 'schematic') return wrap(name, pick(WORDS.schematic, lang), lang);
  return name;
}

function wrap(text: string, note: string, lang: Lang): string {
  return lang === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

/** The accessible name of a marker: name, kind and precision, without saying a word twice. */
export function markerLabel(place: Place, lang: Lang): string {
  const kind = pick(KIND_LABELS[place.kind], lang);
  const precision = precisionLabel(place, lang);
  // "township" + "township seat" → "township seat".
  const parts = precision.startsWith(kind) ? [precision] : [kind, precision];
  return [displayName(place, lang), ...parts].join(lang === 'en' ? ', ' : '，');
}

/** A place panel line: "营子村（大川镇）· 无公开坐标". */
export function listedText(place: Place, lang: Lang): string {
  const township = place.township ? pick(place.township, lang) : pick(WORDS.unknownTownship, lang);
  const dot = lang === 'en' ? ' · ' : '· '; // a full-width bracket already leaves room
  return `${wrap(pick(place.name, lang), township, lang)}${dot}${pick(WORDS.noCoordinate, lang)}`;
}

/**
 * What links the place to its village or township when an outside source (not the report)
 * does, naming the source: "报道没有写明它在哪个村；据 itove/zw，归入东沟村（茅塔乡）。" Null when
 * the report itself says, or nothing does.
 */
export function linkText(place: Place, lang: Lang): string | null {
  const link = outsideLink(place);
  if (!link) return null;
  const en = lang === 'en';
  const township = place.township ? pick(place.township, lang) : null;
  if (link.to === 'village' && place.village) {
    const village = pick(place.village, lang);
    const where = township ? wrap(village, township, lang) : village;
    return en
      ? `The report does not say which village it is in; ${link.sources.join(', ')} place${link.sources.length > 1 ? '' : 's'} it in ${where}.`
      : `报道没有写明它在哪个村；据 ${link.sources.join('、')}，归入${where}。`;
  }
  if (link.to === 'township' && township) {
    return en
      ? `The report does not name its township; the 2023 statistical division codes (国家统计局) place it in ${township}.`
      : `报道没有写明所属乡镇；据国家统计局2023年统计用区划代码，属${township}。`;
  }
  return null;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML string (Leaflet's divIcon and attribution take HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * The class attribute of a place marker: its kind, precision and label side. The values are
 * escaped like every other text: the build validates them (src/lib/content/places-file.ts),
 * but the HTML does not rely on it.
 */
export function markerClass(place: Place): string {
  const classes = [
    'pm',
    `pm-${place.kind}`,
    `pm-${place.precision}`,
    `pm-side-${labelSide(place.id)}`,
  ];
  return escapeHtml(classes.join(' '));
}

/**
 * The divIcon HTML of a place marker: a real <button> with the accessible name and
 * data-place, a dot (dashed ring when approximate) and the visible label. Every text is
 * escaped. The district seat carries both its local and its province label; CSS shows one.
 */
export function markerHtml(place: Place, lang: Lang): string {
  const local = markerText(place, lang, 'local');
  const province = markerText(place, lang, 'province');
  const labels =
    local === province
      ? `<span class="pm-label">${escapeHtml(local)}</span>`
      : `<span class="pm-label pm-local">${escapeHtml(local)}</span>` +
        `<span class="pm-label pm-province">${escapeHtml(province)}</span>`;
  return (
    `<button type="button" class="${markerClass(place)}" data-place="${escapeHtml(place.id)}"` +
    ` aria-label="${escapeHtml(markerLabel(place, lang))}">` +
    `<span class="pm-dot" aria-hidden="true"></span>${labels}</button>`
  );
}

/** A decorative area or river label (hidden from assistive technology: the markers name places). */
export function areaLabelHtml(text: string, kind: string): string {
  return `<span class="al al-${escapeHtml(kind)}" aria-hidden="true">${escapeHtml(text)}</span>`;
}

export interface AttributionEntry {
  id: string;
  text: Bilingual;
  license: string;
}

/**
 * The map credits for Leaflet's attribution control: a <details> whose summary reads
 * "ⓘ 数据来源", listing each source. Open on desktop, collapsed on phones.
 */
export function attributionHtml(
  entries: readonly AttributionEntry[],
  lang: Lang,
  summary: string,
  open: boolean,
): string {
  // A licence that asks for credit (CC BY) is printed; every licence note is in the title.
  const items = entries
    .map(
      (e) =>
        `<li data-credit="${escapeHtml(e.id)}" title="${escapeHtml(e.license)}">` +
        escapeHtml(pick(e.text, lang)) +
        (e.license.startsWith('CC') ? ` <small>(${escapeHtml(e.license)})</small>` : '') +
        '</li>',
    )
    .join('');
  return (
    `<details class="map-credits"${open ? ' open' : ''}>` +
    `<summary>${escapeHtml(summary)}</summary><ul>${items}</ul></details>`
  );
}
