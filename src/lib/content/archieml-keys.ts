/**
 * A key written twice in one ArchieML block is kept once, silently: the later value wins.
 * Worse, in a [list] of blocks a new block starts only when the block's first key comes
 * again, so a step that lost its "id:" line is merged into the step before it. This check
 * reads the lines as ArchieML would and refuses a key repeated within the top level or one
 * block of a top-level [list]. Other constructs ({scope}, [.nested], [+freeform], "* text"
 * lists) are left to ArchieML and to validation.
 */
import { ContentError, quote } from './errors.ts';
import { UNSAFE_KEYS, unsafeSegment } from './unsafe-keys.ts';

const KEY = /^([^\s\u200B[\\\]{}:]+)[ \t]*:/;
const COMMAND = /^:[ \t]*(endskip|ignore|skip|end)/i;
const SCOPE = /^([[{])[ \t]*([+.]*)[ \t]*([^\s\u200B[\\\]{}:]*)[ \t]*[\]}]/;

type Mode = 'top' | 'list' | 'other';

/** `lines` are [line number, trimmed text]. */
export function checkRepeatedKeys(lines: readonly [number, string][], file: string): void {
  const top = new Map<string, number>();
  let mode: Mode = 'top';
  let nested = 0;
  let skipping = false;
  let block = new Map<string, number>();
  let first: string | null = null;
  let blockStart = 0;

  const repeated = (n: number, key: string, at: number, where: string): never => {
    const detail = `"${key}:" a second time ${where} (first at line ${at}); ArchieML keeps only the last`;
    throw new ContentError(file, `line ${n}`, key, detail);
  };

  for (const [n, line] of lines) {
    const command = COMMAND.exec(line)?.[1].toLowerCase();
    if (command === 'ignore') return;
    if (command === 'skip') skipping = true;
    if (command === 'endskip') skipping = false;
    if (skipping || command) continue;

    const scope = SCOPE.exec(line);
    if (scope) {
      const [, , flags, name] = scope;
      if (name === '' && nested > 0) nested--;
      else if (name === '') mode = 'top';
      else if (flags.includes('.') && mode !== 'top') nested++;
      else if (scope[1] === '[' && flags === '') {
        mode = 'list';
        block = new Map();
        first = null;
      } else mode = 'other';
      continue;
    }
    if (nested > 0 || mode === 'other') continue;
    if (mode === 'list' && line.startsWith('*') && first === null) {
      mode = 'other'; // a list of "* text" lines
      continue;
    }
    const key = KEY.exec(line)?.[1];
    if (key === undefined) continue;
    if (mode === 'top') {
      const at = top.get(key);
      if (at !== undefined) repeated(n, key, at, 'at the top level');
      top.set(key, n);
    } else if (first === null || key === first) {
      first ??= key;
      block = new Map([[key, n]]);
      blockStart = n;
    } else {
      const at = block.get(key);
      if (at !== undefined) {
        repeated(n, key, at, `in the block that starts at line ${blockStart} with "${first}:"`);
      }
      block.set(key, n);
    }
  }
}

/**
 * Refuses `__proto__`, `constructor` and `prototype` as a key or as a segment of a dotted key
 * or of a [list] / {scope} name, on any line (also in :skip blocks and after :ignore: a
 * refused line costs nothing, a missed one pollutes Object.prototype). `lines` are
 * [line number, trimmed text], as for checkRepeatedKeys.
 */
export function checkUnsafeKeys(lines: readonly [number, string][], file: string): void {
  for (const [n, line] of lines) {
    if (!UNSAFE_KEYS.some((key) => line.includes(key))) continue; // cheap, and nearly always
    const scope = SCOPE.exec(line);
    const name = scope ? scope[3] : KEY.exec(line)?.[1];
    if (name === undefined) continue;
    const bad = unsafeSegment(name);
    if (bad === null) continue;
    const what = scope ? `${scope[1] === '[' ? 'list' : 'scope'} name` : 'key';
    throw new ContentError(
      file,
      `line ${n}`,
      bad,
      `${quote(line)}: ${bad} is not allowed as a ${what} or part of one (refused: ${UNSAFE_KEYS.join(', ')})`,
    );
  }
}
