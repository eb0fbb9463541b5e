/**
 * The renderer main thread's tasks in a Chromium trace, as the browser counts them for long
 * tasks: a task's trace event plus the microtask checkpoint the scheduler runs when the task
 * completes, which the trace records after (outside) the task's own event. Without it, a
 * task whose work runs in microtasks (a promise's continuation, Svelte's batched updates)
 * looks like a 1 ms task while the browser reports a long one.
 */

/** A trace event, with the fields the benchmark reads (times in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Wall time. */
  dur?: number;
  /** Thread (CPU) time. */
  tdur?: number;
  ts: number;
  args?: { name?: string; data?: { message?: string; type?: string } };
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint starting at most this long (µs) after a task ends belongs to it. */
const GAP_US = 1000;

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Complete events ('X') of one thread, outermost only (a task traced twice, nested, once). */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let until = -Infinity;
  for (const e of sorted) {
    if (end(e) <= until) continue;
    out.push(e);
    until = end(e);
  }
  return out;
}

/**
 * The main thread's tasks (the CrRendererMain thread with the most tasks: the page's), in
 * order, each extended by the microtask checkpoint that follows it; a checkpoint with no task
 * just before it counts as a task of its own.
 */
export function mainThreadTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const on = (m: TraceEvent) =>
    events.filter((e) => e.ph === 'X' && e.pid === m.pid && e.tid === m.tid);
  const thread = mains
    .map(on)
    .sort(
      (a, b) => b.filter((e) => TASK.has(e.name)).length - a.filter((e) => TASK.has(e.name)).length,
    )[0];
  if (!thread) return [];
  const tasks = outermost(thread.filter((e) => TASK.has(e.name))).map((t) => ({ ...t }));
  const checkpoints = thread.filter((e) => e.name === CHECKPOINT);
  const out: TraceEvent[] = [...tasks];
  let i = 0;
  for (const cp of checkpoints.sort((a, b) => a.ts - b.ts)) {
    while (i + 1 < tasks.length && tasks[i + 1]!.ts <= cp.ts) i++;
    const before = tasks[i];
    if (before && before.ts <= cp.ts && end(cp) <= end(before)) continue; // inside the task
    if (before && before.ts <= cp.ts && cp.ts - end(before) <= GAP_US) {
      before.tdur = (before.tdur ?? 0) + (cp.tdur ?? 0);
      before.dur = end(cp) - before.ts;
    } else {
      out.push({ ...cp });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}
