/**
 * Build plugin: on a host whose CSP says `require-trusted-types-for 'script'`, every string
 * assigned to innerHTML throws. Leaflet 1.9 does that in three places the story reaches: its
 * inline-SVG test when its browser tests are evaluated (the map would never load), the
 * attribution control and the zoom buttons. The plugin makes the test with the DOM (an SVG
 * element appended to the div: the same answer) and has the controls build their strings with
 * the DOM (src/components/map/html-element.ts). The story imports Leaflet's own ES modules
 * (src/components/map/leaflet-*.ts); the plugin stops the build if any of these lines changes,
 * or if a build holds Leaflet's map without one of the three modules having been patched.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const HELPER = fileURLToPath(new URL('../src/components/map/html-element.ts', import.meta.url));

/** Leaflet's source module (path under leaflet/src/), the line, and what replaces it. */
const PATCHES: [string, string, string][] = [
  [
    'core/Browser.js',
    "div.innerHTML = '<svg/>';",
    "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
  ],
  [
    'control/Control.Attribution.js',
    'this._container.innerHTML = prefixAndAttribs.join(\' <span aria-hidden="true">|</span> \');',
    '__setHtml(this._container, prefixAndAttribs.join(\' <span aria-hidden="true">|</span> \'));',
  ],
  ['control/Control.Zoom.js', 'link.innerHTML = html;', '__setHtml(link, html);'],
];

/** The module's path under leaflet/src/, or null for any other module. */
function leafletModule(id: string): string | null {
  const m = /[\\/]leaflet[\\/](src|dist)[\\/](.+?)(\?.*)?$/.exec(id);
  if (!m) return null;
  return m[1] === 'dist' ? `dist/${m[2]}` : m[2]!.replace(/\\/g, '/');
}

export function leafletTrustedTypesPlugin(): Plugin {
  const patched = new Set<string>();
  let mapSeen = false;
  return {
    name: 'leaflet-trusted-types',
    enforce: 'pre',
    buildStart() {
      patched.clear();
      mapSeen = false;
    },
    transform(code, id) {
      const mod = leafletModule(id);
      if (!mod || !mod.endsWith('.js')) return null;
      if (mod.startsWith('dist/'))
        this.error(
          `leaflet-trusted-types: Leaflet's bundle (${mod}) is unpatched; import its modules`,
        );
      if (mod === 'map/Map.js') mapSeen = true;
      const mine = PATCHES.filter(([file]) => file === mod);
      if (!mine.length) return null;
      let out = code;
      for (const [, from, to] of mine) {
        if (!out.includes(from)) this.error(`leaflet-trusted-types: "${from}" not found in ${mod}`);
        out = out.replace(from, to);
      }
      patched.add(mod);
      if (out.includes('__setHtml')) {
        const helper = JSON.stringify(HELPER);
        out = `import { setHtml as __setHtml } from ${helper};\n${out}`;
      }
      return { code: out, map: null };
    },
    buildEnd(error) {
      if (error || !mapSeen) return;
      const missed = PATCHES.map(([file]) => file).filter((file) => !patched.has(file));
      if (missed.length) this.error(`leaflet-trusted-types: not patched: ${missed.join(', ')}`);
    },
  };
}
