/**
 * Stripe subscriptions: the self-serve price book (monthly, quarterly, yearly), or the collection
 * side of a Salesbricks contract, which Salesbricks pushes to Stripe.
 */
import type { LineItem } from '../../engines/ledger/types';
import { addDays, addMonths } from '../../lib/utc-dates';
import type { Currency, DemoRevenueSource } from '../demo-rows';
import { lineTotal, price } from '../money';
import type { Random } from '../random';
import type { StripeInterval } from '../traits';
import type { AccountContext } from './account-context';
import { buildDiscounts } from './discounts';
import { nextBoundary, sourceBase, type SourcePlan } from './source-plan';

export function stripePlan(rng: Random, seats: number, currency: Currency, interval: StripeInterval): SourcePlan {
  const tier =
    seats < 15
      ? rng.weighted([
          ['Starter', 60],
          ['Team', 40],
        ] as const)
      : seats <= 150
        ? rng.weighted([
            ['Team', 60],
            ['Business', 40],
          ] as const)
        : 'Business';
  const monthly = price({ Starter: 1900, Team: 4900, Business: 9900 }[tier], currency);
  const months = interval === 'month' ? 1 : interval === 'quarter' ? 3 : 12;
  // Quarterly saves 5%, yearly gets two months free: the usual SaaS price book.
  const perPeriod = (m: number) => (months === 1 ? m : months === 3 ? Math.round((m * 3 * 0.95) / 100) * 100 : m * 10);
  const billingInterval = interval === 'year' ? 'year' : 'month';
  const intervalCount = interval === 'quarter' ? 3 : 1;
  const item = (productName: string, unitAmount: number, quantity: number, isMetered = false): LineItem => ({
    productName,
    unitAmount,
    quantity,
    interval: billingInterval,
    intervalCount,
    isMetered,
    isRecurring: true,
  });
  const productName = `Pied Piper ${tier}`;
  const items = [item(`${productName} seat`, perPeriod(monthly), seats)];
  if (tier !== 'Starter' && rng.chance(0.18))
    items.push(item('Priority Support', perPeriod(price(19900, currency)), 1));
  if (rng.chance(0.2)) items.push(item('Cold storage (per TB)', price(2300, currency), rng.int(1, 40), true));
  return { productName, items, billingInterval, intervalCount, months };
}

/**
 * The account's Stripe subscription. With a contract, it bills the contract's recurring items
 * (differing from it only where the account's story has a conflict) and the two name each other.
 */
export function buildSubscription(
  ctx: AccountContext,
  contract: DemoRevenueSource | null,
  status: DemoRevenueSource['status'],
  atHour: (date: Date) => Date,
): DemoRevenueSource {
  const { rng, profile, today, now } = ctx;
  const isChurned = profile.lifecycle === 'churned';
  let plan: SourcePlan;
  let startDate: Date;
  let currentPeriodEnd: Date;
  let endDate: Date | null = null;
  let seats = profile.seats;
  if (contract) {
    // Salesbricks pushes the order to Stripe for collection: same items minus one-time fees.
    seats = profile.conflict === 'amount' ? profile.seats + rng.int(3, 25) : profile.seats;
    plan = {
      productName: contract.productName,
      items: contract.items
        .filter((item) => item.isRecurring)
        .map((item) => (item.productName === 'Enterprise platform seat' ? { ...item, quantity: seats } : item)),
      billingInterval: 'year',
      intervalCount: 1,
      months: 12,
    };
    const shift = profile.conflict === 'renewal' ? rng.pick([-1, 1]) * rng.int(14, 45) : 0;
    startDate = addDays(contract.startDate, shift);
    currentPeriodEnd = isChurned ? addDays(contract.currentPeriodEnd, shift) : nextBoundary(startDate, 12, now);
    if (isChurned) endDate = currentPeriodEnd;
  } else {
    plan = stripePlan(rng, profile.seats, profile.currency, profile.interval);
    const periodDays = plan.months === 1 ? 30 : plan.months === 3 ? 91 : 365;
    if (isChurned) {
      endDate = atHour(addDays(today, -rng.int(10, 170)));
      const periods = plan.months === 12 ? rng.int(1, 3) : Math.ceil(rng.int(6, 30) / plan.months);
      startDate = addMonths(endDate, -plan.months * periods);
      currentPeriodEnd = endDate;
    } else {
      const offset = profile.isPastDue
        ? periodDays - rng.int(3, 25)
        : (profile.renewalInDays ?? rng.int(1, periodDays));
      const targetEnd = atHour(addDays(today, Math.max(1, offset)));
      const periods = plan.months === 12 ? rng.int(1, 4) : Math.ceil(rng.int(2, 30) / plan.months);
      startDate = addMonths(targetEnd, -plan.months * periods);
      // Calendar months are uneven; recompute so the period end is the first boundary after now.
      currentPeriodEnd = nextBoundary(startDate, plan.months, now);
      if (profile.isCancelAtPeriodEnd) endDate = currentPeriodEnd;
    }
  }
  const amountMinor = lineTotal(plan.items);
  const discounts = contract ? contract.discounts : buildDiscounts(rng, startDate, amountMinor, false);
  const subscription: DemoRevenueSource = {
    ...sourceBase(ctx, 'stripe', plan),
    seats,
    status,
    discounts,
    trialStart: null,
    trialEnd: null,
    startDate,
    currentPeriodEnd,
    renewalDate: isChurned ? null : currentPeriodEnd,
    endDate,
    isCancelAtPeriodEnd: profile.isCancelAtPeriodEnd && !isChurned,
  };
  if (contract) {
    subscription.linkedExternalId = contract.externalId;
    contract.linkedExternalId = subscription.externalId;
  }
  return subscription;
}
