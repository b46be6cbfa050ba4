/**
 * Stripe payloads → canonical records. Pure: a payload (and what the connector looked up for it)
 * in, records or a quarantined entry out. Provider shapes stop here.
 */
import { companyDomainFromEmail, normalizeDomain } from '@success/shared/domain';
import type { z } from 'zod';
import type { Discount, LineItem } from '../../engines/ledger/types';
import type { AccountRef, CanonicalRecord, QuarantinedRecord } from '../connector';
import { computeRecurringAmount, isCountedItem } from './amounts';
import {
  customerSchema,
  describeIssues,
  invoiceSchema,
  subscriptionSchema,
  type StripeCustomer,
  type StripeDiscount,
  type StripeInvoice,
  type StripePrice,
  type StripeSubscription,
  type StripeSubscriptionItem,
} from './schemas';

/** Objects the list calls could not embed (customers of events, products of prices). */
export type StripeLookup = {
  customers: ReadonlyMap<string, StripeCustomer>;
  productNames: ReadonlyMap<string, string>;
};

export const emptyLookup: StripeLookup = { customers: new Map(), productNames: new Map() };

export type MapOutcome = { records: CanonicalRecord[]; quarantined: QuarantinedRecord[] };

class MappingError extends Error {}

const toDate = (seconds: number | null | undefined): Date | null =>
  seconds === null || seconds === undefined ? null : new Date(seconds * 1000);
const toIso = (seconds: number | null | undefined): string | null => toDate(seconds)?.toISOString() ?? null;

function payloadId(payload: unknown): string {
  return typeof payload === 'object' && payload !== null && 'id' in payload && typeof payload.id === 'string'
    ? payload.id
    : 'unknown';
}

function quarantine(kind: string, payload: unknown, error: string): MapOutcome {
  const externalId = payloadId(payload);
  return { records: [], quarantined: [{ externalId, error: `Stripe ${kind} ${externalId}: ${error}`, payload }] };
}

/** Parses, maps, and turns a validation or mapping failure into a quarantined entry. */
function mapWith<T>(
  kind: string,
  payload: unknown,
  schema: z.ZodType<T>,
  map: (value: T) => CanonicalRecord[],
): MapOutcome {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return quarantine(kind, payload, describeIssues(parsed.error));
  try {
    return { records: map(parsed.data), quarantined: [] };
  } catch (error) {
    if (error instanceof MappingError) return quarantine(kind, payload, error.message);
    throw error;
  }
}

/** How a Stripe customer finds its account: metadata.domain wins, then a company email domain. */
export function accountRefFromCustomer(customer: StripeCustomer): AccountRef {
  const email = customer.email ?? null;
  return {
    customerExternalId: customer.id,
    domain: normalizeDomain(customer.metadata?.domain) ?? companyDomainFromEmail(email),
    label: customer.name || email || customer.id,
    email,
  };
}

/** A reference to a customer the payload did not embed and the lookup does not know. */
function bareRef(customerId: string): AccountRef {
  return { customerExternalId: customerId, domain: null, label: customerId, email: null };
}

function refFor(customer: string | StripeCustomer, lookup: StripeLookup): AccountRef {
  if (typeof customer !== 'string') return accountRefFromCustomer(customer);
  const known = lookup.customers.get(customer);
  return known ? accountRefFromCustomer(known) : bareRef(customer);
}

export function mapCustomer(payload: unknown): MapOutcome {
  return mapWith('customer', payload, customerSchema, (customer) => {
    const ref = accountRefFromCustomer(customer);
    const records: CanonicalRecord[] = [{ kind: 'customer', ref }];
    if (customer.email) {
      records.push({
        kind: 'contact',
        ref,
        row: { externalId: customer.id, email: customer.email, name: customer.name ?? null, title: null },
      });
    }
    return records;
  });
}

function productNameOf(price: StripePrice, lookup: StripeLookup): string {
  if (typeof price.product !== 'string') return price.product.name ?? price.nickname ?? price.product.id;
  return lookup.productNames.get(price.product) ?? price.nickname ?? price.product;
}

