/**
 * Builds the map's HTML strings (see lib/map/html-tree) with the DOM: no innerHTML, so the map
 * works on hosts that require Trusted Types. setHtml stands in for two innerHTML assignments in
 * Leaflet's controls (scripts/vite-plugin-leaflet-trusted-types.ts).
 */
import { parseHtml, type HtmlNode } from '../../lib/map/html-tree';

function build(node: HtmlNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  for (const [name, value] of node.attrs) el.setAttribute(name, value);
  for (const child of node.children) el.append(build(child));
  return el;
}

/** The one element that the HTML string describes. */
export function htmlElement(html: string): HTMLElement {
  const nodes = parseHtml(html);
  if (nodes.length !== 1 || typeof nodes[0] === 'string')
    throw new Error('htmlElement: expected one element');
  return build(nodes[0]!) as HTMLElement;
}

/** Sets an element's content from an HTML string of that grammar (Leaflet's controls). */
export function setHtml(el: Element, html: string): void {
  el.replaceChildren(...parseHtml(html).map(build));
}
