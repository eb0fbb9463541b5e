import type { Lang } from './types.ts';

/** The editions that are built. Every edition has data/story.<lang>.aml with the same step ids. */
export const EDITIONS: readonly Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
