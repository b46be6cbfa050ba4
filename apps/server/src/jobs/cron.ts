/**
 * The cron matcher the in-process runner needs (pg-boss parses crons itself): five fields in UTC,
 * each `*`, a number, a range `a-b`, a step `*\/n` or `a-b/n`, or a comma list of those. As in cron,
 * a day matches when day-of-month or day-of-week does, if both are restricted.
 */
const fields = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12 },
  { min: 0, max: 7 },
] as const;

type Field = { values: Set<number>; isAny: boolean };
export type CronSchedule = { minute: Field; hour: Field; dayOfMonth: Field; month: Field; dayOfWeek: Field };

function parseField(text: string, min: number, max: number): Field {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new Error(`"${part}" is not a cron field`);
    const [, all, from, to, step] = match;
    const start = all === '*' ? min : Number(from);
    const end = all === '*' ? max : to !== undefined ? Number(to) : step !== undefined ? max : start;
    const increment = step === undefined ? 1 : Number(step);
    if (start < min || end > max || start > end || increment < 1)
      throw new Error(`"${part}" is outside ${min}-${max} or has no step`);
    for (let value = start; value <= end; value += increment) values.add(value);
  }
  return { values, isAny: text === '*' };
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== fields.length) throw new Error(`"${expression}" needs five fields`);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = parts.map((part, index) =>
    parseField(part, fields[index]!.min, fields[index]!.max),
  );
  return { minute: minute!, hour: hour!, dayOfMonth: dayOfMonth!, month: month!, dayOfWeek: dayOfWeek! };
}

/** Whether the minute that `at` falls in (UTC) is one the schedule fires in. */
export function isCronDue(schedule: CronSchedule, at: Date): boolean {
  const weekday = at.getUTCDay();
  const isDayOfMonth = schedule.dayOfMonth.values.has(at.getUTCDate());
  // Sunday is 0 or 7.
  const isDayOfWeek = schedule.dayOfWeek.values.has(weekday) || (weekday === 0 && schedule.dayOfWeek.values.has(7));
  const isDay =
    schedule.dayOfMonth.isAny || schedule.dayOfWeek.isAny ? isDayOfMonth && isDayOfWeek : isDayOfMonth || isDayOfWeek;
  return (
    schedule.minute.values.has(at.getUTCMinutes()) &&
    schedule.hour.values.has(at.getUTCHours()) &&
    schedule.month.values.has(at.getUTCMonth() + 1) &&
    isDay
  );
}
