import { describe, expect, it } from 'vitest';
import { calendarDateIn, calendarDaysUntil, isValidTimeZone, startOfCalendarDay } from './days';

// 15:33 UTC on Thursday 3 December 2026: already Friday 4 December in Auckland (UTC+13).
const now = new Date('2026-12-03T15:33:00Z');

describe('calendarDaysUntil', () => {
  it('counts calendar days in UTC, whatever the hour of the date', () => {
    expect(calendarDaysUntil(new Date('2026-12-11T10:00:00Z'), now, 'UTC')).toBe(8);
    // 8 days and 4½ hours away: rounding the span up would say 9.
    expect(calendarDaysUntil(new Date('2026-12-11T20:00:00Z'), now, 'UTC')).toBe(8);
    expect(calendarDaysUntil('2026-12-11T20:00:00.000Z', now, 'UTC')).toBe(8);
  });

  it('counts a date later today as 0 and tomorrow as 1', () => {
    expect(calendarDaysUntil(new Date('2026-12-03T23:59:00Z'), now, 'UTC')).toBe(0);
    expect(calendarDaysUntil(new Date('2026-12-03T00:00:00Z'), now, 'UTC')).toBe(0);
    expect(calendarDaysUntil(new Date('2026-12-04T00:00:00Z'), now, 'UTC')).toBe(1);
  });

  it('is negative once the day has passed', () => {
    expect(calendarDaysUntil(new Date('2026-12-02T23:59:00Z'), now, 'UTC')).toBe(-1);
    expect(calendarDaysUntil(new Date('2026-11-30T08:00:00Z'), now, 'UTC')).toBe(-3);
  });

  it('reads today and the date in a zone ahead of UTC (Auckland, UTC+13 in December)', () => {
    // Today is 4 Dec in Auckland; 11 Dec 10:00 UTC is 11 Dec 23:00 there: 7 days (8 in UTC).
    expect(calendarDaysUntil(new Date('2026-12-11T10:00:00Z'), now, 'Pacific/Auckland')).toBe(7);
    // 11 Dec 12:00 UTC is already 12 Dec 01:00 in Auckland: 8 days.
    expect(calendarDaysUntil(new Date('2026-12-11T12:00:00Z'), now, 'Pacific/Auckland')).toBe(8);
    // 3 Dec 10:00 UTC is later today in UTC but 3 Dec 23:00, yesterday, in Auckland.
    expect(calendarDaysUntil(new Date('2026-12-03T10:00:00Z'), now, 'UTC')).toBe(0);
    expect(calendarDaysUntil(new Date('2026-12-03T10:00:00Z'), now, 'Pacific/Auckland')).toBe(-1);
  });

  it('reads today and the date in a zone behind UTC (Los Angeles, UTC−8 in December)', () => {
    // 4 Dec 03:00 UTC is still 3 Dec 19:00 in Los Angeles; 11 Dec 10:00 UTC is 11 Dec 02:00 there.
    const evening = new Date('2026-12-04T03:00:00Z');
    expect(calendarDaysUntil(new Date('2026-12-11T10:00:00Z'), evening, 'America/Los_Angeles')).toBe(8);
    expect(calendarDaysUntil(new Date('2026-12-11T10:00:00Z'), evening, 'UTC')).toBe(7);
    // 11 Dec 06:00 UTC is 10 Dec 22:00 in Los Angeles.
    expect(calendarDaysUntil(new Date('2026-12-11T06:00:00Z'), evening, 'America/Los_Angeles')).toBe(7);
  });

  it('counts one day across a daylight-saving change (Los Angeles, 8 March 2026 has 23 hours)', () => {
    // Saturday 7 March 12:00 PST → Sunday 8 March 23:30 PDT is 34½ hours but one calendar day.
    const saturdayNoon = new Date('2026-03-07T20:00:00Z');
    expect(calendarDaysUntil(new Date('2026-03-09T06:30:00Z'), saturdayNoon, 'America/Los_Angeles')).toBe(1);
    // Sunday 1 November 2026 has 25 hours: Saturday 23:30 PDT → Monday 00:30 PST is 2 days.
    const saturdayNight = new Date('2026-11-01T06:30:00Z');
    expect(calendarDaysUntil(new Date('2026-11-02T08:30:00Z'), saturdayNight, 'America/Los_Angeles')).toBe(2);
  });

  it('takes a date without a time as that calendar day in every zone', () => {
    const evening = new Date('2026-12-04T03:00:00Z'); // 3 Dec in Los Angeles, 4 Dec in UTC
    expect(calendarDaysUntil('2026-12-11', evening, 'America/Los_Angeles')).toBe(8);
    expect(calendarDaysUntil('2026-12-11', evening, 'UTC')).toBe(7);
  });

  it('refuses what is not a date', () => {
    expect(() => calendarDaysUntil('soon', now, 'UTC')).toThrow(RangeError);
  });
});

describe('calendarDateIn', () => {
  it('names the calendar day that contains an instant in the zone', () => {
    expect(calendarDateIn(now, 'UTC')).toBe('2026-12-03');
    expect(calendarDateIn(now, 'Pacific/Auckland')).toBe('2026-12-04');
    expect(calendarDateIn(new Date('2026-12-04T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-12-03');
    expect(calendarDateIn('2026-12-11', 'America/Los_Angeles')).toBe('2026-12-11');
  });
});

describe('startOfCalendarDay', () => {
  it('gives local midnight of today or a later day', () => {
    expect(startOfCalendarDay(now, 'UTC').toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(startOfCalendarDay(now, 'UTC', 31).toISOString()).toBe('2027-01-03T00:00:00.000Z');
    // Midnight starting 4 Dec in Auckland (UTC+13) is 3 Dec 11:00 UTC.
    expect(startOfCalendarDay(now, 'Pacific/Auckland').toISOString()).toBe('2026-12-03T11:00:00.000Z');
  });

  it('follows daylight-saving changes', () => {
    const sunday = new Date('2026-03-08T12:00:00Z');
    expect(startOfCalendarDay(sunday, 'America/Los_Angeles').toISOString()).toBe('2026-03-08T08:00:00.000Z'); // PST
    expect(startOfCalendarDay(sunday, 'America/Los_Angeles', 1).toISOString()).toBe('2026-03-09T07:00:00.000Z'); // PDT
    // Santiago skips midnight on 6 September 2026 (00:00 −04 becomes 01:00 −03): the day starts at 01:00.
    const saturday = new Date('2026-09-05T12:00:00Z');
    expect(startOfCalendarDay(saturday, 'America/Santiago', 1).toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('bounds "within N days" exactly where the day count passes N', () => {
    for (const timeZone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
      const before = startOfCalendarDay(now, timeZone, 31); // start of day 31
      expect(calendarDaysUntil(new Date(before.getTime() - 1), now, timeZone)).toBe(30);
      expect(calendarDaysUntil(before, now, timeZone)).toBe(31);
      const today = startOfCalendarDay(now, timeZone);
      expect(calendarDaysUntil(today, now, timeZone)).toBe(0);
      expect(calendarDaysUntil(new Date(today.getTime() - 1), now, timeZone)).toBe(-1);
    }
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and refuses anything else', () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Pacific/Auckland')).toBe(true);
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(' UTC')).toBe(false);
  });
});
