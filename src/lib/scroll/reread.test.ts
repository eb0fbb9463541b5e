import { describe, expect, it } from 'vitest';
import { FAR_PX, LATE_EVENT_MS, rereadFor, settledFar, type RereadState } from './reread';

const calm: RereadState = { jumpPending: false, observed: true, sinceScrollEnd: Infinity };

describe('rereadFor', () => {
  it('re-reads on load and on a hash jump', () => {
    expect(rereadFor('load', calm)).toBe('read');
    expect(rereadFor('hash', calm)).toBe('read');
  });

  it('lays out again on a resize or an orientation change', () => {
    expect(rereadFor('resize', calm)).toBe('relayout');
    expect(rereadFor('orientation', calm)).toBe('relayout');
  });

  it('remembers an End or Home jump until its scroll ends, then re-reads', () => {
    expect(rereadFor('key-end', calm)).toBe('jump');
    expect(rereadFor('key-home', calm)).toBe('jump');
    expect(rereadFor('scroll-end', { ...calm, jumpPending: true })).toBe('read-settled');
  });

  it('leaves ordinary scroll frames to scrollama where it observes the viewport', () => {
    expect(rereadFor('scroll', calm)).toBe('none');
    expect(rereadFor('scroll', { ...calm, observed: false })).toBe('read');
  });

  it('checks the events’ reading when a scroll ends; without scrollama it re-reads', () => {
    expect(rereadFor('scroll-end', calm)).toBe('check');
    expect(rereadFor('scroll-end', { ...calm, observed: false })).toBe('read');
  });

  it('checks again after an event that comes soon after a scroll ended (a late one)', () => {
    expect(rereadFor('event', { ...calm, sinceScrollEnd: 5 })).toBe('check');
    expect(rereadFor('event', { ...calm, sinceScrollEnd: LATE_EVENT_MS - 1 })).toBe('check');
  });

  it('leaves the events of ordinary scrolling unchecked', () => {
    expect(rereadFor('event', calm)).toBe('none');
    expect(rereadFor('event', { ...calm, sinceScrollEnd: LATE_EVENT_MS })).toBe('none');
    expect(rereadFor('event', { ...calm, observed: false, sinceScrollEnd: 5 })).toBe('none');
  });
});

describe('settledFar', () => {
  const box = { top: 100, bottom: 500 };
  const at = (progress: number) => ({ index: 3, progress, entered: true });

  it('trusts a reading whose step holds the trigger line at about that progress', () => {
    expect(settledFar(at(0.5), box, 300, false)).toBe(false);
    expect(settledFar(at(0.5), box, 300 + FAR_PX, false)).toBe(false);
    expect(settledFar(at(0), box, 100, false)).toBe(false);
  });

  it('re-reads when the trigger line is outside the step the events made current (a fling)', () => {
    expect(settledFar(at(1), box, 500, false)).toBe(true);
    expect(settledFar(at(0), box, 99, false)).toBe(true);
    expect(settledFar(at(0.5), box, 3000, false)).toBe(true);
  });

  it('below the last step, the last step fully read is right', () => {
    expect(settledFar(at(1), box, 3000, true)).toBe(false);
    expect(settledFar(at(0.5), box, 3000, true)).toBe(true);
  });

  it('re-reads when the progress the events left is off', () => {
    expect(settledFar(at(0.2), box, 300, false)).toBe(true);
  });

  it('before the story: far once the trigger line reaches the first step', () => {
    const none = { index: 0, progress: 0, entered: false };
    expect(settledFar(none, box, 99, false)).toBe(false);
    expect(settledFar(none, box, 100, false)).toBe(true);
  });
});
