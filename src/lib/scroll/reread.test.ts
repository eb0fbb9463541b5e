import { describe, expect, it } from 'vitest';
import { FAR_SHARE, rereadFor, type RereadState } from './reread';

const calm: RereadState = {
  eventY: 1000,
  y: 1000,
  height: 800,
  jumpPending: false,
  observed: true,
};

describe('rereadFor', () => {
  it('re-reads on load and on a hash jump', () => {
    expect(rereadFor('load', calm)).toBe('read');
    expect(rereadFor('hash', calm)).toBe('read');
  });

  it('lays out again on a resize or an orientation change', () => {
    expect(rereadFor('resize', calm)).toBe('relayout');
    expect(rereadFor('orientation', calm)).toBe('relayout');
  });

  it('waits for the End and Home keys to finish scrolling', () => {
    expect(rereadFor('key-end', calm)).toBe('after-scroll');
    expect(rereadFor('key-home', calm)).toBe('after-scroll');
  });

  it('leaves ordinary scroll frames to scrollama where it observes the viewport', () => {
    expect(rereadFor('scroll', calm)).toBe('none');
    expect(rereadFor('scroll', { ...calm, observed: false })).toBe('read');
  });

  it('trusts the events when a scroll ends near where they put the reader', () => {
    const near = calm.height * FAR_SHARE - 1;
    expect(rereadFor('scroll-end', { ...calm, y: calm.eventY! + near })).toBe('none');
    expect(rereadFor('scroll-end', { ...calm, y: calm.eventY! - near })).toBe('none');
  });

  it('re-reads when a scroll ends far from the last event (a fling), or with no event yet', () => {
    const far = calm.height * FAR_SHARE + 1;
    expect(rereadFor('scroll-end', { ...calm, y: calm.eventY! + far })).toBe('read');
    expect(rereadFor('scroll-end', { ...calm, y: calm.eventY! - far })).toBe('read');
    expect(rereadFor('scroll-end', { ...calm, eventY: null })).toBe('read');
  });

  it('re-reads at the end of a key jump however near, and always without scrollama', () => {
    expect(rereadFor('scroll-end', { ...calm, jumpPending: true })).toBe('read');
    expect(rereadFor('scroll-end', { ...calm, observed: false })).toBe('read');
  });
});
