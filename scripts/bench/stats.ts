/** Pure helpers of the benchmark: medians, spreads, ratios, budgets and the table. */

/** The median (the mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export interface Spread {
  min: number;
  max: number;
}

/** The smallest and largest value; NaN both when empty. */
export function spread(values: readonly number[]): Spread {
  const v = values.filter((x) => Number.isFinite(x));
  if (!v.length) return { min: NaN, max: NaN };
  return { min: Math.min(...v), max: Math.max(...v) };
}

/** Ratios of paired runs (story run i over floor run i); pairs missing either side are dropped. */
export function pairRatios(story: readonly number[], floor: readonly number[]): number[] {
  const n = Math.min(story.length, floor.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = story[i]!;
    const f = floor[i]!;
    if (Number.isFinite(s) && Number.isFinite(f) && f > 0) out.push(s / f);
  }
  return out;
}

/** The order of alternating runs: a, b, a, b, … (`runs` of each). */
export function alternating<T>(a: T, b: T, runs: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < runs; i++) out.push(a, b);
  return out;
}

/** `x` rounded to `digits` decimals. */
export function round(x: number, digits = 0): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

/** "1.07 (1.01–1.12)": a median with its spread. */
export function withSpread(values: readonly number[], digits = 2): string {
  const m = median(values);
  const { min, max } = spread(values);
  if (!Number.isFinite(m)) return '-';
  return `${m.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
}

/** A table row: measure, story, floor, budget ('' when none) and whether it holds. */
export type Row = [measure: string, story: string, floor: string, budget: string, ok: boolean];

/** The rows as a Markdown table, columns padded (Prettier's layout); 'yes'/'NO' where a budget applies. */
export function markdownTable(rows: readonly Row[]): string {
  const head = ['Measure', 'Story', 'Floor', 'Budget', 'Within'];
  const body = rows.map(([m, s, f, b, ok]) => [m, s, f, b, b ? (ok ? 'yes' : 'NO') : '']);
  const width = head.map((h, i) =>
    Math.max(3, displayWidth(h), ...body.map((r) => displayWidth(r[i]!))),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat(width[i]! - displayWidth(c))).join(' | ')} |`;
  return [line(head), `| ${width.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join(
    '\n',
  );
}

/** Columns a string takes in a monospaced table (CJK and fullwidth characters count two). */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return n;
}
