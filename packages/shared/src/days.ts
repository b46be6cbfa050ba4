/**
 * Day counts ("days to renewal", "days left in trial", "days since lost"): whole calendar days
 * between today and a date, both read as calendar days in the workspace's time zone. Counting
 * calendar days, not 24-hour spans, is what a person checks on a calendar, and it gives every
 * screen the same number whatever the hour of the date or of the request.
 */

const dayMs = 86_400_000;
const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is a time zone name this runtime knows (an IANA name such as 'Europe/Paris'). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '' || timeZone !== timeZone.trim()) return false;
  try {
    dayFormatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function toInstant(date: Date | string): Date {
  const instant = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  return instant;
}

/** Days since 1970-01-01 of the calendar day that contains `instant` in `timeZone`. */
function dayNumberIn(instant: Date, timeZone: string): number {
  const parts = dayFormatterFor(timeZone).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / dayMs;
}

/**
 * The day number of `date`: a 'YYYY-MM-DD' string is that calendar day as written (a date without
 * a time has no zone to shift it); anything else is an instant, read in `timeZone`.
 */
function dayNumberOf(date: Date | string, timeZone: string): number {
  if (typeof date === 'string') {
    const match = calendarDatePattern.exec(date);
    if (match) return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMs;
  }
  return dayNumberIn(toInstant(date), timeZone);
}

/**
 * Whole calendar days from today to `date`, both taken as calendar days in `timeZone`: 0 when the
 * date falls later (or earlier) today, 1 tomorrow, negative once the day has passed.
 */
export function calendarDaysUntil(date: Date | string, now: Date, timeZone: string): number {
  return dayNumberOf(date, timeZone) - dayNumberIn(toInstant(now), timeZone);
}

/** The calendar day ('YYYY-MM-DD') that contains `date` in `timeZone`. */
export function calendarDateIn(date: Date | string, timeZone: string): string {
  return new Date(dayNumberOf(date, timeZone) * dayMs).toISOString().slice(0, 10);
}

/**
 * The first instant of the calendar day `daysFromToday` days after today in `timeZone`. A date
 * is at most N calendar days away exactly when it falls before the start of day N + 1, so day
 * windows ("renewing within 30 days") become a range on a timestamp column that an index serves.
 */
export function startOfCalendarDay(now: Date, timeZone: string, daysFromToday = 0): Date {
  const target = dayNumberIn(toInstant(now), timeZone) + daysFromToday;
  // Local midnight of the target day lies within a day or so of UTC midnight (offsets run from
  // −12 to +14 hours); search that span for the first instant whose local day is the target, which
  // also finds the day's start when a daylight-saving change skips midnight.
  let low = target * dayMs - 15 * 3_600_000;
  let high = target * dayMs + 13 * 3_600_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dayNumberIn(new Date(middle), timeZone) >= target) high = middle;
    else low = middle;
  }
  return new Date(high);
}
