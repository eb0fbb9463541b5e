/**
 * Host-page script for the iframe embed (dist/embed-parent.js). For every
 * <iframe data-maojian-story src=".../embed.html"> it resizes the iframe to its content (pym.js
 * height messages) and, once the story says hello, posts the iframe's position in the host's
 * viewport on every scroll and resize, so the story inside runs live. It evaluates nothing
 * and inserts no HTML; messages are accepted only from the iframe's own window and origin.
 */
import { parseHeight, parsePym } from './pym';
import { NS, originOf, parseHello, parseScrollTo, type ViewportMessage } from './protocol';

interface Frame {
  el: HTMLIFrameElement;
  origin: string;
  live: boolean;
}

const frames = new Map<MessageEventSource, Frame>();
let frame = 0;

function register(el: HTMLIFrameElement): void {
  const origin = originOf(el.src);
  if (!origin || !el.contentWindow) return;
  if ([...frames.values()].some((f) => f.el === el)) return;
  frames.set(el.contentWindow, { el, origin, live: false });
}

function post(f: Frame): void {
  const rect = f.el.getBoundingClientRect();
  const msg: ViewportMessage = {
    type: `${NS}:viewport`,
    top: rect.top,
    height: window.innerHeight,
    width: window.innerWidth,
  };
  f.el.contentWindow?.postMessage(msg, f.origin);
}

function postAll(): void {
  frame = 0;
  for (const f of frames.values()) if (f.live) post(f);
}

function schedule(): void {
  if (!frame) frame = requestAnimationFrame(postAll);
}

function frameOf(source: MessageEventSource | null): Frame | undefined {
  if (!source) return undefined;
  if (!frames.has(source)) scan(); // an iframe added after this script ran
  return frames.get(source);
}

function onMessage(event: MessageEvent): void {
  const f = frameOf(event.source);
  if (!f || event.origin !== f.origin) return;
  const pym = parsePym(event.data);
  if (pym) {
    const height = pym.type === 'height' ? parseHeight(pym.message) : null;
    if (height !== null) f.el.style.height = `${height}px`;
    return;
  }
  if (parseHello(event.data)) {
    f.live = true;
    post(f);
    return;
  }
  const scrollTo = parseScrollTo(event.data);
  if (scrollTo) {
    const top = f.el.getBoundingClientRect().top + window.scrollY + scrollTo.offset;
    window.scrollTo({ top, behavior: 'instant' });
  }
}

function scan(): void {
  document
    .querySelectorAll<HTMLIFrameElement>('iframe[data-maojian-story]')
    .forEach((el) => register(el));
}

scan();
window.addEventListener('message', onMessage);
window.addEventListener('scroll', schedule, { passive: true });
window.addEventListener('resize', schedule, { passive: true });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
