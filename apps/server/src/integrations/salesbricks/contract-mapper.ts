/**
 * A Salesbricks subscription → one `contract` revenue source. The amount is the recurring value of
 * the current term (one-time fees and usage excluded) and the period is the term itself, so MRR =
 * recurring value per year ÷ 12 and multi-year contracts spread evenly (METRICS.md).
 */
import type { LineItem } from '../../engines/ledger/types';
import type { AccountRef, CanonicalRecord } from '../connector';
import {
  billingPeriodForTerm,
  classifyLineItem,
  countSeats,
  parseSalesbricksDate,
  termMonths,
  toQuantity,
  type BillingPeriod,
} from './contract-terms';
import { toMinorUnits } from './money';
import type { SalesbricksOrder, SalesbricksSubscription } from './schemas';

/** Where a person opens the subscription in Salesbricks (path unconfirmed; the app host is documented). */
export const salesbricksAppUrl = 'https://app.salesbricks.com';

const stripeSubscriptionId = /^sub_[A-Za-z0-9]+$/;

/** The Stripe subscription behind a contract, when Salesbricks was set up to bill through Stripe. */
function findStripeSubscriptionId(subscription: SalesbricksSubscription): string | null {
  if (subscription.stripe_subscription_id) return subscription.stripe_subscription_id;
  const metadata = subscription.metadata;
  if (typeof metadata !== 'object' || metadata === null) return null;
  const found = Object.values(metadata).find(
    (value): value is string => typeof value === 'string' && stripeSubscriptionId.test(value),
  );
  return found ?? null;
}

function byStart(a: SalesbricksOrder, b: SalesbricksOrder): number {
  return (parseSalesbricksDate(a.starts_at)?.getTime() ?? 0) - (parseSalesbricksDate(b.starts_at)?.getTime() ?? 0);
}

/** The paid order in force now (latest started non-trial order), else the latest paid order. */
function currentPaidOrder(orders: SalesbricksOrder[], now: Date): SalesbricksOrder | null {
  const paid = orders.filter((order) => order.order_type?.toUpperCase() !== 'TRIAL').sort(byStart);
  const started = paid.filter((order) => (parseSalesbricksDate(order.starts_at)?.getTime() ?? 0) <= now.getTime());
  return started.at(-1) ?? paid.at(-1) ?? null;
}

function latestTrial(orders: SalesbricksOrder[]): SalesbricksOrder | null {
  return (
    orders
      .filter((order) => order.order_type?.toUpperCase() === 'TRIAL')
      .sort(byStart)
      .at(-1) ?? null
  );
}

/** Salesbricks status → the billing vocabulary the MRR rules read (active counts, trialing counts 0). */
function contractStatus(raw: string | null | undefined, isInTrial: boolean): string {
  if (isInTrial) return 'trialing';
  const status = (raw ?? 'active').trim().toUpperCase();
  switch (status) {
    case 'ACTIVE':
      return 'active';
    case 'TRIAL':
    case 'TRIALING':
      return 'trialing';
    case 'PAST_DUE':
      return 'past_due';
    case 'CANCELED':
    case 'CANCELLED':
    case 'TERMINATED':
      return 'canceled';
    default:
      return status.toLowerCase();
  }
}

function lineItems(subscription: SalesbricksSubscription, currency: string, period: BillingPeriod) {
  return subscription.line_items.map((item) => {
    const kind = classifyLineItem(item);
    const quantity = toQuantity(item.quantity);
    const totalMinor = toMinorUnits(item.sub_total ?? item.grand_total, currency) ?? 0;
    // Keep unitAmount × quantity exactly equal to the item's total: split per unit only when it divides.
    const isDivisible = totalMinor % quantity === 0;
    const lineItem: LineItem = {
      productName: item.brick_name?.trim() || item.plan_name?.trim() || 'Item',
      unitAmount: isDivisible ? totalMinor / quantity : totalMinor,
      quantity: isDivisible ? quantity : 1,
      interval: period.billingInterval,
      intervalCount: period.intervalCount,
      isMetered: kind === 'metered',
      isRecurring: kind !== 'one_time',
    };
    return { lineItem, kind, totalMinor, quantity };
  });
}

export function mapContract(
  ref: AccountRef,
  input: { subscription: SalesbricksSubscription; orders: SalesbricksOrder[] },
  now: Date,
): CanonicalRecord {
  const { subscription, orders } = input;
  const currency = (subscription.currency ?? 'USD').toUpperCase();
  const current = currentPaidOrder(orders, now);
  const trial = latestTrial(orders);
  const trialStart = parseSalesbricksDate(trial?.starts_at);
  const trialEnd = parseSalesbricksDate(trial?.ends_at);
  const termStart = parseSalesbricksDate(current?.starts_at ?? subscription.starts_at);
  const termEnd = parseSalesbricksDate(current?.ends_at ?? subscription.ends_at);
  // Without both term dates the period is unknown; a year is the common contract length.
  const period = termStart && termEnd ? billingPeriodForTerm(termMonths(termStart, termEnd)) : billingPeriodForTerm(12);
  const isInTrial =
    trialEnd !== null &&
    trialEnd.getTime() >= now.getTime() &&
    (current === null || (parseSalesbricksDate(current.starts_at)?.getTime() ?? 0) > now.getTime());
  const items = lineItems(subscription, currency, period);
  const recurring = items.filter((item) => item.kind === 'recurring');
  const terminatesAt = parseSalesbricksDate(subscription.terminates_at);
  const status = contractStatus(subscription.status, isInTrial);
  return {
    kind: 'revenue_source',
    ref,
    row: {
      externalId: subscription.subscription_id,
      kind: 'contract',
      productName:
        subscription.line_items.find((item) => item.plan_name?.trim())?.plan_name?.trim() ?? 'Salesbricks contract',
      status,
      currency,
      amountMinor: recurring.reduce((sum, item) => sum + item.totalMinor, 0),
      billingInterval: period.billingInterval,
      intervalCount: period.intervalCount,
      seats: countSeats(
        items.map((item) => ({ name: item.lineItem.productName, quantity: item.quantity, kind: item.kind })),
      ),
      items: items.map((item) => item.lineItem),
      discounts: [],
      trialStart,
      trialEnd,
      startDate: parseSalesbricksDate(subscription.starts_at) ?? termStart,
      currentPeriodEnd: termEnd,
      renewalDate: parseSalesbricksDate(subscription.renews_at),
      endDate: terminatesAt,
      isCancelAtPeriodEnd: status === 'active' && terminatesAt !== null && terminatesAt.getTime() > now.getTime(),
      linkedExternalId: findStripeSubscriptionId(subscription),
      sourceUrl: `${salesbricksAppUrl}/admin/subscriptions/${encodeURIComponent(subscription.subscription_id)}`,
    },
  };
}
