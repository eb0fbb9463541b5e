/**
 * A key written twice in one ArchieML block is kept once, silently: the later value wins.
 * Worse, in a [list] of blocks a new block starts only when the block's first key comes
 * again, so a step that lost its "id:" line is merged into the step before it. This check
 * reads the lines as ArchieML would and refuses a key repeated within the top level or one
 * block of a top-level [list]. Other constructs ({scope}, [.nested], [+freeform], "* text"
 * lists) are left to ArchieML and to validation.
 */
import { ContentError } from './errors.ts';

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
