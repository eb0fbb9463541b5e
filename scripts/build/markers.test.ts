import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import content from 'virtual:content';
import App from '../../src/App.svelte';
import { stripMarkers } from './markers';

describe('stripMarkers', () => {
  it('drops block markers and keeps the markup around them', () => {
    expect(stripMarkers('<p><!--[-->a<!--]--><!---->b<!--[-1--></p>')).toBe('<p>ab</p>');
  });

  it('leaves escaped text that looks like a comment alone', () => {
    expect(stripMarkers('<p>&lt;!-- not a comment --&gt;</p>')).toBe(
      '<p>&lt;!-- not a comment --&gt;</p>',
    );
  });

  it('removes every marker from the rendered story and nothing else', () => {
    const { body } = render(App, { props: { content, lang: 'zh-CN', mode: 'page' } });
    const stripped = stripMarkers(body);
    expect(body).toContain('<!--');
    expect(stripped).not.toContain('<!--');
    const tags = (html: string) => html.match(/<[a-z][^>]*>/g) ?? [];
    expect(tags(stripped)).toEqual(tags(body));
  });
});
