import { describe, expect, it } from 'vitest';
import { isCronDue, parseCron } from './cron';

const at = (iso: string) => new Date(iso);

describe('the in-process cron matcher', () => {
  it('fires every minute for five stars', () => {
    const every = parseCron('* * * * *');
    expect(isCronDue(every, at('2026-03-01T00:00:00Z'))).toBe(true);
    expect(isCronDue(every, at('2026-03-01T13:47:59Z'))).toBe(true);
  });

  it('fires on steps, ranges and lists in UTC', () => {
    const quarterly = parseCron('*/15 2-4 * * *');
    expect(isCronDue(quarterly, at('2026-03-01T02:45:10Z'))).toBe(true);
    expect(isCronDue(quarterly, at('2026-03-01T02:46:00Z'))).toBe(false);
    expect(isCronDue(quarterly, at('2026-03-01T05:00:00Z'))).toBe(false);
    const listed = parseCron('0,30 3 1 1,7 *');
    expect(isCronDue(listed, at('2026-07-01T03:30:00Z'))).toBe(true);
    expect(isCronDue(listed, at('2026-08-01T03:30:00Z'))).toBe(false);
  });

  it('matches day-of-month or day-of-week when both are restricted, and Sunday as 0 or 7', () => {
    const firstOrSunday = parseCron('0 0 1 * 7');
    expect(isCronDue(firstOrSunday, at('2026-03-01T00:00:00Z'))).toBe(true); // the 1st (a Sunday)
    expect(isCronDue(firstOrSunday, at('2026-03-08T00:00:00Z'))).toBe(true); // a Sunday
    expect(isCronDue(firstOrSunday, at('2026-03-09T00:00:00Z'))).toBe(false);
    const weekdays = parseCron('0 9 * * 1-5');
    expect(isCronDue(weekdays, at('2026-03-09T09:00:00Z'))).toBe(true); // Monday
    expect(isCronDue(weekdays, at('2026-03-08T09:00:00Z'))).toBe(false); // Sunday
  });

  it('rejects what it cannot read', () => {
    expect(() => parseCron('* * * *')).toThrow(/five fields/);
    expect(() => parseCron('61 * * * *')).toThrow(/outside/);
    expect(() => parseCron('*/0 * * * *')).toThrow(/step/);
    expect(() => parseCron('@daily * * * *')).toThrow(/not a cron field/);
  });
});
