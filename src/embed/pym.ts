/**
 * The pym.js message protocol (strings "pymxPYMx<id>xPYMx<type>xPYMx<message>"), so host
 * pages that already use pym.js resize our iframe. Parsing is strict: anything else is null.
 */
const SEP = 'xPYMx';
const PREFIX = 'pymxPYMx';
const PATTERN = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMx([a-zA-Z]{1,32})xPYMx([\s\S]{0,2048})$/;

export interface PymMessage {
  id: string;
  type: string;
  message: string;
}

export function pymMessage(id: string, type: string, message: string): string {
  return `${PREFIX}${id}${SEP}${type}${SEP}${message}`;
}

export function parsePym(data: unknown): PymMessage | null {
  if (typeof data !== 'string') return null;
  const m = PATTERN.exec(data);
  return m ? { id: m[1], type: m[2], message: m[3] } : null;
}

/** A height message's value, or null when it is not a sane whole number of pixels. */
export function parseHeight(message: string): number | null {
  if (!/^\d{1,7}$/.test(message)) return null;
  return Number(message);
}
