/** Keeps the URL hash on the step in view, without adding history entries or scrolling. */
export function replaceHash(id: string | null, win: Window = window): void {
  const want = id ? `#${encodeURIComponent(id)}` : '';
  if (win.location.hash === want) return;
  const { pathname, search } = win.location;
  win.history.replaceState(win.history.state, '', `${pathname}${search}${want}`);
}
