import { calendarDaysUntil, startOfCalendarDay } from '@success/shared/days';

export const dayMs = 86_400_000;

/** Days to a date by the one day-count rule (calendar days in the workspace's zone); null without a date. */
export function daysUntil(date: Date | null, now: Date, timeZone: string): number | null {
  return date ? calendarDaysUntil(date, now, timeZone) : null;
}

/** The instants bounding "from today to N calendar days from today" in the zone: [from, before). */
export type DayWindow = { from: Date; before: Date };

/**
 * The window of dates whose day count is between 0 and `days` inclusive, as a range on a
 * timestamp column (a date counts N days away until the start of day N + 1 in the zone).
 */
export function dayWindow(now: Date, timeZone: string, days: number): DayWindow {
  return { from: startOfCalendarDay(now, timeZone), before: startOfCalendarDay(now, timeZone, days + 1) };
}
