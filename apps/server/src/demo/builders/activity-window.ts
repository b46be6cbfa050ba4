import { dayMs } from '../../lib/days';
import { addDays, earlier } from '../../lib/utc-dates';
import type { Random } from '../random';
import type { ActivityWindow, RevenueSummary } from './account-context';

/** How far back the account's signals and activities go. */
export const activityDays = 180;

/**
 * Everything happens in the last 180 days, and not before the revenue started; churned accounts
 * went quiet when they left (10–170 days ago).
 */
export function activityWindow(now: Date, revenue: RevenueSummary): ActivityWindow {
  const to = revenue.end ? earlier(revenue.end, now) : now;
  const windowStart = addDays(now, -activityDays);
  const from = revenue.start && revenue.start.getTime() > windowStart.getTime() ? revenue.start : windowStart;
  return { from, to };
}

/** A uniformly random instant in the window (the window counts as at least one day long). */
export function momentIn(rng: Random, window: ActivityWindow): Date {
  const span = Math.max(1, (window.to.getTime() - window.from.getTime()) / dayMs);
  return new Date(window.to.getTime() - rng.next() * span * dayMs);
}
