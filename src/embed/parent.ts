/**
 * Host-page script for the iframe embed (dist/embed-parent.js). For every
 * <iframe data-maojian-story src=".../embed.html"> it resizes the iframe to its content (pym.js
 * height messages) and, once the story says hello, posts the iframe's position in the host's
 * viewport on every scroll and resize, so the story inside runs live. It evaluates nothing,
 * inserts no HTML and never scrolls the host.
 *
 * Who gets these powers: a message counts only when its source is the contentWindow of one of
 * the page's <iframe data-maojian-story> elements *at the time it arrives* (so a frame the host
 * removes and inserts again, which gets a new window, keeps working), and when it comes from
 * this script's own origin (so a frame whose address redirects, http→https or apex→www, works
 * as long as it lands where this script lives). A sandboxed frame has the opaque origin "null":
 * it counts only when its element has a sandbox attribute and its src is on this script's
 * origin; it then gets its viewport messages with target "*" (they carry nothing but the
 * frame's position in the host's viewport).
 */
import { parseHeight, parsePym } from './pym';
import {
  MAX_FRAME_HEIGHT,
  NS,
  originOf,
  parseHello,
  type HelloMessage,
  type ViewportMessage,
} from './protocol';

const OWN_ORIGIN = new URL(import.meta.url).origin;
const SELECTOR = 'iframe[data-maojian-story]';

/** What one frame's current document has told us; reset when the frame gets a new window. */
interface FrameState {
  source: MessageEventSource;
  /** targetOrigin for our messages to it: our origin, or "*" for a sandboxed frame. */
  target: string;
  live: boolean;
}

/** The story iframes in the document (kept by a MutationObserver, never by a rescan). */
const frames = new Set<HTMLIFrameElement>();
const states = new WeakMap<HTMLIFrameElement, FrameState>();
let frame = 0;

function add(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(SELECTOR)) frames.add(node as HTMLIFrameElement);
  else if (node.firstElementChild)
    node.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach((el) => frames.add(el));
}

/** The trusted origin a message from this frame element must come from, or null. */
function acceptable(el: HTMLIFrameElement, origin: string): string | null {
  if (origin === OWN_ORIGIN) return OWN_ORIGIN;
  if (origin === 'null' && el.hasAttribute('sandbox') && originOf(el.src) === OWN_ORIGIN)
    return '*';
  return null;
}

function post(el: HTMLIFrameElement, state: FrameState): void {
  const rect = el.getBoundingClientRect();
  const msg: ViewportMessage = {
    type: `${NS}:viewport`,
    top: rect.top,
    height: window.innerHeight,
    width: window.innerWidth,
  };
  (state.source as Window).postMessage(msg, state.target);
}

function postAll(): void {
  frame = 0;
  for (const el of frames) {
    if (!el.isConnected) {
      frames.delete(el);
      continue;
    }
    const state = states.get(el);
    if (state?.live && el.contentWindow === state.source) post(el, state);
  }
}

function schedule(): void {
  if (!frame) frame = requestAnimationFrame(postAll);
}

/** The frame element whose window sent this message, if it is one of ours. */
function elementOf(source: MessageEventSource | null): HTMLIFrameElement | null {
  if (!source) return null;
  for (const el of frames) if (el.contentWindow === source) return el;
  return null;
}

function onMessage(event: MessageEvent): void {
  // Cheap rejections first: most messages on a news page are not for us.
  const pym = parsePym(event.data);
  const hello = pym ? null : parseHello(event.data);
  if (!pym && !hello) return;
  const el = elementOf(event.source);
  if (!el || !event.source) return;
  const target = acceptable(el, event.origin);
  if (!target) return;
  let state = states.get(el);
  if (!state || state.source !== event.source) {
    state = { source: event.source, target, live: false };
    states.set(el, state);
  }
  if (pym) {
    const height = pym.type === 'height' ? parseHeight(pym.message) : null;
    if (height !== null) el.style.height = `${Math.min(height, MAX_FRAME_HEIGHT)}px`;
    return;
  }
  if (hello) {
    state.live = true;
    // Answer in kind: a frame on a host that sends no referrer learns the host's origin here.
    const reply: HelloMessage = { type: `${NS}:hello`, id: hello.id };
    (state.source as Window).postMessage(reply, state.target);
    post(el, state);
  }
}

add(document.documentElement);
new MutationObserver((records) => {
  for (const r of records) r.addedNodes.forEach(add);
}).observe(document, { childList: true, subtree: true });
window.addEventListener('message', onMessage);
window.addEventListener('scroll', schedule, { passive: true });
window.addEventListener('resize', schedule, { passive: true });
