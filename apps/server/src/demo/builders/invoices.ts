/**
 * A source's invoices, one per billing period from its start: Stripe charges the card on issue;
 * Salesbricks invoices are net 30 and paid by transfer. Each invoice gets its payment events.
 */
import { dayMs } from '../../lib/days';
import { addDays, addHours, addMonths, earlier } from '../../lib/utc-dates';
import type { DemoInvoice, DemoRevenueSource, InvoiceStatus } from '../demo-rows';
import { base36 } from '../ids';
import { discountAt } from '../money';
import type { AccountContext } from './account-context';
import { buildPayments } from './payments';
import { periodMonths } from './source-plan';

export type InvoiceSpec = {
  source: DemoRevenueSource;
  /** Invoices from the newest backwards that are unpaid: 'open' first, then 'uncollectible'. */
  unpaidNewest: number;
  isUncollectibleLast: boolean;
};

export function buildInvoices(ctx: AccountContext, spec: InvoiceSpec): void {
  const { rng, ids, now, profile, account } = ctx;
  const { source } = spec;
  const isStripe = source.provider === 'stripe';
  const months = periodMonths(source);
  const until = source.endDate && source.status === 'canceled' ? source.endDate : now;
  const starts: Date[] = [];
  for (let k = 0; k < 400; k++) {
    const periodStart = addMonths(source.startDate, months * k);
    if (periodStart.getTime() > now.getTime() || periodStart.getTime() >= until.getTime()) break;
    starts.push(periodStart);
  }
  const numberPrefix = isStripe ? rng.chars(8, '0123456789ABCDEF') : `SB-${base36(ctx.index, 5).toUpperCase()}`;
  starts.forEach((issuedAt, k) => {
    const fromNewest = starts.length - 1 - k;
    const externalId = isStripe ? ids.stripe('in') : ids.uuid();
    const net = source.amountMinor - discountAt(source.amountMinor, source.discounts, issuedAt);
    const taxMinor = Math.round(net * profile.taxRate);
    const amountDueMinor = net + taxMinor;
    // Stripe charges the card on issue; Salesbricks invoices are net 30 and paid by transfer.
    const dueAt = isStripe ? issuedAt : addDays(issuedAt, 30);
    let status: InvoiceStatus = 'paid';
    if (fromNewest < spec.unpaidNewest) status = fromNewest === 0 ? 'open' : 'uncollectible';
    if (fromNewest === 0 && spec.isUncollectibleLast) status = 'uncollectible';
    let paidAt: Date | null = null;
    if (status === 'paid') {
      const daysSince = Math.floor((now.getTime() - issuedAt.getTime()) / dayMs);
      if (isStripe) {
        // Stripe charges the card when the invoice is finalized.
        paidAt = earlier(new Date(issuedAt.getTime() + rng.int(1, 90) * 60_000), now);
      } else if (daysSince < 3 || (daysSince < 30 && rng.chance(0.5))) {
        // A recent net-30 invoice that has not been paid yet is simply open, not overdue.
        status = 'open';
      } else {
        paidAt = earlier(addHours(addDays(issuedAt, rng.int(3, Math.min(30, daysSince))), rng.int(0, 8)), now);
      }
    }
    const invoice: DemoInvoice = {
      accountDomain: account.domain,
      revenueSourceExternalId: source.externalId,
      provider: source.provider,
      externalId,
      number: `${numberPrefix}-${String(k + 1).padStart(4, '0')}`,
      status,
      currency: source.currency,
      amountDueMinor,
      amountPaidMinor: status === 'paid' ? amountDueMinor : 0,
      taxMinor,
      issuedAt,
      dueAt,
      paidAt,
      hostedUrl: isStripe
        ? `https://invoice.stripe.com/i/acct_1PiedPiper/${externalId}`
        : `https://app.salesbricks.com/invoices/${externalId}`,
    };
    ctx.batch.invoices.push(invoice);
    buildPayments(ctx, invoice);
  });
}
