/**
 * An invoice's payment events: the charge that paid it (sometimes after a failed first try), rare
 * refunds and disputes, or the dunning retries of an unpaid invoice.
 */
import { dayMs } from '../../lib/days';
import { addDays, addHours } from '../../lib/utc-dates';
import { failureReasons } from '../catalogue/payment-failures';
import type { DemoInvoice, DemoPaymentEvent } from '../demo-rows';
import type { AccountContext } from './account-context';

function pushPayment(ctx: AccountContext, event: DemoPaymentEvent): void {
  ctx.batch.paymentEvents.push(event);
  ctx.payments.push(event);
}

export function buildPayments(ctx: AccountContext, invoice: DemoInvoice): void {
  const { rng, ids, now } = ctx;
  const isStripe = invoice.provider === 'stripe';
  const event = (
    type: DemoPaymentEvent['type'],
    amountMinor: number,
    occurredAt: Date,
    failureReason: string | null = null,
  ): DemoPaymentEvent => ({
    accountDomain: invoice.accountDomain,
    invoiceExternalId: invoice.externalId,
    provider: invoice.provider,
    externalId: isStripe ? ids.stripe(type === 'refund' ? 're' : type === 'dispute' ? 'dp' : 'ch') : ids.uuid(),
    type,
    amountMinor,
    currency: invoice.currency,
    failureReason,
    occurredAt,
  });
  if (invoice.status === 'paid' && invoice.paidAt) {
    // A card that fails once and succeeds on retry is common, and keeps "failed payments" from meaning "past due".
    if (isStripe && rng.chance(0.03)) {
      pushPayment(ctx, event('payment_failed', invoice.amountDueMinor, invoice.issuedAt, rng.weighted(failureReasons)));
    }
    pushPayment(ctx, event('payment_succeeded', invoice.amountPaidMinor, invoice.paidAt));
    if (rng.chance(0.004)) {
      const refundAt = addDays(invoice.paidAt, rng.int(3, 20));
      if (refundAt.getTime() <= now.getTime()) {
        const amount = Math.round((invoice.amountPaidMinor * rng.int(10, 50)) / 100);
        pushPayment(ctx, event('refund', amount, refundAt));
      }
    } else if (isStripe && rng.chance(0.0015)) {
      const disputeAt = addDays(invoice.paidAt, rng.int(10, 40));
      if (disputeAt.getTime() <= now.getTime()) {
        pushPayment(ctx, event('dispute', invoice.amountPaidMinor, disputeAt));
      }
    }
    return;
  }
  const isOverdue = invoice.dueAt.getTime() < now.getTime() - dayMs;
  if (invoice.status === 'open' && !isOverdue) return;
  // Dunning: Stripe's smart retries, or Salesbricks' soft-decline retries at +3/+7/+14 days.
  const attempts = isStripe ? [0, 3, 5, 7] : [0, 3, 7, 14];
  const reason = isStripe
    ? rng.weighted(failureReasons)
    : rng.pick(['ach_return', 'card_declined', 'insufficient_funds']);
  if (!isStripe && rng.chance(0.5)) return; // Many Salesbricks invoices are simply paid late by transfer, with no failed charge.
  for (const offset of attempts) {
    const at = addHours(addDays(invoice.dueAt, offset), rng.int(1, 6));
    if (at.getTime() > now.getTime()) break;
    pushPayment(ctx, event('payment_failed', invoice.amountDueMinor, at, reason));
  }
}
