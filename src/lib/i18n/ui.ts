import type { Lang } from '../content/types';

/** Interface words (not story copy), per edition. */
export interface UiText {
  progress: string;
  sources: string;
  notes: string;
  dataSources: string;
  published: string;
  by: string;
  figureSource: (paragraph: number) => string;
  approxNote: string;
  skipToSources: string;
  /** The sources section: the data files for readers (see src/lib/content/downloads.ts). */
  downloads: string;
  downloadsNote: string;
  downloadCsv: string;
  downloadJson: string;
  /** The iframe embed's link to the story's own page (opens in a new tab). */
  openFullStory: string;
  /** The button beside a part of the story that failed to load. */
  tryAgain: string;
  stageLabel: string;
  /** Chart words (src/components/charts). */
  chartPerMark: (per: string, shape: 'square' | 'circle') => string;
  /** "Each square = 10 people": a unit chart of one kind of thing. */
  chartPerMarkOf: (per: string, unit: string, shape: 'square' | 'circle') => string;
  /** "Each box = 1 village work team": the outer marks of a chart drawing things inside things. */
  chartPerBox: (unit: string) => string;
  /** The inner marks are spread evenly over the boxes: the report gives no breakdown. */
  chartSpread: string;
  /** Before a fraction of villages on a grid: the report's fractions may be rounded. */
  chartAbout: string;
  chartPartial: string;
  chartApprox: string;
  chartPercentCell: string;
  chartVillages: (cells: number) => string;
  chartNested: (inner: string, outer: string) => string;
  chartBars: string;
  chartGradeScale: string;
  chartCascade: string;
  chartLoop: string;
  chartSources: (paragraphs: number[]) => string;
  /** Joins figure labels into a chart title. */
  chartJoin: string;
  /** One figure stated in a chart's text alternative. */
  chartStatement: (label: string, value: string) => string;
  chartStatementJoin: string;
  chartStop: string;
  /** Map words (src/components/map). */
  mapLabel: string;
  /** Said in place when a part fails; the rest of the story goes on. */
  chartFailed: string;
  mapFailed: string;
  /** In a map step's text card: moves keyboard focus to the step's places on the map. */
  mapGoToPlaces: string;
  mapLoading: string;
  mapExplore: string;
  mapDone: string;
  mapExploreHint: string;
  mapClose: string;
  mapReadInStory: string;
  mapStorySays: string;
  mapAboutLocation: string;
  mapListedTitle: string;
  /** The place panel folded to one line (narrow layout): how many places it lists. */
  mapListedSummary: (count: number) => string;
  /** A place sheet: the other steps that show the place; or that no map step shows it. */
  mapAlsoInStory: string;
  mapNoStep: string;
  mapCredits: string;
  /** Under a printed map: its data sources. */
  printMapCredits: (list: string) => string;
  /** The stage's share button: its visible word, its accessible name, and what it says after. */
  share: string;
  shareName: string;
  shareCopied: string;
  /** The link could not be copied: said with the link, for the reader to copy. */
  shareFailed: string;
}

const zh: UiText = {
  progress: '阅读进度',
  sources: '资料来源',
  notes: '说明',
  dataSources: '数据来源',
  published: '发布',
  by: '作者',
  figureSource: (p) => `来源：原报道第${p}段`,
  approxNote: '“多”“余”：原报道给出的约数',
  skipToSources: '跳到资料来源',
  downloads: '下载数据',
  downloadsNote:
    '本文用到的全部数字：编号、数值、是否约数、单位、中英文名称，以及它在原报道中的段落和原文。',
  downloadCsv: '全部数字（CSV）',
  downloadJson: '全部数字（JSON）',
  openFullStory: '在新标签页打开完整报道',
  tryAgain: '重试',
  stageLabel: '图表',
  chartPerMark: (per, shape) => (shape === 'circle' ? `每个圆点 = ${per}` : `每格 = ${per}`),
  chartPerMarkOf: (per, unit, shape) =>
    shape === 'circle' ? `每个圆点 = ${per}${unit}` : `每格 = ${per}${unit}`,
  chartPerBox: (unit) => `每个框 = 1${unit}`,
  chartSpread: '圆点平均分到各框，只作示意：原报道未给出每个框的人数',
  chartAbout: '约',
  chartPartial: '不满一格的部分按比例填色',
  chartApprox: '虚线格：原报道为约数（“多”“余”），实数更多，多出多少不详',
  chartPercentCell: '每格 = 1%（共100格）',
  chartVillages: (n) => `每${n}格代表全部行政村：只示比例，不是实际村数`,
  chartNested: (inner, outer) => `深色格（${inner}）也计在${outer}之内`,
  chartBars: '条形从零开始，共用一个比例尺',
  chartGradeScale: '地表水环境质量标准分Ⅰ至Ⅴ类，Ⅰ类最好',
  chartCascade: '箭头：自上而下，一级压一级',
  chartLoop: '箭头首尾相接：最后一环回到第一环',
  chartSources: (ps) => `来源：原报道第${ps.join('、')}段`,
  chartJoin: '、',
  chartStatement: (label, value) => `${label}：${value}`,
  chartStatementJoin: '；',
  chartStop: '。',
  mapLabel: '茅箭区地图',
  chartFailed: '这张图表未能显示。文字中的数字不受影响。',
  mapFailed: '地图未能加载（可能是网络中断）。报道的文字和其他图表不受影响。',
  mapGoToPlaces: '在地图上查看这些地点',
  share: '分享',
  shareName: '分享这一段的链接',
  shareCopied: '链接已复制',
  shareFailed: '未能复制，链接：',
  mapLoading: '地图加载中…',
  mapExplore: '探索地图',
  mapDone: '完成',
  mapExploreHint: '可拖动、缩放地图；点“完成”回到报道中的视图',
  mapClose: '关闭',
  mapReadInStory: '在报道中阅读',
  mapStorySays: '报道中说',
  mapAboutLocation: '位置说明',
  mapListedTitle: '无公开坐标的地点（按乡镇列出）',
  mapListedSummary: (count) => `无公开坐标的地点：${count} 处`,
  mapAlsoInStory: '报道中另见',
  mapNoStep: '报道的地图各步都没有标出这个地点。',
  mapCredits: 'ⓘ 数据来源',
  printMapCredits: (list) => `地图数据：${list}`,
};

