import { describe, expect, it } from 'vitest';
import {
  formatTap,
  tapParts,
  tapRuns,
  tapToPaint,
  tapWithin,
  type EventEntry,
} from './event-timing';

const e = (name: string, startTime: number, duration: number, interactionId = 7): EventEntry => ({
  name,
  startTime,
  duration,
  interactionId,
  processingStart: startTime + 5,
  processingEnd: startTime + 15,
});

describe('tap-to-paint', () => {
  it('takes the longest event of the interactions since the mark', () => {
    const entries = [
      e('click', 100, 80, 3), // an earlier tap
      e('pointerdown', 500, 24),
      e('pointerup', 560, 40),
      e('click', 561, 40),
      e('mouseover', 560, 90, 0), // not an interaction
    ];
    expect(tapToPaint(entries, 400)).toBe(40);
    expect(tapToPaint(entries, 0)).toBe(80);
  });

  it('is null when no event of it reached the threshold', () => {
    expect(tapToPaint([e('click', 100, 80)], 200)).toBeNull();
  });

  it('prints and checks a tap under the threshold as within budget', () => {
    expect(formatTap(null, 16)).toBe('< 16');
    expect(formatTap(47.6, 16)).toBe('48');
    expect(tapWithin(null, 100)).toBe(true);
    expect(tapWithin(100, 100)).toBe(true);
    expect(tapWithin(104, 100)).toBe(false);
  });

  it('splits the longest entry into input delay, processing and presentation', () => {
    const entries = [e('pointerdown', 500, 24), e('click', 510, 40)];
    expect(tapParts(entries, 400)).toEqual({ inputDelay: 5, processing: 10, presentation: 25 });
    expect(tapParts(entries, 600)).toBeNull();
  });
});

describe('tapRuns', () => {
  it('gives the median of the runs and their spread', () => {
    expect(tapRuns([136, 88, 104], 16)).toEqual({ median: 104, text: '104 (88–136)' });
    expect(tapRuns([100, 120], 16)).toEqual({ median: 110, text: '110 (100–120)' });
  });
  it('counts a run under the threshold as the fastest', () => {
    expect(tapRuns([null, 40, 56], 16)).toEqual({ median: 40, text: '40 (< 16–56)' });
    expect(tapRuns([null, null, 56], 16)).toEqual({ median: null, text: '< 16 (< 16–56)' });
    // Of two, one under the threshold: the slower (its mean is unknown).
    expect(tapRuns([null, 30], 16).median).toBe(30);
  });
  it('gives one run as it is, and none as a dash', () => {
    expect(tapRuns([72], 16)).toEqual({ median: 72, text: '72' });
    expect(tapRuns([], 16)).toEqual({ median: null, text: '-' });
  });
});
