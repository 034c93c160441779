import { describe, expect, it } from 'vitest';
import { matchingRoundDue, nextMatchingRoundAt } from './matching-schedule.js';

const DAY = 86_400_000;
const NOW = new Date('2026-03-02T02:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('matching schedule rules', () => {
  it('runs a scheduled round unless one ran less than half an interval ago', () => {
    expect(matchingRoundDue(null, 7, NOW)).toBe(true);
    expect(matchingRoundDue(ago(3.5 * DAY - 1), 7, NOW)).toBe(false);
    expect(matchingRoundDue(ago(3.5 * DAY), 7, NOW)).toBe(true);
    expect(matchingRoundDue(ago(30 * DAY), 7, NOW)).toBe(true);
  });

  it('plans the next round an interval after the last one, a first one an interval from now, never in the past', () => {
    expect(nextMatchingRoundAt(null, 14, NOW)).toEqual(new Date(NOW.getTime() + 14 * DAY));
    expect(nextMatchingRoundAt(ago(2 * DAY), 7, NOW)).toEqual(new Date(NOW.getTime() + 5 * DAY));
    expect(nextMatchingRoundAt(ago(20 * DAY), 7, NOW)).toEqual(NOW);
  });
});
