// Fills the snippets with the absolute addresses of this copy of the story.
const base = new URL('../', location.href);
for (const code of document.querySelectorAll('code[data-snippet]')) {
  code.textContent = code.textContent
    .replace('src="embed.js"', `src="${new URL('embed.js', base)}"`)
    .replace('src="embed.html', `src="${new URL('embed.html', base)}`)
    .replace('src="embed-parent.js"', `src="${new URL('embed-parent.js', base)}"`)
    .replace('href="./"', `href="${base}"`);
}
