/**
 * Day arithmetic on UTC calendar days: "12 days ago" means twelve calendar days, which is what a
 * person checks by hand, and it makes the recency weights reproducible from the detail text.
 * Usage rows are stored per UTC day, so adoption and signal recency count here; days to renewal,
 * which every screen shows, use the workspace's zone (`calendarDaysUntil` in shared/days).
 */
const msPerDay = 86_400_000;

/** Days since 1970-01-01 (UTC) of the calendar day containing `date`. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / msPerDay);
}

/** The day number of a 'YYYY-MM-DD' string; null when it is not a real calendar day. */
export function parseDay(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [, year, month, date] = match.map(Number);
  if (year === undefined || month === undefined || date === undefined) return null;
  const time = Date.UTC(year, month - 1, date);
  const parsed = new Date(time);
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== date) return null;
  return time / msPerDay;
}

/** Whole calendar days from `earlier` to `later` (negative when `later` comes first). */
export function calendarDaysBetween(earlier: Date, later: Date): number {
  return dayNumber(later) - dayNumber(earlier);
}
