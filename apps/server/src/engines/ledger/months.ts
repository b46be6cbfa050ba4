/**
 * Calendar months as 'YYYY-MM' strings (UTC). The string form sorts chronologically, so months
 * compare with < and >.
 */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** [year, month 1–12]; throws on anything but 'YYYY-MM'. */
export function parseMonth(month: string): [number, number] {
  const match = monthPattern.exec(month);
  if (!match) throw new Error(`Month "${month}" is not in the form YYYY-MM`);
  return [Number(match[1]), Number(match[2])];
}

function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** 'YYYY-MM' months from..to inclusive; throws on from > to or a malformed month. */
export function monthRange(from: string, to: string): string[] {
  const [fromYear, fromMonth] = parseMonth(from);
  const [toYear, toMonth] = parseMonth(to);
  if (from > to) throw new Error(`Month range starts (${from}) after it ends (${to})`);
  const months: string[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= toYear * 12 + toMonth - 1; index += 1) {
    months.push(formatMonth(Math.floor(index / 12), (index % 12) + 1));
  }
  return months;
}

/** The month `delta` months after (or, negative, before) `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = parseMonth(month);
  const index = year * 12 + number - 1 + delta;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The UTC month an instant falls in. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/**
 * The instant at which a month is measured: its last millisecond (UTC), so a change during the
 * month shows in that month; or `now` when the month contains now, since the rest has not happened.
 */
export function monthMeasureAt(month: string, now: Date): Date {
  const [year, number] = parseMonth(month);
  const start = Date.UTC(year, number - 1, 1);
  const end = Date.UTC(year, number, 1) - 1;
  const time = now.getTime();
  return new Date(time >= start && time <= end ? time : end);
}
