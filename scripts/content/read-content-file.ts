/**
 * Reads a content file as text, refusing what no parser should be handed: a missing file, a
 * file over MAX_FILE_BYTES (checked before reading it), text that is not UTF-8, and an empty
 * file (0 bytes, only whitespace, only a byte-order mark). A leading byte-order mark is
 * dropped, so a file saved by an editor that writes one still loads.
 */
import { readFileSync, statSync } from 'node:fs';
import { ContentError } from '../../src/lib/content/errors.ts';
import { MAX_FILE_BYTES, count, overLimit } from '../../src/lib/content/limits.ts';

function unreadable(shown: string, e: unknown): ContentError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ContentError(
    shown,
    null,
    'file',
    code ? `cannot be read (${code})` : 'cannot be read',
  );
}

function tooBig(shown: string, bytes: number): ContentError {
  return new ContentError(
    shown,
    null,
    'file',
    overLimit(`is ${count(bytes)} bytes`, MAX_FILE_BYTES),
  );
}

function decode(bytes: Uint8Array, shown: string): string {
  try {
    // Drops a leading byte-order mark (ignoreBOM: false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16 ? 'it looks like UTF-16; save it as UTF-8' : 'save it as UTF-8';
    throw new ContentError(shown, null, 'file', `is not UTF-8 text (${hint})`);
  }
}

export function readContentFile(path: string, shown: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ContentError(shown, null, 'file', 'is not a file');
    if (stat.size > MAX_FILE_BYTES) throw tooBig(shown, stat.size);
    bytes = readFileSync(path);
  } catch (e) {
    throw e instanceof ContentError ? e : unreadable(shown, e);
  }
  // The file may have grown between stat and read.
  if (bytes.length > MAX_FILE_BYTES) throw tooBig(shown, bytes.length);
  if (bytes.length === 0) throw new ContentError(shown, null, 'file', 'is empty (0 bytes)');
  const text = decode(bytes, shown);
  if (text.length === 0) {
    throw new ContentError(shown, null, 'file', 'is empty (only a byte-order mark)');
  }
  if (text.trim().length === 0) {
    throw new ContentError(shown, null, 'file', 'is empty (only whitespace)');
  }
  return text;
}
