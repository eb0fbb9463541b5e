import { describe, expect, it } from 'vitest';
import {
  EditionSwitch,
  STEPS_PER_TASK,
  type AfterPaint,
  type NextTask,
} from './edition-switch.svelte';
import type { Lang } from '../content/types';

/** Stand-ins for the next paint and the next task, released by hand. */
function platform() {
  const paints: { signal: AbortSignal; done: () => void }[] = [];
  const tasks: { signal: AbortSignal; done: () => void }[] = [];
  const wait =
    (queue: typeof paints): AfterPaint & NextTask =>
    (signal) =>
      new Promise((done, fail) => {
        queue.push({ signal, done });
        signal.addEventListener('abort', () => fail(signal.reason));
      });
  const idles: { signal: AbortSignal; done: () => void }[] = [];
  const release = async (queue: typeof paints) => {
    for (const w of queue.splice(0)) if (!w.signal.aborted) w.done();
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };
  return {
    afterPaint: wait(paints),
    task: wait(tasks),
    idle: wait(idles),
    paint: () => release(paints),
    nextTask: () => release(tasks),
    idleTime: () => release(idles),
    idles,
    paints,
    tasks,
  };
}

/** The editions of parts 0..count-1. */
const parts = (edition: EditionSwitch, count: number): Lang[] =>
  Array.from({ length: count }, (_, i) => edition.partLang(i));

const COUNT = 38; // 37 steps and the sources

describe('EditionSwitch', () => {
  it('switches the header, the step read and the parts in view at once', () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task);
    edition.set('en', 10, COUNT, [10, 11]);
    expect(edition.text).toBe('en');
    const now = parts(edition, COUNT);
    for (let i = 0; i < COUNT; i++) {
      expect(now[i], `part ${i}`).toBe(i === 10 || i === 11 ? 'en' : 'zh-CN');
    }
    // The story's own language and the stage wait for the paint.
    expect(edition.frame).toBe('zh-CN');
    expect(edition.stage).toBe('zh-CN');
    expect(edition.settled).toBe(false);
  });

  it('after the paint: the story’s language, then the stage, then the rest nearest first', async () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task);
    edition.set('en', 10, COUNT);
    await p.paint();
    expect(edition.frame).toBe('en');
    expect(edition.stage).toBe('zh-CN');
    await p.nextTask();
    expect(edition.stage).toBe('en');
    const switched = new Set(parts(edition, COUNT).flatMap((l, i) => (l === 'en' ? [i] : [])));
    let tasks = 0;
    while (!edition.settled) {
      await p.nextTask();
      tasks++;
      const now = parts(edition, COUNT).flatMap((l, i) => (l === 'en' ? [i] : []));
      const fresh = now.filter((i) => !switched.has(i));
      expect(fresh.length).toBeLessThanOrEqual(STEPS_PER_TASK);
      // Nearest first: every part switched in this task is at least as near as any left.
      const left = parts(edition, COUNT).flatMap((l, i) => (l === 'zh-CN' ? [i] : []));
      for (const i of fresh)
        for (const j of left) expect(Math.abs(i - 10)).toBeLessThanOrEqual(Math.abs(j - 10));
      for (const i of fresh) switched.add(i);
    }
    expect(tasks).toBe(Math.ceil((COUNT - 1) / STEPS_PER_TASK));
    expect(parts(edition, COUNT).every((l) => l === 'en')).toBe(true);
    expect(p.tasks).toHaveLength(0);
  });

  it('does nothing for the edition already shown', () => {
    const p = platform();
    const edition = new EditionSwitch('en', p.afterPaint, p.task);
    edition.set('en', 3, COUNT);
    expect(p.paints).toHaveLength(0);
    expect(edition.settled).toBe(true);
  });

  it('a switch back before the paint cancels the first: nothing else changes', async () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task);
    edition.set('en', 10, COUNT);
    edition.set('zh-CN', 10, COUNT);
    expect(p.paints[0]!.signal.aborted).toBe(true);
    expect(edition.text).toBe('zh-CN');
    expect(parts(edition, COUNT).every((l) => l === 'zh-CN')).toBe(true);
    await p.paint();
    await p.nextTask();
    expect(edition.frame).toBe('zh-CN');
    expect(edition.stage).toBe('zh-CN');
    expect(edition.settled).toBe(true);
  });

  it('a switch back half way: every part back at once, the story and stage after a paint', async () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task);
    edition.set('en', 10, COUNT);
    await p.paint();
    await p.nextTask();
    await p.nextTask(); // one batch of the rest
    edition.set('zh-CN', 20, COUNT);
    expect(parts(edition, COUNT).every((l) => l === 'zh-CN')).toBe(true);
    expect(edition.frame).toBe('en');
    await p.paint();
    expect(edition.frame).toBe('zh-CN');
    await p.nextTask();
    expect(edition.stage).toBe('zh-CN');
    expect(edition.settled).toBe(true);
  });

  it('destroy stops what a switch has left to do', async () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task);
    edition.set('en', 10, COUNT);
    edition.destroy();
    await p.paint();
    await p.nextTask();
    expect(edition.frame).toBe('zh-CN');
    expect(edition.stage).toBe('zh-CN');
  });

  it('readies the other editions’ faces once the page is idle, once', async () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task, p.idle);
    let warmed = 0;
    edition.warmWhenIdle(() => warmed++);
    expect(warmed).toBe(0);
    await p.idleTime();
    expect(warmed).toBe(1);
    await p.idleTime();
    expect(warmed).toBe(1);
  });

  it('does not warm up while a switch is under way (its parts look their faces up)', async () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task, p.idle);
    let warmed = 0;
    edition.warmWhenIdle(() => warmed++);
    edition.set('en', 10, COUNT);
    await p.idleTime();
    expect(warmed).toBe(0);
  });

  it('a cancelled warm-up, or a destroyed story, never warms', async () => {
    const p = platform();
    const edition = new EditionSwitch('zh-CN', p.afterPaint, p.task, p.idle);
    let warmed = 0;
    const cancel = edition.warmWhenIdle(() => warmed++);
    cancel();
    expect(p.idles[0]!.signal.aborted).toBe(true);
    edition.warmWhenIdle(() => warmed++);
    edition.destroy();
    expect(p.idles[1]!.signal.aborted).toBe(true);
    await p.idleTime();
    expect(warmed).toBe(0);
  });
});
