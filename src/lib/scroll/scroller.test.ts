import { describe, expect, it } from 'vitest';
import { catchScrollListeners } from './scroller';

/** A document stand-in with the two methods catchScrollListeners uses, counting listeners. */
function fakeDocument() {
  const listeners = new Map<string, Set<unknown>>();
  class Doc {
    addEventListener(type: string, fn: unknown) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    }
    removeEventListener(type: string, fn: unknown) {
      listeners.get(type)?.delete(fn);
    }
  }
  const doc = new Doc();
  return { doc: doc as unknown as Document, count: (t: string) => listeners.get(t)?.size ?? 0 };
}

describe('catchScrollListeners', () => {
  it('removes the scroll listeners added during fn, and only those', () => {
    const { doc, count } = fakeDocument();
    const before = () => {};
    doc.addEventListener('scroll', before);
    const release = catchScrollListeners(doc, () => {
      doc.addEventListener('scroll', () => {});
      doc.addEventListener('scroll', () => {});
      doc.addEventListener('click', () => {});
    });
    expect(count('scroll')).toBe(3);
    // After fn, the document's own method is back (nothing caught any more).
    expect(Object.prototype.hasOwnProperty.call(doc, 'addEventListener')).toBe(false);
    doc.addEventListener('scroll', () => {});
    release();
    expect(count('scroll')).toBe(2);
    expect(count('click')).toBe(1);
  });

  it('restores the method even when fn throws', () => {
    const { doc } = fakeDocument();
    expect(() =>
      catchScrollListeners(doc, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Object.prototype.hasOwnProperty.call(doc, 'addEventListener')).toBe(false);
  });
});
