import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-tree';
import { areaLabelHtml } from './labels';

describe('parseHtml', () => {
  it('reads nested elements, attributes and text, decoding the escapes', () => {
    expect(
      parseHtml(
        '<button type="button" aria-label="a &amp; &quot;b&quot;"><span>x &lt;y&gt;</span>z</button>',
      ),
    ).toEqual([
      {
        tag: 'button',
        attrs: [
          ['type', 'button'],
          ['aria-label', 'a & "b"'],
        ],
        children: [{ tag: 'span', attrs: [], children: ['x <y>'] }, 'z'],
      },
    ]);
  });

  it('reads an escaped label back to its text', () => {
    expect(parseHtml(areaLabelHtml('汉江 <b>', 'river'))).toEqual([
      {
        tag: 'span',
        attrs: [
          ['class', 'al al-river'],
          ['aria-hidden', 'true'],
        ],
        children: ['汉江 <b>'],
      },
    ]);
  });

  it('reads bare attributes and numeric character references (Leaflet’s zoom button)', () => {
    expect(
      parseHtml('<details open><span aria-hidden="true">&#x2212;&#43;&copy;</span></details>'),
    ).toEqual([
      {
        tag: 'details',
        attrs: [['open', '']],
        children: [{ tag: 'span', attrs: [['aria-hidden', 'true']], children: ['−+©'] }],
      },
    ]);
  });

  it.each([
    ['an unclosed element', '<span>x'],
    ['a stray end tag', 'x</span>'],
    ['a mismatched end tag', '<span></b>'],
    ['an unquoted attribute', '<span class=x></span>'],
    ['a comment', '<!-- x -->'],
  ])('throws on %s', (_what, html) => {
    expect(() => parseHtml(html)).toThrow();
  });
});
