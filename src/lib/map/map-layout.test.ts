import { describe, expect, it } from 'vitest';
import { mapLayout } from './map-layout';

describe('mapLayout', () => {
  it('is narrow at 768 px of story or less, wide above', () => {
    const at = (storyWidth: number) =>
      mapLayout({ storyWidth, shortWindow: false, mapWidth: 700, em: 16 }).narrow;
    expect(at(768)).toBe(true);
    expect(at(769)).toBe(false);
  });

  it('is short only in the narrow layout', () => {
    expect(mapLayout({ storyWidth: 700, shortWindow: true, mapWidth: 700, em: 16 }).short).toBe(
      true,
    );
    expect(mapLayout({ storyWidth: 1280, shortWindow: true, mapWidth: 700, em: 16 }).short).toBe(
      false,
    );
  });

  it('folds the credits when narrow, or when the map is under 25 em wide', () => {
    const wide = { storyWidth: 1280, shortWindow: false };
    expect(mapLayout({ ...wide, mapWidth: 700, em: 16 }).foldCredits).toBe(false);
    // 200 % text: 700 px is under 25 em of 32 px.
    expect(mapLayout({ ...wide, mapWidth: 700, em: 32 }).foldCredits).toBe(true);
    // An unknown font size counts as 16 px.
    expect(mapLayout({ ...wide, mapWidth: 390, em: 0 }).foldCredits).toBe(true);
    expect(
      mapLayout({ storyWidth: 700, shortWindow: false, mapWidth: 700, em: 16 }).foldCredits,
    ).toBe(true);
  });
});
