/**
 * The standalone page's first and only initial script. It imports nothing and starts nothing
 * before the page's first contentful paint, so the prerendered text shows as fast as a plain
 * page of text. Then it loads the edition's page script, whose address the prerender wrote on
 * #app (`data-island`). `?lang=` asking for another edition goes to that edition's page (the
 * head's alternate link), keeping the step in the hash.
 */
import { afterFirstPaint } from './first-paint';

const app = document.getElementById('app');
const wanted = new URLSearchParams(location.search).get('lang');
const other =
  wanted && wanted !== app?.dataset.lang
    ? document.querySelector<HTMLLinkElement>(
        `link[rel="alternate"][hreflang="${CSS.escape(wanted)}"]`,
      )
    : null;

if (other) {
  location.replace(other.href + location.hash);
} else if (app?.dataset.island) {
  const url = new URL(app.dataset.island, document.baseURI).href;
  afterFirstPaint(() => void import(/* @vite-ignore */ url));
}
