/** Tap-to-paint from Event Timing entries (pure; the entries are read in the page). */

/** The fields of a PerformanceEventTiming entry the benchmark keeps. */
export interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
  /** When the handlers started and ended (input delay: processingStart - startTime). */
  processingStart: number;
  processingEnd: number;
}

/** Where an interaction's time went: waiting for the main thread, handlers, then to the paint. */
export interface TapParts {
  inputDelay: number;
  processing: number;
  presentation: number;
}

/** The parts of the longest entry since `since` (as tapToPaint picks it); null if none. */
export function tapParts(entries: readonly EventEntry[], since: number): TapParts | null {
  const own = entries.filter((e) => e.interactionId > 0 && e.startTime >= since);
  if (!own.length) return null;
  const e = own.reduce((a, b) => (b.duration > a.duration ? b : a));
  return {
    inputDelay: e.processingStart - e.startTime,
    processing: e.processingEnd - e.processingStart,
    presentation: e.startTime + e.duration - e.processingEnd,
  };
}

/**
 * Time from the input event to the next paint of one interaction: the longest entry of the
 * interactions that started at or after `since` (pointerdown, pointerup, click, keydown of the
 * same tap share an interactionId). Null when the browser reported none: every event of it
 * took less than the observer's durationThreshold.
 */
export function tapToPaint(entries: readonly EventEntry[], since: number): number | null {
  const own = entries.filter((e) => e.interactionId > 0 && e.startTime >= since);
  if (!own.length) return null;
  return Math.max(...own.map((e) => e.duration));
}

/** A tap-to-paint for the table: "< 16" when under the threshold. */
export function formatTap(ms: number | null, threshold: number): string {
  return ms === null ? `< ${threshold}` : `${Math.round(ms)}`;
}

/** Within a budget; an interaction under the threshold is within any budget above it. */
export function tapWithin(ms: number | null, budget: number): boolean {
  return ms === null || ms <= budget;
}

/**
 * The median of one tap's runs, with its spread, for the table: "104 (88–136)". A run under
 * the threshold (null) counts as the fastest; a median under it is null ("< 16"). Of an even
 * count, the mean of the middle two, or the slower of them where one is under the threshold.
 */
export function tapRuns(
  runs: readonly (number | null)[],
  threshold: number,
): { median: number | null; text: string } {
  const sorted = [...runs].sort((a, b) => (a ?? -1) - (b ?? -1));
  if (!sorted.length) return { median: null, text: '-' };
  const mid = Math.floor(sorted.length / 2);
  const pick =
    sorted.length % 2
      ? sorted[mid]!
      : sorted[mid - 1] === null
        ? sorted[mid]!
        : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const fmt = (ms: number | null) => formatTap(ms, threshold);
  const text =
    sorted.length === 1
      ? fmt(pick)
      : `${fmt(pick)} (${fmt(sorted[0]!)}–${fmt(sorted[sorted.length - 1]!)})`;
  return { median: pick, text };
}
