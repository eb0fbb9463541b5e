import { describe, expect, it } from 'vitest';
import postcss from 'postcss';
import { remToStoryRem, storyRem } from './postcss-story-rem';

describe('remToStoryRem', () => {
  it.each([
    ['1rem', 'calc(1 * var(--story-rem, 1rem))'],
    ['0.75rem 1.25rem', 'calc(0.75 * var(--story-rem, 1rem)) calc(1.25 * var(--story-rem, 1rem))'],
    ['-.5rem', 'calc(-.5 * var(--story-rem, 1rem))'],
    [
      'clamp(1rem, 7vw, 3rem)',
      'clamp(calc(1 * var(--story-rem, 1rem)), 7vw, calc(3 * var(--story-rem, 1rem)))',
    ],
    ['12px', '12px'],
    ['1em', '1em'],
  ])('%s', (input, want) => {
    expect(remToStoryRem(input)).toBe(want);
  });

  it('rewrites declarations, not selectors or at-rules', async () => {
    const out = await postcss([storyRem()]).process(
      '@media (min-width: 48rem) { .rem { padding: 2rem; } }',
      { from: undefined },
    );
    expect(out.css).toBe(
      '@media (min-width: 48rem) { .rem { padding: calc(2 * var(--story-rem, 1rem)); } }',
    );
  });
});
