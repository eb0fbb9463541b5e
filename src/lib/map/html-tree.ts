/**
 * The map's HTML strings (our markerHtml, areaLabelHtml, attributionHtml; Leaflet's zoom
 * buttons and attribution separators) read back into a tree, so the map can build them with
 * the DOM instead of innerHTML: a host whose CSP requires Trusted Types
 * (`require-trusted-types-for 'script'`) blocks every innerHTML string. Elements with quoted
 * or bare attributes, text and character references; anything else (comments, unquoted
 * attributes, unclosed elements) throws: this is not a general HTML parser.
 */
export interface HtmlElementNode {
  tag: string;
  attrs: [string, string][];
  children: HtmlNode[];
}
export type HtmlNode = HtmlElementNode | string;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
};
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (e, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? e;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : e;
  });

const TOKEN = /<\/([a-z]+)>|<([a-z]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>|([^<]+)/gy;
const ATTR = /\s+([a-z-]+)(?:="([^"<>]*)")?/g;

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
        attrs: [...(attrs ?? '').matchAll(ATTR)].map((a) => [a[1]!, decode(a[2] ?? '')]),
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
