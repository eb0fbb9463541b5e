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
