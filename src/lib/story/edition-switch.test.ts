import { describe, expect, it } from 'vitest';
import { EditionSwitch, type AfterPaint } from './edition-switch.svelte';

/** A stand-in for the next paint that the test releases by hand. */
function paints() {
  const waiting: { signal: AbortSignal; done: () => void }[] = [];
  const afterPaint: AfterPaint = (signal) =>
    new Promise((done, fail) => {
      waiting.push({ signal, done });
      signal.addEventListener('abort', () => fail(signal.reason));
    });
  const paint = async () => {
    for (const w of waiting.splice(0)) if (!w.signal.aborted) w.done();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { afterPaint, paint, waiting };
}

describe('EditionSwitch', () => {
  it('switches the text at once and the stage after the next paint', async () => {
    const { afterPaint, paint } = paints();
    const edition = new EditionSwitch('zh-CN', afterPaint);
    edition.set('en');
    expect(edition.text).toBe('en');
    expect(edition.stage).toBe('zh-CN');
    await paint();
    expect(edition.stage).toBe('en');
  });

  it('does nothing for the edition already shown', () => {
    const { afterPaint, waiting } = paints();
    const edition = new EditionSwitch('en', afterPaint);
    edition.set('en');
    expect(waiting).toHaveLength(0);
  });

  it('a switch back before the paint cancels the first: the stage never changes', async () => {
    const { afterPaint, paint, waiting } = paints();
    const edition = new EditionSwitch('zh-CN', afterPaint);
    edition.set('en');
    edition.set('zh-CN');
    expect(waiting[0]!.signal.aborted).toBe(true);
    expect(edition.text).toBe('zh-CN');
    await paint();
    expect(edition.stage).toBe('zh-CN');
  });

  it('destroy cancels a pending stage switch', async () => {
    const { afterPaint, paint } = paints();
    const edition = new EditionSwitch('zh-CN', afterPaint);
    edition.set('en');
    edition.destroy();
    await paint();
    expect(edition.stage).toBe('zh-CN');
  });
});
