export const dayMs = 86_400_000;

/** Whole days until a date, counting a date later today as 0; null without a date. */
export function daysUntil(date: Date | null, now: Date): number | null {
  return date ? Math.max(0, Math.ceil((date.getTime() - now.getTime()) / dayMs)) : null;
}
