/**
 * Script embed (dist/embed.js): <maojian-story lang="en" start="step-id"> mounts the live story
 * into a host article. The story lives in a shadow root, so the host's CSS cannot reach it and
 * its CSS cannot reach the host; it scrolls with the host page's own scroll. Its assets load
 * relative to this script, so the host can be on any origin. Fires `storystep` (bubbling,
 * composed) with { id, index, lang } whenever the current step changes; no other event reaches
 * the host. Until the element is defined, whatever the host put inside it (a link to the
 * story's page: public/embed-docs/) shows; the shadow root, which has no slot, then hides it.
 */
import { mount, unmount } from 'svelte';
import content from 'virtual:content';
import App from '../App.svelte';
import { DEFAULT_LANG, EDITIONS } from '../lib/content/editions';
import type { Lang } from '../lib/content/types';
import type { StepChange } from '../lib/story/step-change';
import { windowViewport } from '../lib/scroll/viewport';

/** The story's CSS, as text; filled in at build time (scripts/vite-plugin-embed-css.ts). */
const CSS_TEXT: unknown = '__EMBED_CSS__';

/**
 * Shields the story from what the host's styles would otherwise pass down. `display` is
 * important: an important declaration of the shadow tree beats the host page's, so a host rule
 * such as `* { all: unset }` cannot make the element inline.
 */
const HOST_CSS = `:host { all: initial; display: block !important; --story-rem: 16px; }
:host([hidden]) { display: none !important; }`;

/**
 * Constructable stylesheets, shared by every <maojian-story> on the page: no <style> or <link>
 * element, so a host's Content-Security-Policy needs no style-src 'unsafe-inline' for them.
 */
let sheets: CSSStyleSheet[] | null = null;
function storySheets(): CSSStyleSheet[] {
  if (!sheets) {
    sheets = [HOST_CSS, typeof CSS_TEXT === 'string' ? CSS_TEXT : ''].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }
  return sheets;
}

/** True when the element is (at least partly) in the window's view. */
function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom >= 0 && r.top <= window.innerHeight;
}

const SCROLLS = /hidden|auto|scroll/;

/**
 * True when an ancestor keeps `position: sticky` from following the window's scroll: a box
 * that clips its overflow (hidden, or auto/scroll without anything to scroll) or is
 * transformed. The story then keeps its stage in view by offsetting it, as in the iframe.
 */
export function stickyBlocked(el: Element): boolean {
  const html = document.documentElement;
  const htmlStyle = getComputedStyle(html);
  const htmlClips = htmlStyle.overflowX !== 'visible' || htmlStyle.overflowY !== 'visible';
  for (let n = el.parentElement; n && n !== html; n = n.parentElement) {
    const cs = getComputedStyle(n);
    if (cs.transform !== 'none' || cs.perspective !== 'none') return true;
    // The body's overflow goes to the window unless the root element has its own.
    if (n === document.body && !htmlClips) continue;
    if (SCROLLS.test(cs.overflowY) || SCROLLS.test(cs.overflowX)) {
      // A box the reader really scrolls is the one sticky follows: fine.
      if (cs.overflowY !== 'hidden' && n.scrollHeight > n.clientHeight + 1) return false;
      return true;
    }
  }
  return false;
}

/**
 * In-story hash links (the skip link, and any other) move within the story: they must not
 * change the host page's URL hash or fire its hashchange (hash routers would react).
 */
function keepHashLinksInside(root: ShadowRoot): void {
  root.addEventListener('click', (event) => {
    const e = event as MouseEvent;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const link = (e.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link) return;
    e.preventDefault();
    let id = (link.getAttribute('href') ?? '#').slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      return;
    }
    const target = id ? root.getElementById(id) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  });
}

/** The edition a `lang` attribute asks for (the default for none or an unknown one). */
function editionOf(wanted: string | null): Lang {
  return EDITIONS.find((l) => l === wanted) ?? DEFAULT_LANG;
}

export class MaojianStory extends HTMLElement {
  static observedAttributes = ['lang', 'start'];
  #app: { setEdition(lang: Lang): void } | null = null;

  connectedCallback(): void {
    this.#render(this.getAttribute('start'));
  }

  disconnectedCallback(): void {
    this.#teardown();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.#app || old === value) return;
    // A new edition switches in place, the reader staying where they are (the text first, the
    // stage after it has painted); a new start opens the story again there.
    if (name === 'lang') this.#app.setEdition(editionOf(value));
    else this.#render(value);
  }

  #render(start: string | null): void {
    // `start` opens the story at a step by scrolling the page: only while the reader can see
    // the element (a page that opens on the story), never from elsewhere in the article.
    const open = start && inView(this) ? start : null;
    let root = this.shadowRoot;
    if (!root) {
      root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = storySheets();
      keepHashLinksInside(root);
    }
    // The new story goes in before the old one goes out, in the same task: the element never
    // collapses in between, so the host's scroll position (and its scroll anchoring) stays.
    const old = this.#app;
    this.#app = null;
    const stale = Array.from(root.childNodes);
    const target = document.createElement('div');
    root.append(target);
    this.#app = mount(App, {
      target,
      props: {
        content,
        lang: editionOf(this.getAttribute('lang')),
        mode: 'embed',
        start: open,
        viewport: stickyBlocked(this) ? windowViewport() : undefined,
        onStep: (detail: StepChange) => {
          this.dispatchEvent(
            new CustomEvent('storystep', { detail: { ...detail }, bubbles: true, composed: true }),
          );
        },
      },
    });
    if (old) void unmount(old);
    for (const node of stale) node.remove();
  }

  #teardown(): void {
    if (this.#app) {
      void unmount(this.#app);
      this.#app = null;
    }
  }
}

if (!customElements.get('maojian-story')) customElements.define('maojian-story', MaojianStory);
