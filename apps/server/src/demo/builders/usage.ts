/**
 * Daily product usage (PostHog) over the last `usageDays` complete days, shaped by the account's
 * trend: growing, flat, declining or gone dark, with weekends quieter.
 */
import { dayMs } from '../../lib/days';
import { addDays, addHours, isoDay, startOfUtcDay } from '../../lib/utc-dates';
import { createRandom, hashSeed } from '../random';
import type { AccountStory } from './account-context';

export function buildUsage(ctx: AccountStory): void {
  const { profile, options, today, account } = ctx;
  const productStart = ctx.revenue.start;
  if (!profile.hasUsage || options.usageDays <= 0) return;
  // Its own stream, so a longer or shorter usage window changes usage rows and nothing else.
  const rng = createRandom(hashSeed(options.seed, 'usage', ctx.index));
  const seats = profile.seats;
  const adoption =
    profile.mood === 'happy'
      ? rng.float(0.65, 0.95)
      : profile.mood === 'neutral'
        ? rng.float(0.45, 0.8)
        : rng.float(0.3, 0.65);
  const declineStart = rng.int(20, 75);
  const declineFloor = rng.float(0.12, 0.35);
  const darkSince = rng.int(10, 30);
  const eventsPerUser = rng.int(10, 40);
  const startTime = productStart ? startOfUtcDay(productStart).getTime() : 0;
  const isTrial = profile.lifecycle === 'trial';
  let lastActivityAt: Date | null = null;
  for (let d = options.usageDays; d >= 1; d--) {
    // Complete days only: the window ends the day before `now`, so no day reads as a partial drop.
    const dayStart = addDays(today, -d);
    let level = 1;
    if (isTrial) {
      const daysIn = (dayStart.getTime() - startTime) / dayMs;
      level = profile.trend === 'declining' ? Math.max(0.15, 1 - daysIn / 25) : Math.min(1, 0.3 + daysIn / 15);
    } else {
      switch (profile.trend) {
        case 'growing':
          level = 0.55 + 0.45 * (1 - Math.min(d, 180) / 180);
          break;
        case 'flat':
          break;
        case 'declining':
          level = d >= declineStart ? 1 : declineFloor + (1 - declineFloor) * (d / declineStart);
          break;
        case 'dark':
          level = d > darkSince ? 0.9 : 0;
          break;
      }
    }
    if (dayStart.getTime() < startTime) level = 0;
    const weekday = dayStart.getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.3 : 1;
    const noise = 0.9 + rng.next() * 0.2;
    const activeUsers = Math.max(
      0,
      Math.min(Math.round(seats * 1.15), Math.round(seats * adoption * level * weekend * noise)),
    );
    if (activeUsers > 0) lastActivityAt = addHours(dayStart, 14 + rng.int(0, 9) + rng.next());
    ctx.batch.usageDaily.push({
      accountDomain: account.domain,
      provider: 'posthog',
      day: isoDay(dayStart),
      activeUsers,
      events: activeUsers * (eventsPerUser + rng.int(-5, 5)),
      lastActivityAt: activeUsers > 0 ? lastActivityAt : null,
    });
  }
}
