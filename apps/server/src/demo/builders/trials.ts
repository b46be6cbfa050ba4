/** A trialing account's one revenue source: no invoices yet; the trial end is the date that matters. */
import { addDays } from '../../lib/utc-dates';
import type { DemoRevenueSource } from '../demo-rows';
import type { AccountContext, RevenueSummary } from './account-context';
import { contractPlan } from './contracts';
import { sourceBase } from './source-plan';
import { stripePlan } from './subscriptions';

export function buildTrial(ctx: AccountContext, atHour: (date: Date) => Date): RevenueSummary {
  const { rng, profile, today, now } = ctx;
  const provider = profile.billing === 'salesbricks' ? 'salesbricks' : 'stripe';
  const plan =
    provider === 'stripe'
      ? stripePlan(rng, profile.seats, profile.currency, 'month')
      : contractPlan(rng, profile.seats, profile.currency, 1, false);
  const trialStart = atHour(addDays(today, -rng.int(1, 20)));
  let trialEnd = addDays(trialStart, provider === 'stripe' ? rng.pick([14, 30]) : 30);
  if (trialEnd.getTime() <= now.getTime()) trialEnd = atHour(addDays(today, rng.int(1, 12)));
  const source: DemoRevenueSource = {
    ...sourceBase(ctx, provider, plan),
    status: 'trialing',
    discounts: [],
    trialStart,
    trialEnd,
    startDate: trialStart,
    currentPeriodEnd: trialEnd,
    renewalDate: trialEnd,
    endDate: null,
  };
  ctx.batch.revenueSources.push(source);
  return {
    start: trialStart,
    end: null,
    renewal: trialEnd,
    arrHint: Math.round(source.amountMinor * (12 / plan.months)),
  };
}
