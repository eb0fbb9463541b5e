/**
 * Dev server only (added to the page by scripts/vite-plugin-dev-page.ts): loads the styles of
 * every story component. The build puts them all in the page's one stylesheet; in dev, styles
 * come with their component modules, and the page's own script imports only the stage.
 */
import '../App.svelte';
