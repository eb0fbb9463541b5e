/** Helpers for the map's browser tests. */
import type { Page } from 'playwright-core';

/**
 * Waits until the live map has drawn its layers, put up its markers and settled on `view`
 * (the map step's view id, data/story.*.aml).
 */
export async function waitForMapSettled(page: Page, view: string): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const root = document.querySelector('.map-view');
      const host = root?.querySelector('.leaflet-host');
      return (
        host?.getAttribute('data-layers') === 'drawn' &&
        host.getAttribute('data-places') === 'ready' &&
        root?.getAttribute('data-settled') === want
      );
    },
    view,
    { timeout: 10_000 },
  );
}
