/** Words for the ledger's enums, shared by badges, filters and the detail sheet. Pure. */
import type { LedgerRow, PaymentState, ReconciliationState } from '@success/shared/ledger';
import type { LedgerSource, LedgerStatus } from './filters';

export const sourceLabels: Record<LedgerSource, string> = { stripe: 'Stripe', salesbricks: 'Salesbricks' };

export const statusLabels: Record<LedgerStatus, string> = {
  active: 'Active',
  trialing: 'Trialing',
  past_due: 'Past due',
  unpaid: 'Unpaid',
  canceled: 'Canceled',
  incomplete: 'Incomplete',
  incomplete_expired: 'Incomplete, expired',
  paused: 'Paused',
};

export const paymentStateLabels: Record<PaymentState, string> = {
  ok: 'Paid',
  past_due: 'Past due',
  payment_failed: 'Payment failed',
  unpaid: 'Unpaid',
  none: 'Not billed',
};

export const reconciliationLabels: Record<ReconciliationState, string> = {
  merged: 'Merged',
  conflict: 'Conflict',
  single: 'Single source',
};

export const conflictFieldLabels: Record<LedgerRow['conflicts'][number]['field'], string> = {
  amount: 'Amount',
  status: 'Status',
  renewal_date: 'Renewal date',
  currency: 'Currency',
};

/** "active" → "Active"; an unknown status ("draft_order") is humanized rather than hidden. */
export function getStatusLabel(status: string): string {
  if (status in statusLabels) return statusLabels[status as LedgerStatus];
  const words = status.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1).toLowerCase() : status;
}

export function getSourceLabel(provider: string): string {
  return provider in sourceLabels ? sourceLabels[provider as LedgerSource] : getStatusLabel(provider);
}

const intervalWords = {
  day: { one: 'Daily', unit: 'days' },
  week: { one: 'Weekly', unit: 'weeks' },
  month: { one: 'Monthly', unit: 'months' },
  year: { one: 'Yearly', unit: 'years' },
} as const;

/** month × 1 → "Monthly"; month × 3 → "Every 3 months". */
export function formatInterval(interval: LedgerRow['billingInterval'], count: number): string {
  const words = intervalWords[interval];
  return count <= 1 ? words.one : `Every ${count} ${words.unit}`;
}

/** "Amount: Stripe $1,000 · Salesbricks $1,200" lines, for the conflict badge's tooltip. */
export function describeConflicts(conflicts: LedgerRow['conflicts']): string {
  return conflicts
    .map((c) => `${conflictFieldLabels[c.field]}: Stripe ${c.stripe} · Salesbricks ${c.salesbricks}`)
    .join('\n');
}
