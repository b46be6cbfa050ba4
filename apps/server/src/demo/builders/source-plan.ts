/** What a revenue source sells and how it bills, shared by Stripe subscriptions and Salesbricks contracts. */
import type { LineItem } from '../../engines/ledger/types';
import { addMonths } from '../../lib/utc-dates';
import type { DemoRevenueSource } from '../demo-rows';
import { lineTotal } from '../money';
import type { AccountContext } from './account-context';

export type SourcePlan = {
  productName: string;
  items: LineItem[];
  billingInterval: 'month' | 'year';
  intervalCount: number;
  months: number;
};

/** The next period boundary strictly after `now`, stepping from `start` by `months`. */
export function nextBoundary(start: Date, months: number, now: Date): Date {
  let k = 1;
  let boundary = addMonths(start, months);
  while (boundary.getTime() <= now.getTime()) boundary = addMonths(start, months * ++k);
  return boundary;
}

/** Months in one billing period of a source. */
export function periodMonths(source: Pick<DemoRevenueSource, 'billingInterval' | 'intervalCount'>): number {
  return source.billingInterval === 'year' ? 12 * source.intervalCount : source.intervalCount;
}

/** The columns every source of the account has in common; draws the source's external id. */
export function sourceBase(ctx: AccountContext, provider: 'stripe' | 'salesbricks', plan: SourcePlan) {
  const { ids, profile, account } = ctx;
  const externalId = provider === 'stripe' ? ids.stripe('sub') : ids.uuid();
  return {
    accountDomain: account.domain,
    provider,
    externalId,
    kind: provider === 'stripe' ? ('subscription' as const) : ('contract' as const),
    productName: plan.productName,
    currency: profile.currency,
    amountMinor: lineTotal(plan.items),
    billingInterval: plan.billingInterval,
    intervalCount: plan.intervalCount,
    seats: profile.seats,
    items: plan.items,
    isCancelAtPeriodEnd: false,
    linkedExternalId: null,
    sourceUrl:
      provider === 'stripe'
        ? `https://dashboard.stripe.com/subscriptions/${externalId}`
        : `https://app.salesbricks.com/orders/${externalId}`,
  };
}
