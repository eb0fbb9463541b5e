/** Where each edition lives, and which edition a URL asks for. */
import type { Lang } from '../content/types';

/** The prerendered page of an edition, relative to the story's folder. */
export function editionPage(lang: Lang): string {
  return lang === 'en' ? 'en.html' : './';
}

/** The edition a URL's `?lang=` asks for, if it is one we have. */
export function langFromSearch(search: string, editions: readonly Lang[]): Lang | null {
  const wanted = new URLSearchParams(search).get('lang');
  return editions.find((l) => l === wanted) ?? null;
}

/** The share image of an edition (made at build time by scripts/build/share-image.ts). */
export function shareImageName(lang: Lang): string {
  return lang === 'en' ? 'share-en.png' : 'share.png';
}
