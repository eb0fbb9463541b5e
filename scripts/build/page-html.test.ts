import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EDITIONS } from '../../src/lib/content/editions';
import { fillPage, pageFile, pageScript } from './page-html';

const template = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
const rendered = { head: '<title>T</title><!--6obapd-->', body: '<main><!--[-->x<!--]--></main>' };

describe('fillPage', () => {
  it('puts the edition, its head with alternates and its body without markers in the page', () => {
    const html = fillPage(template, 'en', rendered, './assets/page-en-1.js');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('data-lang="en" data-island="./assets/page-en-1.js"');
    expect(html).toContain('<title>T</title><link rel="alternate" hreflang="zh-CN" href="./" />');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="en.html" />');
    expect(html).toContain('<main>x</main>');
    expect(html).not.toMatch(/<!--(app-|\[|\]|6obapd)/);
  });

  it('keeps a rendered text that contains $ patterns as it is', () => {
    const html = fillPage(template, 'zh-CN', { head: '', body: "<p>$& $' $1</p>" }, 'x.js');
    expect(html).toContain("<p>$& $' $1</p>");
  });

  it('refuses a template without the placeholders', () => {
    expect(() =>
      fillPage('<html lang="zh-CN"><body></body></html>', 'en', rendered, 'x.js'),
    ).toThrow(/index.html lacks <!--app-head-->/);
  });

  it('names the page file and the page script of each edition, and the script exists', () => {
    expect(pageFile('zh-CN')).toBe('index.html');
    expect(pageFile('en')).toBe('en.html');
    for (const lang of EDITIONS) {
      expect(existsSync(resolve(import.meta.dirname, '../..', pageScript(lang))), lang).toBe(true);
    }
  });
});
