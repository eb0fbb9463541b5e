/**
 * Build plugin: on a host whose CSP says `require-trusted-types-for 'script'`, every string
 * assigned to innerHTML throws. Leaflet 1.9 does that in three places the story reaches: its
 * inline-SVG test when the module is evaluated (the map would never load), the attribution
 * control and the zoom buttons. The plugin makes the test with the DOM (an SVG element appended
 * to the div: the same answer) and has the controls build their strings with the DOM
 * (src/components/map/html-element.ts). It stops the build if any of these lines changes.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const HELPER = fileURLToPath(new URL('../src/components/map/html-element.ts', import.meta.url));

const PATCHES: [string, string][] = [
  [
    "div.innerHTML = '<svg/>';",
    "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
  ],
  [
    'this._container.innerHTML = prefixAndAttribs.join(\' <span aria-hidden="true">|</span> \');',
    '__setHtml(this._container, prefixAndAttribs.join(\' <span aria-hidden="true">|</span> \'));',
  ],
  ['link.innerHTML = html;', '__setHtml(link, html);'],
];

export function leafletTrustedTypesPlugin(): Plugin {
  return {
    name: 'leaflet-trusted-types',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of PATCHES) {
        if (!out.includes(from)) this.error(`leaflet-trusted-types: "${from}" not found`);
        out = out.replace(from, to);
      }
      const helper = JSON.stringify(HELPER);
      return { code: `import { setHtml as __setHtml } from ${helper};\n${out}`, map: null };
    },
  };
}
