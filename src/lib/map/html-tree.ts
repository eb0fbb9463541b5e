/**
 * Our own map HTML (markerHtml, areaLabelHtml: escaped text in a few known tags) read back into
 * a tree, so the map can build its divIcons with the DOM instead of innerHTML: a host whose CSP
 * requires Trusted Types (`require-trusted-types-for 'script'`) blocks every innerHTML string.
 * Anything outside that small grammar throws: this is not a general HTML parser.
 */
export interface HtmlElementNode {
  tag: string;
  attrs: [string, string][];
  children: HtmlNode[];
}
export type HtmlNode = HtmlElementNode | string;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

const TOKEN = /<\/([a-z]+)>|<([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|([^<]+)/gy;
const ATTR = /\s+([a-z-]+)="([^"<>]*)"/g;

export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElementNode = { tag: '', attrs: [], children: [] };
  const stack = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(html);
    if (!m) throw new Error(`parseHtml: unexpected markup at ${at}`);
    const [, close, open, attrs, text] = m;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) top.children.push(decode(text));
    else if (open) {
      const el: HtmlElementNode = {
        tag: open,
        attrs: [...(attrs ?? '').matchAll(ATTR)].map((a) => [a[1]!, decode(a[2]!)]),
        children: [],
      };
      top.children.push(el);
      stack.push(el);
    } else {
      if (stack.length < 2 || top.tag !== close) throw new Error(`parseHtml: stray </${close}>`);
      stack.pop();
    }
  }
  if (stack.length !== 1) throw new Error('parseHtml: unclosed element');
  return root.children;
}
