/** The layout context of the chart part tests. */
import { UI } from '../../../src/lib/i18n/ui';
import { TYPE_COMPACT, type Ctx } from '../../../src/lib/charts/part';
import type { Lang } from '../../../src/lib/content/types';

/** A phone's compact chart of two figures, nothing stressed. */
export function compactCtx(lang: Lang = 'zh-CN'): Ctx {
  return { lang, ui: UI[lang], emphasis: {}, compact: true, type: TYPE_COMPACT, figureCount: 2 };
}
