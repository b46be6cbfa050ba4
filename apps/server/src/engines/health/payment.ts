/**
 * Payment factors from billing (Stripe, Salesbricks): a past-due subscription, failed payments in
 * a recent window, and open invoices past their due date.
 */
import { calendarDaysBetween } from './calendar';
import { countOf, daysAgoText, noDataKey, penalty, providerSource, type Factor } from './factor';
import type { BillingProvider, HealthInputs, PaymentInput } from './inputs';
import type { HealthSettings } from '@success/shared/health-settings';

type PaymentSettings = HealthSettings['payment'];

/** Stripe's vocabulary, which the Salesbricks mapper also produces. */
const pastDueStatuses = new Set(['past_due', 'unpaid']);

const sourceNoun: Record<BillingProvider, string> = {
  stripe: 'Stripe subscription',
  salesbricks: 'Salesbricks contract',
};

function missingBillingFactor(isConnected: boolean): Factor {
  return {
    key: noDataKey('payment'),
    dimension: 'payment',
    label: 'No billing data',
    source: 'Stripe',
    points: 0,
    detail: isConnected
      ? 'No subscription, contract, invoice or payment is linked to this account; payment is not scored'
      : 'Stripe and Salesbricks not connected; payment is not scored',
  };
}

function pastDueFactor(payment: PaymentInput, s: PaymentSettings): Factor | null {
  const pastDue = payment.sources.filter((item) => pastDueStatuses.has(item.status.trim().toLowerCase()));
  const first = pastDue[0];
  if (!first || s.pastDuePoints === 0) return null;
  const status = first.status.trim().toLowerCase() === 'unpaid' ? 'unpaid' : 'past due';
  return {
    key: 'payment.past_due',
    dimension: 'payment',
    label: 'Payment past due',
    source: providerSource(first.provider),
    points: penalty(s.pastDuePoints),
    detail:
      pastDue.length === 1
        ? `${sourceNoun[first.provider]} is ${status}`
        : `${countOf(pastDue.length, 'revenue source')} are past due (${[...new Set(pastDue.map((item) => providerSource(item.provider)))].join(', ')})`,
  };
}

function failedPaymentFactor(payment: PaymentInput, now: Date, s: PaymentSettings): Factor | null {
  const recent = payment.failedPayments
    .map((failure) => ({ ...failure, age: calendarDaysBetween(failure.occurredAt, now) }))
    .filter((failure) => failure.age >= 0 && failure.age <= s.failedPaymentWindowDays)
    .sort((a, b) => a.age - b.age);
  const latest = recent[0];
  const magnitude = Math.min(recent.length * s.failedPaymentPoints, s.failedPaymentMaxPoints);
  if (!latest || magnitude === 0) return null;
  const window = `in the last ${s.failedPaymentWindowDays} days`;
  return {
    key: 'payment.failed',
    dimension: 'payment',
    label: 'Payment failed',
    source: providerSource(latest.provider),
    points: penalty(magnitude),
    detail:
      recent.length === 1
        ? `1 failed payment ${window} (${daysAgoText(latest.age)})`
        : `${recent.length} failed payments ${window}, latest ${daysAgoText(latest.age)}`,
  };
}

/** Invoices still open after their due day; an invoice due today is not late yet. */
function overdueInvoiceFactor(payment: PaymentInput, now: Date, s: PaymentSettings): Factor | null {
  const overdue = payment.openInvoices
    .flatMap((invoice) =>
      invoice.dueAt !== null && invoice.amountDueMinor > 0
        ? [{ ...invoice, daysLate: calendarDaysBetween(invoice.dueAt, now) }]
        : [],
    )
    .filter((invoice) => invoice.daysLate > 0)
    .sort((a, b) => b.daysLate - a.daysLate);
  const oldest = overdue[0];
  const magnitude = Math.min(overdue.length * s.overdueInvoicePoints, s.overdueInvoiceMaxPoints);
  if (!oldest || magnitude === 0) return null;
  return {
    key: 'payment.overdue_invoices',
    dimension: 'payment',
    label: overdue.length === 1 ? 'Overdue invoice' : 'Overdue invoices',
    source: providerSource(oldest.provider),
    points: penalty(magnitude),
    detail:
      overdue.length === 1
        ? `1 open invoice past due (${countOf(oldest.daysLate, 'day')} overdue)`
        : `${overdue.length} open invoices past due, oldest ${countOf(oldest.daysLate, 'day')} overdue`,
  };
}

export function computePaymentFactors(inputs: HealthInputs, settings: HealthSettings): Factor[] {
  const { payment, now } = inputs;
  const isEmpty =
    !payment ||
    (payment.sources.length === 0 && payment.failedPayments.length === 0 && payment.openInvoices.length === 0);
  if (!payment || isEmpty) return [missingBillingFactor(inputs.connected.billing)];
  const s = settings.payment;
  return [
    pastDueFactor(payment, s),
    failedPaymentFactor(payment, now, s),
    overdueInvoiceFactor(payment, now, s),
  ].filter((factor): factor is Factor => factor !== null);
}
