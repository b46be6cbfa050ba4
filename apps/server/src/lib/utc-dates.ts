/**
 * Date arithmetic on UTC instants, for code that needs the same answer on every machine whatever
 * its time zone (the demo generator). Day counts a person reads go through `@success/shared/days`
 * instead, which counts calendar days in the workspace's zone.
 */
import { dayMs } from './days';

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/**
 * Calendar months in UTC, clamping the day (Jan 31 + 1 month = Feb 28/29) like billing systems
 * do. Keeps the hour and minute; seconds are dropped.
 */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes()),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** The UTC calendar day of an instant, as 'YYYY-MM-DD'. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The earlier of two instants (the first one when they are equal). */
export function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
