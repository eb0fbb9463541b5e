import { describe, expect, it } from 'vitest';
import { floorPage, floorText } from './floor';

const PAGE = `<!doctype html><html lang="zh-CN"><head><title>标题 &amp; 副题</title>
<style>.x{color:red}</style><script type="module" src="./a.js"></script></head><body>
<header><h1 class="a">标题 &amp; 副题</h1><p class="dek">导语不算</p></header>
<section class="step" id="a" data-step="a"><div class="card"><h2>小标题</h2>
<p class="s">据报道，<strong class="figure">2020年</strong>以来，
 开始。</p><p>第二段。</p><button type="button">在地图上查看</button></div>
<div class="print-picture" data-print-slot="a"></div></section>
<section class="step" data-step="b"><div class="card"><p>B &lt;1&gt;</p></div></section>
<footer><p>来源不算</p></footer></body></html>`;

describe('floor page', () => {
  it('reads the title and each step’s paragraphs, without markup', () => {
    expect(floorText(PAGE)).toEqual({
      lang: 'zh-CN',
      title: '标题 &amp; 副题',
      steps: [['据报道，2020年以来， 开始。', '第二段。'], ['B &lt;1&gt;']],
    });
  });

  it('is the title in an <h1> and the paragraphs in <p>s, with no stylesheet and no script', () => {
    const html = floorPage(floorText(PAGE));
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>标题 &amp; 副题</h1>');
    expect(html.match(/<p>/g)).toHaveLength(3);
    expect(html).toContain('<p>B &lt;1&gt;</p>');
    expect(html).not.toMatch(/<style|<script|class=|rel="stylesheet"/);
    // One <link>: the empty icon, so that the browser asks for no /favicon.ico (a request the
    // simulated LCP would count) — the story names the same icon.
    expect(html.match(/<link\b[^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
    expect(html).toContain(
      'style="max-width:40em;margin:0 auto;font-family:system-ui;font-size:18px"',
    );
    expect(html).not.toContain('导语不算');
    expect(html).not.toContain('来源不算');
  });

  it('refuses a page with no steps', () => {
    expect(() => floorText('<title>t</title><p>x</p>')).toThrow(/no step text/);
  });
});
