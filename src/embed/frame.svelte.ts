/**
 * Iframe embed entry (dist/embed.html). Starts flat (each step with its own static stage) in
 * a document that scrolls on its own, so a frame of any height the host gives it can be read
 * to the end; tells the host its height in the pym.js protocol, and says hello. If the host
 * page runs our parent script (embed-parent.js), it resizes the frame to its content and
 * answers with the iframe's position in its viewport on every scroll; from the first such
 * message the story runs live, as on its own page, and the frame's own scrolling stops.
 */
import { mount } from 'svelte';
import content from 'virtual:content';
import App from '../App.svelte';
import { DEFAULT_LANG, EDITIONS } from '../lib/content/editions';
import { langFromSearch } from '../lib/i18n/editions-url';
import type { ViewportChange } from '../lib/scroll/reread';
import type { Viewport } from '../lib/scroll/viewport';
import { pymMessage } from './pym';
import { NS, originOf, parseHello, parseViewport } from './protocol';

const params = new URLSearchParams(location.search);
const childId =
  (params.get('childId') ?? 'maojian-story').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) ||
  'maojian-story';
// Only the page that embeds us may steer us: its origin comes from pym's parentUrl or the
// referrer; on a host that sends no referrer, from the first well-formed hello its window sends.
let parentOrigin = originOf(params.get('parentUrl')) ?? originOf(document.referrer);
const embedded = window.parent !== window;

const host = { top: 0, height: 0, width: 0 };
/** Plain callbacks, not reactive state: the scroller subscribes and unsubscribes here. */
let onScroll: (() => void)[] = [];
let onChange: ((change: ViewportChange) => void)[] = [];
/**
 * The host's viewport, seen from inside the frame. scrollama cannot observe it (scroller.ts):
 * the scroller re-reads the steps on each posted scroll.
 */
const viewport: Viewport = {
  width: () => host.width,
  height: () => host.height,
  top: () => -host.top,
  observed: false,
  onScroll(fn) {
    onScroll = [...onScroll, fn];
    return () => {
      onScroll = onScroll.filter((l) => l !== fn);
    };
  },
  onChange(fn) {
    onChange = [...onChange, fn];
    return () => {
      onChange = onChange.filter((l) => l !== fn);
    };
  },
};

const props = $state({
  content,
  lang: langFromSearch(location.search, EDITIONS) ?? DEFAULT_LANG,
  mode: 'iframe' as const,
  layout: 'flat' as 'flat' | 'live',
  viewport: undefined as Viewport | undefined,
  // Live with the host's viewport, the story never opens at a step by scrolling (that would
  // scroll the host); flat, `start` scrolls this frame's own document (below).
  start: null as string | null,
});

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from embed.html');
// The prerendered flat story (readable without JavaScript) gives way to the live one.
target.replaceChildren();
mount(App, { target, props });
openAt(params.get('start'));

/** Scrolls this frame's own document (never the host's) to a step of the flat story. */
function openAt(id: string | null): void {
  const el = id ? document.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`) : null;
  if (!el) return;
  const root = document.scrollingElement ?? document.documentElement;
  root.scrollTop = el.getBoundingClientRect().top + root.scrollTop;
}

function post(data: unknown): void {
  if (embedded) window.parent.postMessage(data, parentOrigin ?? '*');
}

window.addEventListener('message', (event) => {
  if (!embedded || event.source !== window.parent) return;
  if (!parentOrigin && parseHello(event.data)) parentOrigin = originOf(event.origin);
  if (!parentOrigin || event.origin !== parentOrigin) return;
  const msg = parseViewport(event.data);
  if (!msg) return;
  const resized = msg.height !== host.height || msg.width !== host.width;
  Object.assign(host, { top: msg.top, height: msg.height, width: msg.width });
  if (props.layout !== 'live') {
    // The host resizes the frame to its content from now on: no scrolling inside it.
    document.documentElement.style.overflow = 'hidden';
    props.viewport = viewport;
    props.layout = 'live';
    reportSoon();
  }
  if (resized) for (const fn of onChange) fn('resize');
  for (const fn of onScroll) fn();
});

// Heights for the host (pym.js hosts and our parent script both read them). Browsers pause
// rendering work, ResizeObserver included, in a cross-origin iframe outside the viewport, so
// timers report too: the host must know our height before the reader reaches us.
let lastHeight = 0;
function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  post(pymMessage(childId, 'height', String(height)));
}
function reportSoon(): void {
  for (const ms of [0, 250, 1000, 3000]) setTimeout(reportHeight, ms);
}
new ResizeObserver(reportHeight).observe(document.documentElement);
window.addEventListener('load', reportSoon);
reportSoon();

// Hello until the host answers: the parent script may start after this frame (a module script
// later in the host's page, a slow network).
function hello(): void {
  if (props.layout !== 'live') post({ type: `${NS}:hello`, id: childId });
}
hello();
for (const ms of [250, 1000, 3000, 8000]) setTimeout(hello, ms);
window.addEventListener('load', hello);
