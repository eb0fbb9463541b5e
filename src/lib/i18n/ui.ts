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
  stageLabel: string;
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
  stageLabel: '图表',
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
  stageLabel: 'Chart',
};

export const UI: Record<Lang, UiText> = { 'zh-CN': zh, en };

/** Formats an ISO date for the header. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'zh-CN') return `${y}年${m}月${d}日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}
