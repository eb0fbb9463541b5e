/** One clear message for bad content: which file, which step (or figure), which field. */
export class ContentError extends Error {
  readonly file: string;
  readonly item: string | null;
  readonly field: string;

  constructor(file: string, item: string | null, field: string, detail: string) {
    const where = item === null ? '' : ` ${item}`;
    super(`${file}:${where} field "${field}": ${detail}`);
    this.name = 'ContentError';
    this.file = file;
    this.item = item;
    this.field = field;
  }
}

/**
 * A value from a content file, shortened for a message: text "…", 12, null, [110.1, 32.2]
 * (up to 3 numbers), a list, an object.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) {
    // A coordinate pair is shown as it is: [110.1, 32.2].
    const pair = value.length <= 3 && value.every((x) => typeof x === 'number');
    return pair && value.length > 0 ? `[${value.join(', ')}]` : 'a list';
  }
  if (typeof value === 'string') return `text ${quote(value)}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** `"text"`, cut to `max` characters so that a huge value cannot flood the message. */
export function quote(text: string, max = 40): string {
  if (text.length <= max) return JSON.stringify(text);
  const high = /[\uD800-\uDBFF]/.test(text.charAt(max - 1));
  return JSON.stringify(`${text.slice(0, high ? max - 1 : max)}…`);
}