function unitAmountOf(price: StripePrice): number | null {
  if (price.unit_amount !== null) return price.unit_amount;
  const decimal = Number(price.unit_amount_decimal ?? Number.NaN);
  return Number.isInteger(decimal) ? decimal : null;
}

function toLineItem(item: StripeSubscriptionItem, lookup: StripeLookup): LineItem {
  const { price } = item;
  const isRecurring = price.type === 'recurring' && price.recurring !== null;
  const isMetered = price.recurring?.usage_type === 'metered';
  const unitAmount = unitAmountOf(price);
  if (unitAmount === null && isRecurring && !isMetered) {
    throw new MappingError(
      `price ${price.id} has no per-unit amount (tiered or sub-cent pricing), so its recurring revenue cannot be computed.`,
    );
  }
  return {
    productName: productNameOf(price, lookup),
    unitAmount: unitAmount ?? 0,
    quantity: item.quantity ?? (isMetered ? 0 : 1),
    interval: price.recurring?.interval ?? 'month',
    intervalCount: price.recurring?.interval_count ?? 1,
    isMetered,
    isRecurring,
  };
}

function toDiscount(discount: string | StripeDiscount): Discount | null {
  if (typeof discount === 'string') {
    throw new MappingError(`discount ${discount} is not expanded; list with expand[]=data.discounts.source.coupon.`);
  }
  const coupon = discount.source?.coupon ?? discount.coupon ?? null;
  if (typeof coupon === 'string') {
    throw new MappingError(`coupon ${coupon} of discount ${discount.id} is not expanded.`);
  }
  if (!coupon) return null;
  const range = { startsAt: toIso(discount.start), endsAt: toIso(discount.end) };
  if (coupon.percent_off !== null) return { kind: 'percent', value: coupon.percent_off, ...range };
  if (coupon.amount_off !== null) return { kind: 'amount', value: coupon.amount_off, ...range };
  return null;
}

/** The earliest period end among the items (basil+), else the legacy subscription-level field. */
function currentPeriodEndOf(subscription: StripeSubscription): number | null {
  const ends = subscription.items.data.flatMap((item) =>
    item.current_period_end === undefined ? [] : [item.current_period_end],
  );
  return ends.length > 0 ? Math.min(...ends) : (subscription.current_period_end ?? null);
}

function dashboardUrl(path: string, livemode: boolean | undefined): string {
  return `https://dashboard.stripe.com/${livemode === false ? 'test/' : ''}${path}`;
}

function subscriptionRecord(subscription: StripeSubscription, lookup: StripeLookup): CanonicalRecord {
  if (subscription.items.has_more) {
    throw new MappingError('has more items than the payload lists; fetch them from /v1/subscription_items first.');
  }
  const items = subscription.items.data.map((item) => toLineItem(item, lookup));
  const discounts = (subscription.discounts ?? []).flatMap((discount) => toDiscount(discount) ?? []);
  const counted = items.filter(isCountedItem);
  const periodEnd = currentPeriodEndOf(subscription);
  const isEnded = subscription.status === 'canceled' || subscription.status === 'incomplete_expired';
  const endsBeforeRenewal =
    subscription.cancel_at_period_end ||
    (subscription.cancel_at !== null && periodEnd !== null && subscription.cancel_at <= periodEnd);
  const endDate =
    subscription.ended_at ?? subscription.cancel_at ?? (subscription.cancel_at_period_end ? periodEnd : null);
  const productNames = [...new Set(items.map((item) => item.productName))];
  return {
    kind: 'revenue_source',
    ref: refFor(subscription.customer, lookup),
    row: {
      externalId: subscription.id,
      kind: 'subscription',
      productName: productNames.length > 0 ? productNames.join(' + ') : 'Stripe subscription',
      status: subscription.status,
      currency: subscription.currency.toUpperCase(),
      ...computeRecurringAmount(items),
      seats: counted.length > 0 ? counted.reduce((sum, item) => sum + item.quantity, 0) : null,
      items,
      discounts,
      trialStart: toDate(subscription.trial_start),
      trialEnd: toDate(subscription.trial_end),
      startDate: toDate(subscription.start_date),
      currentPeriodEnd: toDate(periodEnd),
      renewalDate: isEnded || endsBeforeRenewal ? null : toDate(periodEnd),
      endDate: toDate(endDate),
      isCancelAtPeriodEnd: subscription.cancel_at_period_end,
      linkedExternalId: subscription.metadata?.salesbricks_subscription_id ?? null,
      sourceUrl: dashboardUrl(`subscriptions/${subscription.id}`, subscription.livemode),
    },
  };
}

