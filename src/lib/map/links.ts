/**
 * When the reader is near enough to a map step to load the map, and which map step the map
 * shows or waits at. (Which steps show a place: place-steps.ts.)
 */
import type { Step } from '../content/types';

/** How many steps ahead (or behind) of a map step the map starts loading. */
export const LOAD_REACH = 2;

/**
 * True when a map step is current or at most `reach` steps away from the current step, so
 * Leaflet and the map data load before the reader gets there, and not at first paint.
 */
export function mapIsNear(steps: readonly Step[], index: number, reach = LOAD_REACH): boolean {
  for (let i = Math.max(0, index - reach); i <= Math.min(steps.length - 1, index + reach); i++) {
    if (steps[i].stage === 'map') return true;
  }
  return false;
}

/**
 * The map step the map layer shows or waits at: the current step if it is a map step; else
 * the next map step within `reach` (the map gets there while hidden, so appearing costs no
 * redraw), else the last map step before (so leaving it changes nothing), else the next one.
 */
export function mapStepAt(steps: readonly Step[], index: number, reach = LOAD_REACH): Step | null {
  const at = steps[index];
  if (at?.stage === 'map') return at;
  const ahead = steps.slice(index + 1).find((s) => s.stage === 'map') ?? null;
  const aheadIndex = ahead ? steps.indexOf(ahead) : -1;
  if (ahead && aheadIndex - index <= reach) return ahead;
  const behind = steps
    .slice(0, Math.max(0, index))
    .reverse()
    .find((s) => s.stage === 'map');
  return behind ?? ahead;
}

/** The last map step at or before `index` (the one the map showed last), or null. */
export function lastMapStepUpTo(steps: readonly Step[], index: number): Step | null {
  for (let i = Math.min(index, steps.length - 1); i >= 0; i--) {
    if (steps[i]?.stage === 'map') return steps[i]!;
  }
  return null;
}
