/**
 * Runs ArchieML on a story file in bounded time. archieml 0.5's line patterns backtrack on
 * long runs of whitespace (quadratic, and cubic after a "[" or "{"), so a 1 MB file of the
 * wrong shape could stall the build for hours. Before parsing, each line is trimmed and runs
 * of blank lines become one: neither changes a story (values and paragraph lines are trimmed
 * anyway, and any blank run separates paragraphs). What remains is refused with its line
 * number: a longer run of whitespace inside a line, and a line that starts with "[" or "{"
 * (which ArchieML reads as a command) but is not a [list] or {scope} line. Then a key written
 * twice in one block is refused, and so is a key or scope named __proto__, constructor or
 * prototype (see archieml-keys.ts), before ArchieML could write it into Object.prototype.
 */
import archieml from 'archieml';
import { checkRepeatedKeys, checkUnsafeKeys } from './archieml-keys.ts';
import { ContentError, quote } from './errors.ts';
import { UNSAFE_KEYS } from './unsafe-keys.ts';
import { count, overLimit } from './limits.ts';

/** Whitespace characters in a row inside a line. */
export const MAX_SPACE_RUN = 16;

/** ArchieML's whitespace, less NUL (refused): JavaScript's \s misses the zero-width space. */
const SPACE = /[\s\u200B]/;
/** ArchieML's [list] or {scope} line, once runs of spaces and tabs are single spaces. */
const SCOPE = /^[[{] ?[+.]* ?[^\s\u200B[\\\]{}:]* ?[\]}]/;

function isSpace(line: string, i: number): boolean {
  return SPACE.test(line.charAt(i));
}

/** The line trimmed; throws when a run of whitespace inside it is too long. */
function trimLine(line: string, n: number, file: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line, start)) start++;
  while (end > start && isSpace(line, end - 1)) end--;
  let run = 0;
  for (let i = start; i < end; i++) {
    run = isSpace(line, i) ? run + 1 : 0;
    if (run > MAX_SPACE_RUN) {
      let j = i + 1;
      while (j < end && isSpace(line, j)) j++;
      const total = run + j - (i + 1);
      const detail = overLimit(`has ${count(total)} whitespace characters in a row`, MAX_SPACE_RUN);
      throw new ContentError(file, `line ${n}`, 'whitespace', detail);
    }
  }
  return line.slice(start, end);
}

function checkCommand(line: string, n: number, file: string): void {
  const first = line.charAt(0);
  if (first !== '[' && first !== '{') return;
  if (SCOPE.test(line.replace(/[ \t]+/g, ' '))) return;
  const what = first === '[' ? '[list]' : '{scope}';
  throw new ContentError(
    file,
    `line ${n}`,
    first === '[' ? 'list' : 'scope',
    `${quote(line)} starts with "${first}" but is not a ${what} line ` +
      '(ArchieML reads such a line as a command; reword it)',
  );
}

/** The text ArchieML is given: lines trimmed, blank runs folded, a final newline. */
export function prepareArchieml(text: string, file: string): string {
  const lines: [number, string][] = [];
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    if (raw.includes('\u0000')) {
      throw new ContentError(
        file,
        `line ${i + 1}`,
        'text',
        'has a NUL character: is this a text file?',
      );
    }
    const line = trimLine(raw, i + 1, file);
    checkCommand(line, i + 1, file);
    const previous = lines[lines.length - 1];
    if (line === '' && (previous === undefined || previous[1] === '')) return;
    lines.push([i + 1, line]);
  });
  // One pass over the text first: nearly every file has none of the words.
  if (UNSAFE_KEYS.some((key) => text.includes(key))) checkUnsafeKeys(lines, file);
  checkRepeatedKeys(lines, file);
  return lines.map(([, line]) => line).join('\n') + '\n';
}

export function loadArchieml(text: string, file: string): unknown {
  return archieml.load(prepareArchieml(text, file));
}
