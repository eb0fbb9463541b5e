/**
 * Where a JSON text first breaks the grammar, as "line L, column C: what". JSON.parse says
 * this only for some errors, and for others quotes the text around the error, newlines and
 * all, with no position. Used only once JSON.parse has failed; nesting is already bounded
 * (json-text.ts), so the recursion is shallow.
 */

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Syntax extends Error {
  constructor(readonly at: number) {
    super('JSON syntax');
  }
}

function scan(text: string): void {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (c: string) => {
    if (text.charAt(i) !== c) throw new Syntax(i);
    i++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c < 0x20) throw new Syntax(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c !== 0x5c) i++;
      else {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) throw new Syntax(i);
        i = ESCAPE.lastIndex;
      }
    }
  };
  const value = (): void => {
    space();
    const c = text.charAt(i);
    if (c === '{' || c === '[') container(c === '{');
    else if (c === '"') string();
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      NUMBER.lastIndex = i;
      if (word) i += word.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else throw new Syntax(i);
    }
  };
  const container = (isObject: boolean) => {
    const close = isObject ? '}' : ']';
    i++;
    space();
    if (text.charAt(i) !== close) {
      for (;;) {
        if (isObject) {
          space();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (text.charAt(i) === close) break;
        expect(',');
      }
    }
    i++;
  };
  value();
  space();
  if (i < text.length) throw new Syntax(i);
}

/** "line 3, column 14: unexpected "N"", or null if the text is valid JSON. */
export function syntaxError(text: string): string | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (!(e instanceof Syntax)) throw e;
    const before = text.slice(0, e.at);
    const line = before.split('\n').length;
    const column = e.at - before.lastIndexOf('\n');
    const found =
      e.at >= text.length ? 'the text ends' : `unexpected ${JSON.stringify(text.charAt(e.at))}`;
    return `line ${line}, column ${column}: ${found}`;
  }
}
