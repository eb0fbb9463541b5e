/**
 * Messages between our parent script (on the host page) and the story in an iframe. Every
 * message is checked for shape here; origins are checked by the listeners.
 */
export const NS = 'maojian-story';

/** Host → iframe: where the iframe is in the host's viewport. */
export interface ViewportMessage {
  type: `${typeof NS}:viewport`;
  /** Top of the iframe relative to the top of the host's viewport, px (negative once scrolled past). */
  top: number;
  /** The host viewport's height and width, px. */
  height: number;
  width: number;
}

/** Iframe → host: the story is ready for viewport messages. */
export interface HelloMessage {
  type: `${typeof NS}:hello`;
  id: string;
}

/**
 * The tallest iframe the parent script will set, px. The story is about 25,000 px tall at the
 * default text size on a phone and about twice that at 200 % text; anything taller is not ours.
 */
export const MAX_FRAME_HEIGHT = 120_000;

const finite = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseViewport(data: unknown): ViewportMessage | null {
  if (!isObject(data) || data.type !== `${NS}:viewport`) return null;
  const { top, height, width } = data;
  if (!finite(top, -1e7, 1e7) || !finite(height, 1, 1e5) || !finite(width, 1, 1e5)) return null;
  return { type: `${NS}:viewport`, top, height, width };
}

export function parseHello(data: unknown): HelloMessage | null {
  if (!isObject(data) || data.type !== `${NS}:hello`) return null;
  return typeof data.id === 'string' && ID.test(data.id)
    ? { type: `${NS}:hello`, id: data.id }
    : null;
}

/** The origin of a URL, or null when it is not http(s). */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Inside the iframe: where the stage sits within the scrolly box so that it looks sticky.
 * viewTop is the top of the host's viewport in iframe coordinates; boxTop and boxHeight are
 * the scrolly box's; stageHeight the stage's. Returns the stage's offset inside the box.
 */
export function stickyOffset(
  viewTop: number,
  boxTop: number,
  boxHeight: number,
  stageHeight: number,
): number {
  const max = Math.max(0, boxHeight - stageHeight);
  return Math.min(max, Math.max(0, viewTop - boxTop));
}
