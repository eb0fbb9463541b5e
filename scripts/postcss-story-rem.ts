/**
 * PostCSS plugin: `1.5rem` → `calc(1.5 * var(--story-rem, 1rem))`. On the story's own page
 * that is still 1.5rem (it follows the reader's font-size setting); inside a script embed the
 * custom element sets --story-rem: 16px, so a host page's `html { font-size: 62.5% }` cannot
 * shrink the story.
 */
import type { Plugin } from 'postcss';

const REM = /(-?\d*\.?\d+)rem\b/g;

export function remToStoryRem(value: string): string {
  return value.replace(REM, (_m, n: string) => `calc(${n} * var(--story-rem, 1rem))`);
}

export function storyRem(): Plugin {
  return {
    postcssPlugin: 'story-rem',
    Declaration(decl) {
      // PostCSS visits a changed declaration again: leave converted values alone.
      if (decl.value.includes('rem') && !decl.value.includes('--story-rem')) {
        decl.value = remToStoryRem(decl.value);
      }
    },
  };
}
storyRem.postcss = true;
