/** A plain object (not null, not a list): a JSON object or an ArchieML block. */
export type Raw = Record<string, unknown>;

export function isRecord(x: unknown): x is Raw {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
