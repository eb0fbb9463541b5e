/**
 * Moves keyboard focus from a map step's text to its places on the map: the first highlighted
 * marker, else the first marker, else the first place in the panel. The map may still be
 * loading, putting up its markers or flying, so it waits (up to `timeout` ms) for it to be
 * ready and for one to be there and visible. It finds them by the data attributes the stage
 * and map components write for it (data-layer, data-map-host, data-highlight), not by class.
 */
const MAP = '[data-layer="map"]';
const TARGETS = [
  `${MAP} [data-highlight] [data-place], ${MAP} [data-highlight][data-place]`,
  `${MAP} [data-place]`,
  `${MAP} [data-listed]`,
];

function visible(el: HTMLElement): boolean {
  if (el.closest('[inert]')) return false; // a hidden layer (see Stage.svelte)
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

export function findPlace(stage: ParentNode): HTMLElement | null {
  // A map still putting its markers up (they come a few at a time after the map) is not ready
  // yet: PlaceMarkers marks the map's container data-places once all are up.
  if (stage.querySelector(`${MAP} [data-map-host]:not([data-places])`)) return null;
  for (const selector of TARGETS) {
    const el = Array.from(stage.querySelectorAll<HTMLElement>(selector)).find(visible);
    if (el) return el;
  }
  return null;
}

export function focusMapPlaces(stage: ParentNode, timeout = 3000): Promise<boolean> {
  const until = performance.now() + timeout;
  return new Promise((done) => {
    const tick = () => {
      const el = findPlace(stage);
      if (el) {
        el.focus();
        done(true);
      } else if (performance.now() > until) done(false);
      else requestAnimationFrame(tick);
    };
    tick();
  });
}
