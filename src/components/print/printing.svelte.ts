/**
 * Whether the page is being printed. Set on beforeprint and flushed at once, so a layout that
 * reads it (FlatStory: static pictures instead of live stages) is in the DOM before the
 * browser takes its print snapshot; App's own beforeprint switch to the flat layout reads it
 * when it mounts FlatStory, whichever of the two listeners runs first.
 */
import { flushSync } from 'svelte';

let active = $state(false);

export const printing = {
  get active(): boolean {
    return active;
  },
};

function set(next: boolean): void {
  if (active === next) return;
  active = next;
  flushSync();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => set(true));
  window.addEventListener('afterprint', () => set(false));
}
