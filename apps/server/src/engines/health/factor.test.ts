import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, dayNumber, parseDay } from './calendar';
import { countOf, daysAgoText, roundPoints } from './factor';

describe('factor rounding and wording', () => {
  it('rounds half up on the magnitude, so risks and praise of equal size round alike', () => {
    expect(roundPoints(2.5)).toBe(3);
    expect(roundPoints(-2.5)).toBe(-3);
    expect(roundPoints(2.49)).toBe(2);
    expect(roundPoints(3.11)).toBe(3);
    expect(Object.is(roundPoints(-0.4), 0)).toBe(true);
  });

  it('absorbs binary noise just under a half', () => {
    expect(1.005 * 1000).toBeLessThan(1005);
    expect(roundPoints(1.005 * 1000)).toBe(1005);
  });

  it('words counts and ages', () => {
    expect(countOf(1, 'risk')).toBe('1 risk');
    expect(countOf(2, 'risk')).toBe('2 risks');
    expect(daysAgoText(0)).toBe('today');
    expect(daysAgoText(1)).toBe('1 day ago');
    expect(daysAgoText(12)).toBe('12 days ago');
  });
});

describe('calendar days', () => {
  it('counts UTC calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(new Date('2025-06-29T23:59:00Z'), new Date('2025-06-30T00:01:00Z'))).toBe(1);
    expect(calendarDaysBetween(new Date('2025-06-30T00:01:00Z'), new Date('2025-06-30T23:59:00Z'))).toBe(0);
    expect(calendarDaysBetween(new Date('2025-07-20T12:00:00Z'), new Date('2025-06-30T12:00:00Z'))).toBe(-20);
  });

  it('parses real calendar days only', () => {
    expect(parseDay('2025-06-30')).toBe(dayNumber(new Date('2025-06-30T18:00:00Z')));
    expect(parseDay('2024-02-29')).not.toBeNull();
    expect(parseDay('2025-02-29')).toBeNull();
    expect(parseDay('2025-6-30')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});
