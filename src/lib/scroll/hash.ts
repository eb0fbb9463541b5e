/** Keeps the URL hash on the step in view, without adding history entries or scrolling. */
export function replaceHash(id: string | null, win: Window = window): void {
  const want = id ? `#${encodeURIComponent(id)}` : '';
  if (win.location.hash === want) return;
  const { pathname, search } = win.location;
  win.history.replaceState(win.history.state, '', `${pathname}${search}${want}`);
}

/**
 * replaceHash once the step in view has stayed for `delay` ms: a fast scroll past a dozen steps
 * writes the URL once, not a dozen times (each write is a history update, and browsers
 * throttle pages that make too many).
 */
export function followHash(delay = 250, win: Window = window): (id: string | null) => void {
  let timer = 0;
  let want: string | null | undefined;
  return (id) => {
    if (id === want) return;
    want = id;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => replaceHash(id, win), delay);
  };
}
