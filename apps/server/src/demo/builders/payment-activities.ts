/** Payment activity worth a CSM's attention: failures, refunds, disputes and the latest payment. */
import { addDays } from '../../lib/utc-dates';
import { formatMoney } from '../money';
import type { AccountStory } from './account-context';
import { activityDays } from './activity-window';

export function buildPaymentActivities(ctx: AccountStory): void {
  const { ids, account, now } = ctx;
  const windowStart = addDays(now, -activityDays).getTime();
  const payments = ctx.payments.filter((p) => p.occurredAt.getTime() >= windowStart && p.provider === 'stripe');
  const latestSuccess = payments.filter((p) => p.type === 'payment_succeeded').at(-1);
  for (const payment of payments) {
    if (payment.type === 'payment_succeeded' && payment !== latestSuccess) continue;
    const amount = formatMoney(payment.amountMinor, payment.currency);
    const title = {
      payment_succeeded: `Payment received: ${amount}`,
      payment_failed: `Payment failed: ${amount} (${payment.failureReason ?? 'unknown'})`,
      refund: `Refund issued: ${amount}`,
      dispute: `Payment disputed: ${amount}`,
    }[payment.type];
    ctx.batch.activities.push({
      accountDomain: account.domain,
      provider: 'stripe',
      externalId: ids.stripe('evt'),
      type: 'payment_event',
      title,
      summary: null,
      actor: null,
      url: `https://dashboard.stripe.com/payments/${payment.externalId}`,
      metadata: {
        paymentExternalId: payment.externalId,
        invoiceExternalId: payment.invoiceExternalId,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
      },
      occurredAt: payment.occurredAt,
    });
  }
}
