/** Salesbricks contracts (orders): multi-year terms, priced per seat per year, with add-ons. */
import type { LineItem } from '../../engines/ledger/types';
import { addDays, addMonths } from '../../lib/utc-dates';
import type { Currency, DemoRevenueSource } from '../demo-rows';
import { lineTotal, price } from '../money';
import type { Random } from '../random';
import type { AccountContext } from './account-context';
import { buildDiscounts } from './discounts';
import { nextBoundary, sourceBase, type SourcePlan } from './source-plan';

export function contractPlan(
  rng: Random,
  seats: number,
  currency: Currency,
  termYears: number,
  isUpfront: boolean,
): SourcePlan {
  const intervalCount = isUpfront ? termYears : 1;
  const item = (productName: string, unitAmount: number, quantity: number, isRecurring = true): LineItem => ({
    productName,
    unitAmount: unitAmount * intervalCount,
    quantity,
    interval: 'year',
    intervalCount,
    isMetered: false,
    isRecurring,
  });
  const items = [item('Enterprise platform seat', price(rng.int(48, 90) * 1000, currency), seats)];
  if (rng.chance(0.3)) items.push(item('Middle-Out Compression Boost', price(600000, currency), 1));
  if (seats > 200 && rng.chance(0.5)) items.push(item('Dedicated CSM', price(1200000, currency), 1));
  if (rng.chance(0.25)) items.push(item('Premium Support', price(480000, currency), 1));
  if (rng.chance(0.35)) {
    const fee = price(rng.int(5, 25) * 100000, currency);
    items.push({ ...item('Implementation services', fee, 1, false), unitAmount: fee });
  }
  return {
    productName: 'Pied Piper Enterprise',
    items,
    billingInterval: 'year',
    intervalCount,
    months: 12 * intervalCount,
  };
}

/** The account's contract, ending (or renewing) on the date its story says. */
export function buildContract(
  ctx: AccountContext,
  status: DemoRevenueSource['status'],
  atHour: (date: Date) => Date,
): { contract: DemoRevenueSource; termYears: number } {
  const { rng, profile, today, now } = ctx;
  const isChurned = profile.lifecycle === 'churned';
  // Paired contracts stay on one-year terms so that, conflicts aside, both systems agree.
  const termYears =
    profile.termYears ??
    (profile.billing === 'both'
      ? 1
      : rng.weighted([
          [1, 60],
          [2, 25],
          [3, 15],
        ] as const));
  const isUpfront = termYears > 1 && profile.billing !== 'both' && rng.chance(0.15);
  const plan = contractPlan(rng, profile.seats, profile.currency, termYears, isUpfront);
  let termEnd: Date;
  if (isChurned) {
    termEnd = atHour(addDays(today, -rng.int(10, 170)));
  } else if (profile.isPastDue) {
    // Overdue net-30 invoice: the current billing year started 35–80 days ago.
    const periodStart = atHour(addDays(today, -rng.int(35, 80)));
    termEnd = addMonths(periodStart, 12 * (isUpfront ? termYears : rng.int(1, termYears)));
  } else {
    const offset = profile.renewalInDays ?? rng.int(1, Math.min(400, 365 * termYears));
    termEnd = atHour(addDays(today, offset));
  }
  const startDate = addMonths(termEnd, -12 * termYears);
  const amountMinor = lineTotal(plan.items);
  const discounts = buildDiscounts(rng, startDate, amountMinor, true);
  const contract: DemoRevenueSource = {
    ...sourceBase(ctx, 'salesbricks', plan),
    status,
    discounts,
    trialStart: null,
    trialEnd: null,
    startDate,
    currentPeriodEnd: isChurned ? termEnd : nextBoundary(startDate, plan.months, now),
    renewalDate: isChurned ? null : termEnd,
    endDate: termEnd,
  };
  return { contract, termYears };
}
