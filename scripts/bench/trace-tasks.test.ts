import { describe, expect, it } from 'vitest';
import { mainThreadTasks, type TraceEvent } from './trace-tasks';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const ev = (name: string, ts: number, dur: number, tdur = dur, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  pid: 10,
  tid,
  ts,
  dur,
  tdur,
});
const CP = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const times = (tasks: TraceEvent[]) => tasks.map((t) => [t.ts, t.dur, t.tdur]);

describe('mainThreadTasks', () => {
  it('adds the microtask checkpoint that follows a task to it (wall and CPU time)', () => {
    const tasks = mainThreadTasks([
      meta(10, 1, 'CrRendererMain'),
      ev('ThreadControllerImpl::RunTask', 1000, 2000, 1500),
      ev(CP, 3100, 60_000, 59_000),
      ev('ThreadControllerImpl::RunTask', 70_000, 5000),
    ]);
    expect(times(tasks)).toEqual([
      [1000, 62_100, 60_500],
      [70_000, 5000, 5000],
    ]);
  });

  it('leaves a checkpoint inside a task alone, and counts one far from any task on its own', () => {
    const tasks = mainThreadTasks([
      meta(10, 1, 'CrRendererMain'),
      ev('ThreadControllerImpl::RunTask', 1000, 10_000),
      ev(CP, 8000, 2000),
      ev(CP, 50_000, 3000),
    ]);
    expect(times(tasks)).toEqual([
      [1000, 10_000, 10_000],
      [50_000, 3000, 3000],
    ]);
  });

  it('counts a task traced twice (outer RunTask, inner ThreadControllerImpl::RunTask) once', () => {
    const tasks = mainThreadTasks([
      meta(10, 1, 'CrRendererMain'),
      ev('RunTask', 1000, 48_000),
      ev('ThreadControllerImpl::RunTask', 1000, 3000),
      ev(CP, 4100, 44_000),
    ]);
    expect(times(tasks)).toEqual([[1000, 48_000, 48_000]]);
  });

  it("reads the page's main thread: the renderer main thread with the most tasks", () => {
    const tasks = mainThreadTasks([
      meta(10, 1, 'CrRendererMain'),
      meta(10, 2, 'Compositor'),
      meta(10, 3, 'CrRendererMain'),
      ev('ThreadControllerImpl::RunTask', 1000, 100, 100, 1),
      ev('ThreadControllerImpl::RunTask', 2000, 100, 100, 2),
      ev('ThreadControllerImpl::RunTask', 3000, 100, 100, 2),
      ev('ThreadControllerImpl::RunTask', 4000, 100, 100, 3),
      ev('ThreadControllerImpl::RunTask', 5000, 100, 100, 3),
    ]);
    expect(tasks.map((t) => t.tid)).toEqual([3, 3]);
    expect(mainThreadTasks([])).toEqual([]);
  });
});