export function mapSubscription(payload: unknown, lookup: StripeLookup = emptyLookup): MapOutcome {
  return mapWith('subscription', payload, subscriptionSchema, (subscription) => [
    subscriptionRecord(subscription, lookup),
  ]);
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.id;
}

function invoiceRecords(invoice: StripeInvoice, lookup: StripeLookup): CanonicalRecord[] {
  if (invoice.customer === null) throw new MappingError('has no customer, so it belongs to no account.');
  const ref = refFor(invoice.customer, lookup);
  const currency = invoice.currency.toUpperCase();
  const status = invoice.status ?? 'draft';
  const taxMinor = invoice.total_taxes?.reduce((sum, tax) => sum + tax.amount, 0) ?? invoice.tax ?? 0;
  const paidAt = invoice.status_transitions?.paid_at ?? null;
  const records: CanonicalRecord[] = [
    {
      kind: 'invoice',
      ref,
      revenueSourceExternalId: idOf(invoice.parent?.subscription_details?.subscription) ?? idOf(invoice.subscription),
      row: {
        externalId: invoice.id,
        number: invoice.number ?? null,
        status,
        currency,
        amountDueMinor: invoice.amount_due,
        amountPaidMinor: invoice.amount_paid,
        taxMinor,
        issuedAt: new Date(invoice.created * 1000),
        dueAt: toDate(invoice.due_date),
        paidAt: toDate(paidAt),
        hostedUrl: invoice.hosted_invoice_url ?? null,
      },
    },
  ];
  if (invoice.attempted && status === 'open' && invoice.attempt_count > 0) {
    records.push({
      kind: 'payment_event',
      ref,
      invoiceExternalId: invoice.id,
      row: {
        externalId: `${invoice.id}:failed:${invoice.attempt_count}`,
        type: 'payment_failed',
        amountMinor: invoice.amount_remaining ?? invoice.amount_due,
        currency,
        failureReason: null,
        // The invoice does not record when an attempt failed; finalization is when the first
        // attempt runs, and a stable time keeps re-syncs from rewriting the row.
        occurredAt: new Date((invoice.status_transitions?.finalized_at ?? invoice.created) * 1000),
      },
    });
  }
  // A paid zero-amount invoice (a trial's first invoice) moved no money: not a payment.
  if (status === 'paid' && invoice.amount_paid > 0) {
    records.push({
      kind: 'payment_event',
      ref,
      invoiceExternalId: invoice.id,
      row: {
        externalId: `${invoice.id}:paid`,
        type: 'payment_succeeded',
        amountMinor: invoice.amount_paid,
        currency,
        failureReason: null,
        occurredAt: new Date((paidAt ?? invoice.created) * 1000),
      },
    });
  }
  return records;
}

export function mapInvoice(payload: unknown, lookup: StripeLookup = emptyLookup): MapOutcome {
  return mapWith('invoice', payload, invoiceSchema, (invoice) => invoiceRecords(invoice, lookup));
}

export function combineOutcomes(outcomes: MapOutcome[]): MapOutcome {
  return {
    records: outcomes.flatMap((outcome) => outcome.records),
    quarantined: outcomes.flatMap((outcome) => outcome.quarantined),
  };
}
