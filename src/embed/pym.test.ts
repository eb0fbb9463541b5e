import { describe, expect, it } from 'vitest';
import { parseHeight, parsePym, pymMessage } from './pym';

describe('pym protocol', () => {
  it('round-trips a height message', () => {
    const text = pymMessage('story-1', 'height', '4200');
    expect(text).toBe('pymxPYMxstory-1xPYMxheightxPYMx4200');
    expect(parsePym(text)).toEqual({ id: 'story-1', type: 'height', message: '4200' });
  });

  it.each([
    [42],
    [null],
    [{ id: 'x' }],
    ['pymxPYMxidxPYMxheight'],
    ['pymxPYMx<script>xPYMxheightxPYMx1'],
    ['xpymxPYMxidxPYMxheightxPYMx1'],
    ['pymxPYMxidxPYMxheightxPYMx' + 'x'.repeat(3000)],
  ])('rejects %j', (data) => {
    expect(parsePym(data)).toBeNull();
  });

  it.each([
    ['4200', 4200],
    ['0', 0],
    ['-5', null],
    ['12.5', null],
    ['1e9', null],
    ['', null],
    ['99999999', null],
  ])('height %j → %j', (message, want) => {
    expect(parseHeight(message)).toBe(want);
  });
});
