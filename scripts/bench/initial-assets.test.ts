import { describe, expect, it } from 'vitest';
import { htmlAssetUrls, inlineCode, staticImports, workerScripts } from './initial-assets';

describe('initial assets', () => {
  it('reads module scripts, preloads and stylesheets from HTML, not remote or inline ones', () => {
    const html = `<script type="module" crossorigin src="./assets/main-1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/App-2.js">
      <link rel="stylesheet" crossorigin href="./assets/App-3.css">
      <link rel="icon" href="data:,">
      <script src="https://cdn.example/x.js"></script>
      <link rel="alternate" hreflang="en" href="en.html" />`;
    expect(htmlAssetUrls(html)).toEqual([
      './assets/main-1.js',
      './assets/App-2.js',
      './assets/App-3.css',
    ]);
  });

  it('counts the page script that the first script loads after the first paint', () => {
    const html = `<script type="module" src="./assets/main-1.js"></script>
      <div id="app" data-lang="en" data-island="./assets/page-en-4.js">`;
    expect(htmlAssetUrls(html)).toEqual(['./assets/main-1.js', './assets/page-en-4.js']);
  });

  it('follows static imports but not dynamic ones', () => {
    const code = `import{a as b}from"./App-2.js";import"./side.js";export{c}from"../x.js";
      const m=()=>import("./MapView-9.js");`;
    expect(staticImports(code)).toEqual(['./App-2.js', './side.js', '../x.js']);
  });

  it('counts the scripts of the workers a chunk starts, as Vite writes their addresses', () => {
    const code =
      'let n;try{n=new Worker(new URL(new URL(`marks-worker-D2T6kll7.js`,import.meta.url).href,' +
      "``+import.meta.url),{type:`module`})}catch{}new Worker(new URL('./plain.js', import.meta.url));" +
      'new URL(`not-a-worker.js`,import.meta.url)';
    expect(workerScripts(code)).toEqual(['marks-worker-D2T6kll7.js', './plain.js']);
  });

  it('reads the code of inline scripts and styles, not of scripts with src', () => {
    const html = `<style>a{}</style><script type="module">boot()</script>
      <script type="module" src="./x.js"></script><style data-from="s.css">b{}</style>`;
    expect(inlineCode(html, 'js')).toBe('boot()');
    expect(inlineCode(html, 'css')).toBe('a{}b{}');
    expect(inlineCode('<p>no code</p>', 'js')).toBe('');
  });
});