const en: UiText = {
  progress: 'Reading progress',
  sources: 'Sources',
  notes: 'Notes',
  dataSources: 'Data sources',
  published: 'Published',
  by: 'By',
  figureSource: (p) => `Source: original report, paragraph ${p}`,
  approxNote: '"More than": the report gives an approximate figure',
  skipToSources: 'Skip to sources',
  downloads: 'Download the data',
  downloadsNote:
    'Every figure in this story: its id, value, whether it is approximate, unit, labels in Chinese and English, and the paragraph and words of the report it comes from.',
  downloadCsv: 'All figures (CSV)',
  downloadJson: 'All figures (JSON)',
  openFullStory: 'Open the full story in a new tab',
  tryAgain: 'Try again',
  stageLabel: 'Chart',
  chartPerMark: (per, shape) => (shape === 'circle' ? `Each dot = ${per}` : `Each square = ${per}`),
  chartPerMarkOf: (per, unit, shape) =>
    shape === 'circle' ? `${unit}: each dot = ${per}` : `${unit}: each square = ${per}`,
  chartPerBox: (unit) => `${unit}: each box = 1`,
  chartSpread: 'Dots spread evenly, for illustration: the report gives no breakdown',
  chartAbout: 'about ',
  chartPartial: 'Part-filled square: the remainder, to scale',
  chartApprox: 'Dashed square: “more than”; how much more is not known',
  chartPercentCell: 'Each square = 1% (100 in all)',
  chartVillages: (n) =>
    `Each grid of ${n} stands for all villages: it shows the proportion, not a real count`,
  chartNested: (inner, outer) => `Dark squares (${inner}) are counted within ${outer}`,
  chartBars: 'Bars start at zero, on one shared scale',
  chartGradeScale: 'China’s surface-water standard runs from Class I (best) to Class V',
  chartCascade: 'Arrows: from the top level down, one level at a time',
  chartLoop: 'The arrows close the loop: the last part leads back to the first',
  chartSources: (ps) =>
    `Source: original report, paragraph${ps.length > 1 ? 's' : ''} ${ps.join(', ')}`,
  chartJoin: '; ',
  chartStatement: (label, value) => `${label}: ${value}`,
  chartStatementJoin: '; ',
  chartStop: '.',
  mapLabel: 'Map of Maojian District',
  chartFailed: 'This chart could not be shown. The figures in the text are unaffected.',
  mapFailed:
    'The map could not load (the network may be down). The text and the other charts are unaffected.',
  mapGoToPlaces: 'Go to these places on the map',
  share: 'Share',
  shareName: 'Share a link to this part of the story',
  shareCopied: 'Link copied',
  shareFailed: 'Could not copy. The link:',
  mapLoading: 'Loading the map…',
  mapExplore: 'Explore the map',
  mapDone: 'Done',
  mapExploreHint: 'Drag and zoom the map; press “Done” to return to the story’s view',
  mapClose: 'Close',
  mapReadInStory: 'Read this in the story',
  mapStorySays: 'What the story says',
  mapAboutLocation: 'About the location',
  mapListedTitle: 'Places with no public coordinate, by township',
  mapListedSummary: (count) =>
    `${count} ${count === 1 ? 'place' : 'places'} with no public coordinate`,
  mapAlsoInStory: 'Also in the story',
  mapNoStep: 'No map step of the story shows this place.',
  mapCredits: 'ⓘ Map data',
  printMapCredits: (list) => `Map data: ${list}`,
};

export const UI: Record<Lang, UiText> = { 'zh-CN': zh, en };

/** Formats an ISO date for the header. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'zh-CN') return `${y}年${m}月${d}日`;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[m - 1]} ${y}`;
}
