import { describe, it, expect } from 'vitest';
import { MAX_TILE_ERRORS, nextTileState, TILES_LOADING, TILES_OFF, type TileState } from './config';

describe('nextTileState', () => {
  const run = (events: ('load' | 'error')[], from: TileState = TILES_LOADING) =>
    events.reduce((s, e) => nextTileState(s, e), from);

  it('gives up the tiles when the first tiles all fail', () => {
    const errors = Array<'error'>(MAX_TILE_ERRORS).fill('error');
    expect(run(errors.slice(1)).status).toBe('loading');
    expect(run(errors).status).toBe('failed');
    expect(run([...errors, 'load']).status).toBe('failed'); // failed is final
  });

  it('keeps tiles that have loaded, whatever fails later', () => {
    const s = run(['load', 'error', 'error', 'error', 'error']);
    expect(s).toEqual({ status: 'ok', loaded: 1, errors: 4 });
  });

  it('ignores events when tiles are off', () => {
    expect(run(['error', 'error', 'error', 'load'], TILES_OFF)).toBe(TILES_OFF);
  });
});
