/**
 * Script embed (dist/embed.js): <maojian-story lang="en" start="step-id"> mounts the live story
 * into a host article. The story lives in a shadow root, so the host's CSS cannot reach it and
 * its CSS cannot reach the host; it scrolls with the host page's own scroll. Its assets load
 * relative to this script, so the host can be on any origin. Fires `storystep` (bubbling,
 * composed) with { id, index, lang } whenever the current step changes.
 */
import { mount, unmount } from 'svelte';
import content from 'virtual:content';
import App from '../App.svelte';
import { DEFAULT_LANG, EDITIONS } from '../lib/content/editions';
import type { Lang } from '../lib/content/types';
import type { StepChange } from '../lib/story/step-change';

/** The story's CSS files, relative to this script; filled in at build time. */
const CSS_FILES: unknown = '__EMBED_CSS__';

/** Shields the story from what the host's styles would otherwise pass down. */
const HOST_CSS = `:host { all: initial; display: block; --story-rem: 16px; }
:host([hidden]) { display: none; }`;

function cssUrls(): string[] {
  const files = Array.isArray(CSS_FILES) ? (CSS_FILES as string[]) : [];
  return files.map((f) => new URL(f, import.meta.url).href);
}

function styleSheets(urls: string[]): { nodes: Node[]; loaded: Promise<unknown> } {
  const host = document.createElement('style');
  host.textContent = HOST_CSS;
  const links = urls.map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    return link;
  });
  const loaded = Promise.all(
    links.map((l) => new Promise((done) => l.addEventListener('load', done, { once: true }))),
  );
  // A stylesheet that fails must not keep the story from appearing.
  const timeout = new Promise((done) => setTimeout(done, 3000));
  return { nodes: [host, ...links], loaded: Promise.race([loaded, timeout]) };
}

export class MaojianStory extends HTMLElement {
  static observedAttributes = ['lang', 'start'];
  #app: Record<string, unknown> | null = null;
  #generation = 0;
  #current: StepChange | null = null;

  connectedCallback(): void {
    void this.#render(this.getAttribute('start'));
  }

  disconnectedCallback(): void {
    this.#generation++;
    this.#teardown();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.#app || old === value) return;
    // A new edition opens at the step the reader is on; a new start opens there.
    void this.#render(name === 'start' ? value : (this.#current?.id ?? null));
  }

  async #render(start: string | null): Promise<void> {
    const generation = ++this.#generation;
    this.#teardown();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheets = styleSheets(cssUrls());
    const target = document.createElement('div');
    root.replaceChildren(...sheets.nodes, target);
    await sheets.loaded;
    if (generation !== this.#generation || !this.isConnected) return;
    const wanted = this.getAttribute('lang');
    const lang: Lang = EDITIONS.find((l) => l === wanted) ?? DEFAULT_LANG;
    this.#app = mount(App, {
      target,
      props: {
        content,
        lang,
        mode: 'embed',
        start,
        onStep: (detail: StepChange) => {
          this.#current = detail;
          this.dispatchEvent(
            new CustomEvent('storystep', { detail: { ...detail }, bubbles: true, composed: true }),
          );
        },
      },
    });
  }

  #teardown(): void {
    if (this.#app) {
      void unmount(this.#app);
      this.#app = null;
    }
  }
}

if (!customElements.get('maojian-story')) customElements.define('maojian-story', MaojianStory);
